namespace Trustdesk.Web.Tests.Golden.Script;

/// <summary>Teams of <c>widget-it-nl</c> (maintained by its owner, Wendy) and their members.</summary>
public sealed class TeamCalls(GoldenRecorder r, ScenarioRecords s) : IGoldenPart
{
    private static readonly GoldenCaller Owner = Callers.Wendy.In("widget-it-nl");

    public Task SetUpAsync() => Task.CompletedTask;

    public async Task ReadAsync()
    {
        await r.CollectionAsync(Owner, "/v1/teams", "name,description,manager", "-name", "name=Workplace%20NL");
        await r.RecordAsync(Owner, $"/v1/teams/{s.ServiceDeskNl}", $"/v1/teams/{s.PrinterEngineers}");
        await r.GetAsync(Callers.Nick, $"/v1/teams/{s.ServiceDeskNl}");
        await r.CollectionAsync(Owner, $"/v1/teams/{s.ServiceDeskNl}/members", "name,primary_email", "-name", "name=Nick%20Jansen");
        await r.GetAsync(Owner, $"/v1/teams/{s.PrinterEngineers}/members");
    }

    public async Task WriteAsync()
    {
        var created = await r.CreatesAsync(Owner, "/v1/teams",
            new { name = "Golden Team", description = "Made by the golden calls", manager_id = s.Nick, time_zone = "Europe/Amsterdam" },
            new { name = "", manager_id = s.Pieter, time_zone = "Nowhere/Never", auto_assign = "yes" });
        await r.PostAsync(Callers.Nick, "/v1/teams", new { name = "Not allowed" });
        var path = $"/v1/teams/{created.Id()}";
        await r.UpdatesAsync(Owner, HttpMethod.Patch, path, new { description = "Renamed by PATCH", coordinator_id = s.Nick },
            new { name = "Workplace NL" }, $"/v1/teams/{s.PrinterEngineers}");
        await r.UpdatesAsync(Owner, HttpMethod.Put, path, new { name = "Golden Team", auto_assign = true },
            new { manager_id = Steps.MissingId }, $"/v1/teams/{s.PrinterEngineers}");

        var members = $"{path}/members";
        await r.PostAsync(Owner, $"{members}/{s.Nick}");
        await r.PostAsync(Owner, $"{members}/{s.Nick}");
        await r.PostAsync(Owner, $"{members}/{s.Anna}");
        await r.PostAsync(Owner, $"{members}/{s.Pieter}");
        await r.PostAsync(Owner, $"{members}/{Steps.Missing}");
        await r.PostAsync(Owner, $"/v1/teams/{s.PrinterEngineers}/members/{s.Nick}");
        await r.PostAsync(Callers.Nick, $"{members}/{s.Nick}");
        await r.GetAsync(Owner, members);
        await r.DeleteAsync(Owner, $"{members}/{s.Nick}");
        await r.DeleteAsync(Owner, $"{members}/{s.Nick}");
        await r.DeleteAsync(Owner, $"/v1/teams/{s.PrinterEngineers}/members/{s.Pieter}");
        await r.DeleteAsync(Callers.Nick, $"/v1/teams/{s.ServiceDeskNl}/members/{s.Nick}");
    }
}
