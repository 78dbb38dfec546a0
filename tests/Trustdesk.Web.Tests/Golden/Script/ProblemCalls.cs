namespace Trustdesk.Web.Tests.Golden.Script;

/// <summary>
/// Problems: the competence center's (Chris registers one for Active Directory), its notes, filters and audit; NL's
/// Active Directory request linked to it, as the competence center, NL's service desk (Nick) and the requester (Anna)
/// then see the request and the problem; NL may neither read the problem nor change the link; unlinked and linked again.
/// </summary>
public sealed class ProblemCalls(GoldenRecorder r, ScenarioRecords s) : IGoldenPart
{
    public Task SetUpAsync() => Task.CompletedTask;

    public Task ReadAsync() => Task.CompletedTask;

    public async Task WriteAsync()
    {
        var created = await r.CreatesAsync(Callers.Chris, "/v1/problems",
            new { subject = "Password resets reach the domain controllers late", service_id = s.ActiveDirectoryService, impact = "high",
                  category = "reactive", note = "Seen in NL since the last update." },
            new { subject = "", service_id = Steps.MissingId, status = "done", member_id = Steps.MissingId });
        await r.PostAsync(Callers.Anna, "/v1/problems", new { subject = "Not allowed", service_id = s.ActiveDirectoryService });
        await r.PostAsync(Callers.Nick, "/v1/problems", new { subject = "Not NL's service", service_id = s.ActiveDirectoryService });
        var path = $"/v1/problems/{created.Id()}";
        await r.UpdatesAsync(Callers.Chris, HttpMethod.Patch, path, new { status = "in_progress", known_error = true },
            new { status = "unknown", known_error = (bool?)null }, null);
        await r.UpdatesAsync(Callers.Chris, HttpMethod.Put, path, new { workaround = "Wait fifteen minutes after a reset before signing in." },
            new { workaround = new string('x', 70_000) }, null);
        await r.RecordAsync(Callers.Chris, path, null);
        await r.GetAsync(Callers.Nick, path);
        await r.GetAsync(Callers.Anna, path);
        await r.CollectionAsync(Callers.Chris, "/v1/problems", "subject,status", "-subject", "known_error=true");
        foreach (var filter in new[] { "active", "known_errors", "progress_halted", "solved", "managed_by_me", "assigned_to_my_team", "assigned_to_me" })
            await r.GetAsync(Callers.Chris, $"/v1/problems/{filter}");
        await r.GetAsync(Callers.Nick, "/v1/problems");
        await r.GetAsync(Callers.Anna, "/v1/problems");
        await r.PostAsync(Callers.Chris, $"{path}/notes", new { text = "The replication interval is 15 minutes." });
        await r.PostAsync(Callers.Chris, $"{path}/notes", new { text = "", @internal = true });
        await r.PostAsync(Callers.Nick, $"{path}/notes", new { text = "Not NL's problem." });
        await r.GetAsync(Callers.Chris, $"{path}/notes");
        await r.GetAsync(Callers.Chris, $"{path}/audit");
        await r.GetAsync(Callers.Nick, $"{path}/audit");

        // NL's Active Directory request, which the competence center works, linked to it: seen on the request by all its viewers.
        var request = $"/v1/requests/{s.ActiveDirectoryRequest}";
        await r.PostAsync(Callers.Chris, $"{path}/requests/{s.ActiveDirectoryRequest}");
        await r.PostAsync(Callers.Chris, $"{path}/requests/{s.ActiveDirectoryRequest}");
        await r.PostAsync(Callers.Chris, $"{path}/requests/{s.BrazilianRequest}");
        await r.GetAsync(Callers.Chris, $"{path}/requests");
        await r.GetAsync(Callers.Chris, request);
        await r.GetAsync(Callers.Nick, request);
        await r.GetAsync(Callers.Anna, request);
        // NL sees the request, not the problem: it may not unlink it, nor link it to a problem it does not have.
        await r.PatchAsync(Callers.Nick, request, new { problem_id = (long?)null });
        await r.PatchAsync(Callers.Nick, request, new { problem_id = created.Id });
        await r.PatchAsync(Callers.Anna, request, new { problem_id = created.Id });
        await r.PatchAsync(Callers.Chris, request, new { problem_id = (long?)null });
        await r.GetAsync(Callers.Nick, request);
        await r.PatchAsync(Callers.Chris, request, new { problem_id = created.Id });
        await r.DeleteAsync(Callers.Chris, $"{path}/requests/{s.ActiveDirectoryRequest}");
        await r.DeleteAsync(Callers.Chris, $"{path}/requests/{s.ActiveDirectoryRequest}");
    }
}
