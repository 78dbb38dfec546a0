using Microsoft.Extensions.DependencyInjection;
using Trustdesk.Web.Demo;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Scenario;

/// <summary>
/// The reference scenario of product.md §10, loaded into the shared test database (idempotently, so every test
/// may load it): an employee in the Netherlands is covered for NL IT, competence center, HR, Facilities and
/// printfix services, and not for services offered only to Brazil.
/// </summary>
public sealed class ReferenceScenarioTests
{
    private static readonly TrustdeskServer Server = TestServers.Shared;

    private static async Task LoadAsync()
    {
        await using var scope = Server.Services.CreateAsyncScope();
        await ScenarioLoading.RunAsync(() => scope.ServiceProvider.GetRequiredService<ScenarioLoader>().LoadAsync(CancellationToken.None));
    }

    private static async Task<HashSet<string>> CatalogOfAsync(string token, string? account = null)
    {
        var client = Server.Client(token, account);
        var me = (await client.GetAsync("/v1/me")).Expect(200);
        var catalog = (await client.GetAsync($"/v1/people/{me.Id}/service_instance_coverages?per_page=100")).Expect(200);
        return catalog.Items.Select(item =>
        {
            // Instances of the account the call acts in carry no account reference.
            var provider = item!["account"]?.Str("id") ?? account ?? me.Record["account"]!.Str("id");
            return provider + ": " + item.Str("name");
        }).ToHashSet();
    }

    [Fact]
    public async Task A_dutch_employee_sees_nl_it_competence_center_hr_facilities_finance_and_printfix_services_and_nothing_brazilian()
    {
        await LoadAsync();
        var catalog = await CatalogOfAsync("td_demo_nl_employee");

        Assert.Equal(
        [
            "printfix: Printer repair NL",
            "widget-cc: Active Directory for Widget NL",
            "widget-cc: E-mail for Widget NL",
            "widget-facilities: Workplace facilities",
            "widget-finance: Expense claims",
            "widget-finance: Purchase requests",
            "widget-hr: HR Service Center",
            "widget-it-nl: Laptops and desktops NL",
        ], catalog.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_brazilian_employee_sees_the_brazilian_services_and_not_the_dutch_ones()
    {
        await LoadAsync();
        var catalog = await CatalogOfAsync("td_demo_br_analyst");

        Assert.Contains("widget-it-br: Laptops and desktops BR", catalog);
        Assert.Contains("widget-cc: Active Directory for Widget BR", catalog);
        Assert.DoesNotContain(catalog, s => s.EndsWith(" NL", StringComparison.Ordinal));
        Assert.DoesNotContain(catalog, s => s.StartsWith("printfix", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_catalog_is_the_same_whichever_linked_account_the_call_acts_in()
    {
        await LoadAsync();
        var inDirectory = await CatalogOfAsync("td_demo_nl_employee", "widget");
        var inSupportDomain = await CatalogOfAsync("td_demo_nl_employee", "widget-it-nl");
        Assert.Equal(8, inDirectory.Count);
        Assert.Equal(inDirectory.Order(StringComparer.Ordinal), inSupportDomain.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_competence_centers_data_center_hosts_servers_for_the_it_analysts_only()
    {
        await LoadAsync();
        Assert.Contains("widget-cc: Server hosting for Widget NL", await CatalogOfAsync("td_demo_nl_analyst"));
        Assert.Contains("widget-cc: Server hosting for Widget BR", await CatalogOfAsync("td_demo_br_analyst"));
        Assert.DoesNotContain(await CatalogOfAsync("td_demo_nl_employee"), s => s.Contains("Server hosting", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("E-mail", "E-mail")]
    [InlineData("Active Directory", "Active Directory")]
    [InlineData("Data Center", "Data Center")]
    public async Task Each_competence_center_service_is_handled_by_its_own_team(string service, string team)
    {
        await LoadAsync();
        var cc = Server.Client("td_demo_cc_specialist", "widget-cc");
        var services = (await cc.GetAsync("/v1/services?per_page=100&fields=name,first_line_team,support_team")).Expect(200).Items;
        var found = services.Single(s => s!.Str("name") == service)!;
        Assert.Equal(team, found["first_line_team"]!.Str("name"));
        Assert.Equal(team, found["support_team"]!.Str("name"));
    }
}
