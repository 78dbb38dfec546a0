using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Golden.Script;

/// <summary>
/// The ids of the reference scenario's records that the golden calls name, found by name through the API (reads that
/// are not recorded and change nothing) rather than written down, so that a scenario with one more record still
/// points each call at the record it means.
/// </summary>
public sealed class ScenarioRecords
{
    private ScenarioRecords()
    {
    }

    public long Wendy { get; private set; }
    public long Anna { get; private set; }
    public long Nick { get; private set; }
    public long Hannah { get; private set; }
    public long Chris { get; private set; }
    public long Pieter { get; private set; }
    public long WidgetNetherlands { get; private set; }
    public long SalesNl { get; private set; }
    public long PrintfixOrganization { get; private set; }
    public long AmsterdamOffice { get; private set; }
    public long PrintfixWorkshop { get; private set; }
    public long ServiceDeskNl { get; private set; }
    public long WorkplaceNl { get; private set; }
    public long ServiceDeskUs { get; private set; }
    public long HrServiceCenter { get; private set; }
    public long PrinterEngineers { get; private set; }
    public long WorkplaceNlService { get; private set; }
    public long WorkplaceBrService { get; private set; }
    public long LaptopsNl { get; private set; }
    public long LaptopsBr { get; private set; }
    public long WorkplaceNlStandard { get; private set; }
    public long WorkplaceBrStandard { get; private set; }
    public long LaptopsNlSla { get; private set; }
    public long LaptopsBrSla { get; private set; }
    public long ServerHostingNlSla { get; private set; }
    public long DockingStationRequest { get; private set; }
    public long ActiveDirectoryRequest { get; private set; }
    public long BrazilianRequest { get; private set; }
    public long Onboarding { get; private set; }
    public long CountryWorkflow { get; private set; }
    public long ApproveTheHiring { get; private set; }
    public long EmploymentContract { get; private set; }
    public long MoveTheShares { get; private set; }
    public long OnboardingTemplate { get; private set; }
    public long WelcomeTemplate { get; private set; }
    public long NlCcTrust { get; private set; }
    public long UsCcTrust { get; private set; }
    public long PasswordArticle { get; private set; }
    public long LockoutArticle { get; private set; }
    public long WifiArticle { get; private set; }
    public long BrazilVpnArticle { get; private set; }
    public long ActiveDirectoryService { get; private set; }
    public long LaserJet { get; private set; }
    public long PrinterThirdFloor { get; private set; }
    public long PrintServer { get; private set; }
    public long FirstLaptop { get; private set; }
    public long PrinterJamRequest { get; private set; }
    public long PrinterContract { get; private set; }
    public long NlPrintfixOrganization { get; private set; }

    public static async Task<ScenarioRecords> FindAsync(TrustdeskServer server)
    {
        async Task<long> IdAsync(GoldenCaller caller, string collection, string field, string value)
        {
            var found = (await server.Client(caller.Token, caller.Account)
                .GetAsync($"{collection}?{field}={Uri.EscapeDataString(value)}&fields=id")).Expect(200).Ids();
            return found.Count == 1 ? found[0] : throw new InvalidOperationException($"the scenario has {found.Count} of {collection} with {field} {value}");
        }

        var (wendy, itNl, itBr, hr) = (Callers.Wendy, Callers.Wendy.In("widget-it-nl"), Callers.Wendy.In("widget-it-br"), Callers.Hannah);
        var pieter = Callers.Pieter;
        return new ScenarioRecords
        {
            Wendy = await IdAsync(wendy, "/v1/people", "primary_email", "wendy.admin@widget.example"),
            Anna = await IdAsync(wendy, "/v1/people", "primary_email", "anna.devries@widget.example"),
            Nick = await IdAsync(wendy, "/v1/people", "primary_email", "nick.jansen@widget.example"),
            Hannah = await IdAsync(wendy, "/v1/people", "primary_email", "hannah.reed@widget.example"),
            Chris = await IdAsync(wendy, "/v1/people", "primary_email", "chris.cole@widget.example"),
            Pieter = await IdAsync(pieter, "/v1/people", "primary_email", "pieter@printfix.example"),
            WidgetNetherlands = await IdAsync(wendy, "/v1/organizations", "name", "Widget Netherlands"),
            SalesNl = await IdAsync(wendy, "/v1/organizations", "name", "Sales NL"),
            PrintfixOrganization = await IdAsync(pieter, "/v1/organizations", "name", "Printfix B.V."),
            AmsterdamOffice = await IdAsync(wendy, "/v1/sites", "name", "Amsterdam Office"),
            PrintfixWorkshop = await IdAsync(pieter, "/v1/sites", "name", "Printfix Workshop"),
            ServiceDeskNl = await IdAsync(itNl, "/v1/teams", "name", "Service Desk NL"),
            WorkplaceNl = await IdAsync(itNl, "/v1/teams", "name", "Workplace NL"),
            ServiceDeskUs = await IdAsync(wendy.In("widget-it-us"), "/v1/teams", "name", "Service Desk US"),
            HrServiceCenter = await IdAsync(hr, "/v1/teams", "name", "HR Service Center"),
            PrinterEngineers = await IdAsync(pieter, "/v1/teams", "name", "Printer Engineers"),
            WorkplaceNlService = await IdAsync(itNl, "/v1/services", "name", "Workplace NL"),
            WorkplaceBrService = await IdAsync(itBr, "/v1/services", "name", "Workplace BR"),
            LaptopsNl = await IdAsync(itNl, "/v1/service_instances", "name", "Laptops and desktops NL"),
            LaptopsBr = await IdAsync(itBr, "/v1/service_instances", "name", "Laptops and desktops BR"),
            WorkplaceNlStandard = await IdAsync(itNl, "/v1/service_offerings", "name", "Workplace NL standard"),
            WorkplaceBrStandard = await IdAsync(itBr, "/v1/service_offerings", "name", "Workplace BR standard"),
            LaptopsNlSla = await IdAsync(itNl, "/v1/slas", "name", "Laptops and desktops NL for Widget Netherlands"),
            LaptopsBrSla = await IdAsync(itBr, "/v1/slas", "name", "Laptops and desktops BR for Widget Brazil"),
            ServerHostingNlSla = await IdAsync(wendy.In("widget-cc"), "/v1/slas", "name", "Server hosting for Widget NL for Widget Netherlands"),
            DockingStationRequest = await IdAsync(Callers.Nick, "/v1/requests", "subject", "New docking station"),
            ActiveDirectoryRequest = await IdAsync(Callers.Chris, "/v1/requests", "subject", "Cannot log in after password reset"),
            BrazilianRequest = await IdAsync(new GoldenCaller("td_demo_br_analyst", "widget-it-br"), "/v1/requests", "subject", "Laptop does not start"),
            Onboarding = await IdAsync(hr, "/v1/workflows", "subject", "Onboarding of Emma Bakker"),
            CountryWorkflow = await IdAsync(Callers.Nick, "/v1/workflows", "subject", "Move NL file shares to the new domain"),
            ApproveTheHiring = await IdAsync(hr, "/v1/tasks", "subject", "Approve the hiring"),
            EmploymentContract = await IdAsync(hr, "/v1/tasks", "subject", "Prepare the employment contract"),
            MoveTheShares = await IdAsync(Callers.Nick, "/v1/tasks", "subject", "Move the shares"),
            OnboardingTemplate = await IdAsync(hr, "/v1/workflow_templates", "subject", "Onboarding a new employee"),
            WelcomeTemplate = await IdAsync(hr, "/v1/task_templates", "subject", "Welcome the new employee"),
            NlCcTrust = await IdAsync(itNl, "/v1/trusts", "provider_account_id", "widget-cc"),
            UsCcTrust = await IdAsync(wendy.In("widget-it-us"), "/v1/trusts", "provider_account_id", "widget-cc"),
            PasswordArticle = await IdAsync(Callers.Chris, "/v1/knowledge_articles", "subject", "Reset your Widget password"),
            LockoutArticle = await IdAsync(Callers.Chris, "/v1/knowledge_articles", "subject", "Unlock an account locked by a saved phone password"),
            WifiArticle = await IdAsync(itNl, "/v1/knowledge_articles", "subject", "Connect your laptop to the office Wi-Fi"),
            BrazilVpnArticle = await IdAsync(itBr, "/v1/knowledge_articles", "subject", "Configure the VPN client in Brazil"),
            ActiveDirectoryService = await IdAsync(Callers.Chris, "/v1/services", "name", "Active Directory"),
            LaserJet = await IdAsync(itNl, "/v1/products", "name", "HP LaserJet M607"),
            PrinterThirdFloor = await IdAsync(itNl, "/v1/cis", "label", "NL-PRN-003"),
            PrintServer = await IdAsync(itNl, "/v1/cis", "label", "NL-SRV-PRINT"),
            FirstLaptop = await IdAsync(itNl, "/v1/cis", "label", "NL-LT-0001"),
            PrinterJamRequest = await IdAsync(Callers.Nick, "/v1/requests", "subject", "Printer on the 3rd floor jams"),
            PrinterContract = await IdAsync(itNl, "/v1/contracts", "name", "Printer maintenance"),
            NlPrintfixOrganization = await IdAsync(itNl, "/v1/organizations", "name", "Printfix B.V."),
        };
    }
}
