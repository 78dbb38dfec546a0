namespace Trustdesk.Web.Tests.Golden.Script;

/// <summary>
/// Stranded work (ADR 31), which the scenario has none of: widget-it-us hands a request and a task to Printfix's
/// engineers and then revokes the trust that let them cross. Wendy, its owner, is made a specialist and workflow
/// manager there to do so.
/// </summary>
public sealed class StrandedCalls(GoldenRecorder r, ScenarioRecords s, TrustCalls trusts) : IGoldenPart
{
    private static readonly GoldenCaller Us = Callers.Wendy.In("widget-it-us");

    public async Task SetUpAsync()
    {
        await r.PostAsync(Us, $"/v1/people/{s.Wendy}/permissions/widget-it-us?roles=specialist,workflow_manager");
        var request = await r.PostAsync(Us, "/v1/requests", new { subject = "Plotter out of toner", category = "incident", impact = "low", team_id = s.ServiceDeskUs });
        await r.PatchAsync(Us, $"/v1/requests/{request.Id()}", new { team_id = s.PrinterEngineers, internal_note = "Printfix has the toner." });
        var workflow = await r.PostAsync(Us, "/v1/workflows", new { subject = "Replace the plotters", category = "standard", impact = "low" });
        await r.PostAsync(Us, "/v1/tasks", new { workflow_id = workflow.Id, subject = "Install the new plotter", category = "implementation", team_id = s.PrinterEngineers });
        await r.PostAsync(Us, $"/v1/trusts/{trusts.UsPrintfix}/revoke");
    }

    public async Task ReadAsync()
    {
        await r.CollectionAsync(Us, "/v1/requests/stranded", "subject,team", "-id", "status=assigned");
        await r.GetAsync(Callers.Nick, "/v1/requests/stranded");
        await r.CollectionAsync(Us, "/v1/tasks/stranded", "subject,team", "-id", "category=implementation");
        await r.GetAsync(Callers.Hannah, "/v1/tasks/stranded");
    }

    public Task WriteAsync() => Task.CompletedTask;
}
