namespace Trustdesk.Web.Tests.Golden.Script;

/// <summary>The Widget directory's organization tree (maintained in the directory by Wendy), one disabled organization made here.</summary>
public sealed class OrganizationCalls(GoldenRecorder r, ScenarioRecords s) : IGoldenPart
{
    public Task SetUpAsync() =>
        r.PostAsync(Callers.Wendy, "/v1/organizations", new { name = "Closed Department NL", parent_id = s.WidgetNetherlands, disabled = true });

    public async Task ReadAsync()
    {
        var w = Callers.Wendy;
        await r.CollectionAsync(w, "/v1/organizations", "name,parent,region", "-name", "disabled=true");
        await r.LaterPageAsync(w, "/v1/organizations");
        await r.CollectionAsync(w, "/v1/organizations/enabled", "name", "name", $"parent_id={s.WidgetNetherlands}");
        await r.CollectionAsync(w, "/v1/organizations/disabled", "name,disabled", "-id", "name=Closed%20Department%20NL");
        await r.RecordAsync(w, $"/v1/organizations/{s.WidgetNetherlands}", $"/v1/organizations/{s.PrintfixOrganization}");
        await r.GetAsync(Callers.Wendy.In("widget-it-nl"), $"/v1/organizations/{s.SalesNl}");
        await r.CollectionAsync(w, $"/v1/organizations/{s.WidgetNetherlands}/children", "name", "-name", "name=Sales%20NL");
        await r.GetAsync(w, $"/v1/organizations/{s.PrintfixOrganization}/children");
    }

    public async Task WriteAsync()
    {
        var w = Callers.Wendy;
        var created = await r.CreatesAsync(w, "/v1/organizations",
            new { name = "Golden Department", parent_id = s.WidgetNetherlands, region = "NL", financialID = "GD-1", business_unit = true },
            new { name = "", parent_id = Steps.MissingId, manager_id = s.Pieter });
        await r.PostAsync(Callers.Nick, "/v1/organizations", new { name = "Not allowed" });
        var path = $"/v1/organizations/{created.Id()}";
        await r.UpdatesAsync(w, HttpMethod.Patch, path, new { region = "NL-North", manager_id = s.Anna },
            new { parent_id = created.Id, name = new string('x', 300) }, $"/v1/organizations/{s.PrintfixOrganization}");
        await r.UpdatesAsync(w, HttpMethod.Put, path, new { name = "Golden Department", disabled = true },
            new { name = (string?)null }, $"/v1/organizations/{s.PrintfixOrganization}");
    }
}
