namespace Trustdesk.Web.Tests.Golden.Script;

/// <summary>
/// The catalog of <c>widget-it-nl</c> (maintained by its owner, Wendy): services, instances, offerings, SLAs and their
/// coverage, with one of each made here; <c>widget-it-br</c>'s, which it does not trust, stand for another account's.
/// </summary>
public sealed class CatalogCalls(GoldenRecorder r, ScenarioRecords s) : IGoldenPart
{
    private static readonly GoldenCaller Owner = Callers.Wendy.In("widget-it-nl");

    public Task SetUpAsync() => r.PostAsync(Owner, $"/v1/slas/{s.LaptopsNlSla}/sites/{s.AmsterdamOffice}");

    public async Task ReadAsync()
    {
        await r.CollectionAsync(Owner, "/v1/services", "name,first_line_team,support_team", "-name", "name=Workplace%20NL");
        await r.GetAsync(Callers.Wendy.In("widget-cc"), "/v1/services?fields=name&sort=name");
        await r.RecordAsync(Owner, $"/v1/services/{s.WorkplaceNlService}", $"/v1/services/{s.WorkplaceBrService}");
        await r.CollectionAsync(Owner, $"/v1/services/{s.WorkplaceNlService}/service_instances", "name,status", "-name", "status=in_production");
        await r.CollectionAsync(Owner, $"/v1/services/{s.WorkplaceNlService}/service_offerings", "name,status", "-name", "name=Workplace%20NL%20standard");
        await r.CollectionAsync(Owner, $"/v1/services/{s.WorkplaceNlService}/slas", "name,status", "-name", "status=active");
        await r.GetAsync(Owner, $"/v1/services/{s.WorkplaceBrService}/slas");

        await r.CollectionAsync(Owner, "/v1/service_instances", "name,service,status", "-name", $"service_id={s.WorkplaceNlService}");
        await r.RecordAsync(Owner, $"/v1/service_instances/{s.LaptopsNl}", $"/v1/service_instances/{s.LaptopsBr}");
        await r.CollectionAsync(Owner, $"/v1/service_instances/{s.LaptopsNl}/slas", "name,coverage", "-name", "coverage=organizations_and_descendants");

        await r.CollectionAsync(Owner, "/v1/service_offerings", "name,service,support_hours", "-name", $"service_id={s.WorkplaceNlService}");
        await r.CollectionAsync(Callers.Nick, "/v1/service_offerings/catalog", "name,service", "-name", "name=Workplace%20NL%20standard");
        await r.GetAsync(Callers.Anna.In("widget-it-nl"), "/v1/service_offerings/catalog");
        await r.RecordAsync(Owner, $"/v1/service_offerings/{s.WorkplaceNlStandard}", $"/v1/service_offerings/{s.WorkplaceBrStandard}");
        await r.CollectionAsync(Owner, $"/v1/service_offerings/{s.WorkplaceNlStandard}/slas", "name,status", "-name", "status=active");

        await r.CollectionAsync(Owner, "/v1/slas", "name,coverage,status", "-name", "status=active");
        await r.LaterPageAsync(Callers.Wendy.In("widget-cc"), "/v1/slas");
        await r.RecordAsync(Owner, $"/v1/slas/{s.LaptopsNlSla}", $"/v1/slas/{s.LaptopsBrSla}");
        var cc = Callers.Wendy.In("widget-cc");
        await r.GetAsync(cc, $"/v1/slas/{s.ServerHostingNlSla}");
        await r.CollectionAsync(cc, $"/v1/slas/{s.ServerHostingNlSla}/people", "name,primary_email", "-name", "name=Nick%20Jansen");
        await r.GetAsync(Owner, $"/v1/slas/{s.LaptopsBrSla}/people");
        await r.CollectionAsync(Owner, $"/v1/slas/{s.LaptopsNlSla}/organizations", "name,parent", "-name", "name=Widget%20Netherlands");
        await r.GetAsync(Owner, $"/v1/slas/{s.LaptopsBrSla}/organizations");
        await r.CollectionAsync(Owner, $"/v1/slas/{s.LaptopsNlSla}/sites", "name,city", "-name", "name=Amsterdam%20Office");
        await r.GetAsync(Owner, $"/v1/slas/{s.LaptopsBrSla}/sites");
    }

    public async Task WriteAsync()
    {
        var service = await r.CreatesAsync(Owner, "/v1/services",
            new { name = "Golden Service", description = "Made by the golden calls", keywords = "gold", service_owner_id = s.Nick, first_line_team_id = s.ServiceDeskNl, support_team_id = s.WorkplaceNl },
            new { name = "", first_line_team_id = s.PrinterEngineers, service_owner_id = Steps.MissingId });
        await r.PostAsync(Callers.Nick, "/v1/services", new { name = "Not allowed" });
        var servicePath = $"/v1/services/{service.Id()}";
        await r.UpdatesAsync(Owner, HttpMethod.Patch, servicePath, new { keywords = "gold, golden" }, new { name = "Workplace NL" }, $"/v1/services/{s.WorkplaceBrService}");
        await r.UpdatesAsync(Owner, HttpMethod.Put, servicePath, new { name = "Golden Service", disabled = false }, new { support_team_id = "one" }, $"/v1/services/{s.WorkplaceBrService}");

        var instance = await r.CreatesAsync(Owner, "/v1/service_instances",
            new { name = "Golden Instance", service_id = service.Id, first_line_team_id = s.ServiceDeskNl, support_team_id = s.WorkplaceNl },
            new { name = "", service_id = s.WorkplaceBrService, status = "exploded" });
        var instancePath = $"/v1/service_instances/{instance.Id()}";
        await r.UpdatesAsync(Owner, HttpMethod.Patch, instancePath, new { status = "discontinued" }, new { status = "exploded" }, $"/v1/service_instances/{s.LaptopsBr}");
        await r.UpdatesAsync(Owner, HttpMethod.Put, instancePath, new { name = "Golden Instance", status = "in_production" }, new { service_id = Steps.MissingId }, $"/v1/service_instances/{s.LaptopsBr}");

        var offering = await r.CreatesAsync(Owner, "/v1/service_offerings",
            new
            {
                name = "Golden Offering", service_id = service.Id, response_target_medium = 120, resolution_target_medium = 480,
                support_hours = new[] { new { days = new[] { "mon", "tue", "wed", "thu", "fri" }, start = "08:00", end = "18:00" } },
                support_hours_time_zone = "Europe/Amsterdam",
            },
            new { name = "", service_id = service.Id, response_target_high = -5, support_hours = new[] { new { days = new[] { "someday" }, start = "25:00", end = "08:00" } } });
        var offeringPath = $"/v1/service_offerings/{offering.Id()}";
        await r.UpdatesAsync(Owner, HttpMethod.Patch, offeringPath, new { response_target_high = 30 }, new { support_hours_time_zone = "Nowhere/Never" }, $"/v1/service_offerings/{s.WorkplaceBrStandard}");
        await r.UpdatesAsync(Owner, HttpMethod.Put, offeringPath, new { name = "Golden Offering", status = "available" }, new { status = "forever" }, $"/v1/service_offerings/{s.WorkplaceBrStandard}");

        var sla = await r.CreatesAsync(Owner, "/v1/slas",
            new
            {
                name = "Golden SLA", service_offering_id = offering.Id, service_instance_id = instance.Id, customer_id = s.WidgetNetherlands,
                coverage = "people", start_date = "2030-01-01", expiry_date = "2030-12-31", status = "active", service_level_manager_id = s.Nick,
            },
            new { name = "", service_offering_id = s.WorkplaceBrStandard, coverage = "everyone", start_date = "yesterday", expiry_date = "2020-01-01" });
        var slaPath = $"/v1/slas/{sla.Id()}";
        await r.UpdatesAsync(Owner, HttpMethod.Patch, slaPath, new { expiry_date = "2031-12-31" }, new { start_date = "2032-01-01" }, $"/v1/slas/{s.LaptopsBrSla}");
        await r.UpdatesAsync(Owner, HttpMethod.Put, slaPath, new { name = "Golden SLA", status = "active" }, new { status = "maybe" }, $"/v1/slas/{s.LaptopsBrSla}");

        await CoverageAsync(slaPath, "people", s.Anna, s.Pieter);
        await r.PatchAsync(Owner, slaPath, new { coverage = "organizations_and_descendants" });
        await CoverageAsync(slaPath, "organizations", s.SalesNl, s.PrintfixOrganization);
        await r.PatchAsync(Owner, slaPath, new { coverage = "sites" });
        await CoverageAsync(slaPath, "sites", s.AmsterdamOffice, s.PrintfixWorkshop);
    }

    /// <summary>Adds a covered record (twice: the second changes nothing), one of another account, a missing one; removes it (twice).</summary>
    private async Task CoverageAsync(string slaPath, string relation, long covered, long foreign)
    {
        await r.PostAsync(Owner, $"{slaPath}/{relation}/{covered}");
        await r.PostAsync(Owner, $"{slaPath}/{relation}/{covered}");
        await r.PostAsync(Owner, $"{slaPath}/{relation}/{foreign}");
        await r.PostAsync(Owner, $"{slaPath}/{relation}/{Steps.Missing}");
        await r.PostAsync(Owner, $"/v1/slas/{s.LaptopsBrSla}/{relation}/{covered}");
        await r.PostAsync(Callers.Nick, $"{slaPath}/{relation}/{covered}");
        await r.GetAsync(Owner, $"{slaPath}/{relation}");
        await r.DeleteAsync(Owner, $"{slaPath}/{relation}/{covered}");
        await r.DeleteAsync(Owner, $"{slaPath}/{relation}/{covered}");
        await r.DeleteAsync(Owner, $"/v1/slas/{s.LaptopsBrSla}/{relation}/{covered}");
    }
}
