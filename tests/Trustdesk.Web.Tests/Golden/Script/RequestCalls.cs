namespace Trustdesk.Web.Tests.Golden.Script;

/// <summary>
/// Requests as <c>widget-it-nl</c>'s analyst (Nick), the competence center's specialist (Chris) and the employee (Anna)
/// see them: the scenario's, and here one assigned to Nick, one waiting for him and one completed; their notes, audit,
/// affected SLAs and audience. <c>widget-it-br</c>'s request stands for another account's.
/// </summary>
public sealed class RequestCalls(GoldenRecorder r, ScenarioRecords s) : IGoldenPart
{
    private static readonly GoldenCaller Nick = Callers.Nick;

    public async Task SetUpAsync()
    {
        var flicker = await r.PostAsync(Nick, "/v1/requests", new { subject = "Monitor flickers", category = "incident", impact = "medium", team_id = s.ServiceDeskNl });
        await r.PatchAsync(Nick, $"/v1/requests/{flicker.Id()}", new { member_id = s.Nick });
        var mouse = await r.PostAsync(Nick, "/v1/requests", new { subject = "Need a new mouse", category = "rfc", impact = "low" });
        await r.PatchAsync(Nick, $"/v1/requests/{mouse.Id()}", new { status = "waiting_for_customer", note = "Which model?" });
        var expired = await r.PostAsync(Nick, "/v1/requests", new { subject = "Password expired", category = "rfi" });
        await r.PatchAsync(Nick, $"/v1/requests/{expired.Id()}", new { status = "completed", completion_reason = "solved" });
    }

    public async Task ReadAsync()
    {
        await r.CollectionAsync(Nick, "/v1/requests", "subject,status,team,member", "-subject", "status=assigned");
        await r.LaterPageAsync(Nick, "/v1/requests");
        await r.HeadAsync(Nick, "/v1/requests?per_page=2");
        await r.GetAsync(Callers.Anna, "/v1/requests");
        await r.GetAsync(Callers.Wendy.In("widget-it-nl"), "/v1/requests");
        await r.CollectionAsync(Nick, "/v1/requests/open", "subject,status", "subject", "impact=medium");
        await r.CollectionAsync(Nick, "/v1/requests/completed", "subject,completion_reason", "-id", "completion_reason=solved");
        await r.CollectionAsync(Nick, "/v1/requests/requested_by_or_for_me", "subject,requested_by", "-id", "category=rfc");
        await r.CollectionAsync(Callers.Anna, "/v1/requests/requested_by_or_for_me", "subject,account", "subject", "impact=high");
        await r.CollectionAsync(Nick, "/v1/requests/assigned_to_me", "subject,member", "-id", "impact=medium");
        await r.CollectionAsync(Nick, "/v1/requests/assigned_to_my_team", "subject,team", "-id", "category=incident");
        await r.CollectionAsync(Nick, "/v1/requests/waiting_for_me", "subject,status", "-id", "category=rfc");

        var docking = $"/v1/requests/{s.DockingStationRequest}";
        var activeDirectory = $"/v1/requests/{s.ActiveDirectoryRequest}";
        var brazilian = $"/v1/requests/{s.BrazilianRequest}";
        await r.RecordAsync(Nick, docking, brazilian);
        await r.HeadAsync(Nick, docking);
        await r.GetAsync(Nick, activeDirectory);
        await r.GetAsync(Callers.Chris, activeDirectory);
        await r.GetAsync(Callers.Anna, activeDirectory);
        await r.GetAsync(Callers.Pieter, activeDirectory);

        await r.CollectionAsync(Callers.Chris, $"{activeDirectory}/notes", "text,internal", "-id", "internal=true");
        await r.GetAsync(Nick, $"{activeDirectory}/notes");
        await r.GetAsync(Nick, $"{brazilian}/notes");
        await r.CollectionAsync(Callers.Chris, $"{activeDirectory}/notes/public", "text,person", "-id", "internal=false");
        await r.GetAsync(Nick, $"{activeDirectory}/notes/public");
        await r.GetAsync(Nick, $"{brazilian}/notes/public");
        await r.CollectionAsync(Callers.Chris, $"{activeDirectory}/notes/internal", "text,person", "-id", "internal=true");
        await r.GetAsync(Nick, $"{activeDirectory}/notes/internal");
        await r.GetAsync(Nick, $"{brazilian}/notes/internal");

        await r.CollectionAsync(Nick, $"{docking}/audit", "action,changes", "-id", "action=create");
        await r.GetAsync(Callers.Chris, $"{activeDirectory}/audit");
        await r.GetAsync(Nick, $"{brazilian}/audit");
        await r.CollectionAsync(Nick, $"{docking}/affected_slas", "sla,response_target_at,next_target_at", "-created_at", "updated_at=!");
        await r.GetAsync(Callers.Chris, $"{activeDirectory}/affected_slas");
        await r.GetAsync(Nick, $"{brazilian}/affected_slas");
        await r.GetAsync(Nick, $"{activeDirectory}/audience");
        await r.GetAsync(Callers.Chris, $"{activeDirectory}/audience?fields=account");
        await r.GetAsync(Nick, $"{brazilian}/audience");
        await r.GetAsync(Nick, $"/v1/requests/{Steps.Missing}/audience");
    }

    public async Task WriteAsync()
    {
        var keyboard = await r.CreatesAsync(Nick, "/v1/requests",
            new { subject = "Keyboard misses keys", category = "incident", impact = "low", team_id = s.WorkplaceNl, requested_for_id = s.Anna, note = "Reported by phone" },
            new { subject = "", category = "complaint", impact = "enormous", team_id = s.PrinterEngineers, requested_for_id = Steps.MissingId });
        await r.PostAsync(Callers.Anna, "/v1/requests", new { subject = "My laptop is slow", service_instance_id = s.LaptopsNl, impact = "medium" });
        await r.PostAsync(Callers.Anna, "/v1/requests", new { subject = "My Brazilian laptop", service_instance_id = s.LaptopsBr });
        await r.PostAsync(Callers.Anna, "/v1/requests", new { subject = "Internal", service_instance_id = s.LaptopsNl, internal_note = "Not mine to write" });

        var path = $"/v1/requests/{keyboard.Id()}";
        await r.UpdatesAsync(Nick, HttpMethod.Patch, path, new { status = "in_progress", team_id = s.ServiceDeskNl, member_id = s.Nick, note = "Ordered a new keyboard" },
            new { status = "exploded", member_id = s.Pieter, completion_reason = "bored" }, $"/v1/requests/{s.BrazilianRequest}");
        await r.PatchAsync(Nick, path, new { team_id = s.PrinterEngineers, internal_note = "Printfix repairs keyboards too" });
        await r.PatchAsync(Callers.Pieter, path, new { status = "completed", completion_reason = "solved", note = "New keys fitted" });
        await r.PatchAsync(Callers.Anna, path, new { subject = "Not mine to change" });

        var notes = $"{path}/notes";
        await r.PostAsync(Nick, notes, new { text = "Thanks, Printfix" });
        await r.PostAsync(Nick, notes, new { text = "Invoice follows", @internal = true });
        await r.PostAsync(Nick, notes, new { text = "", @internal = "maybe" });
        await r.PostAsync(Callers.Anna, notes, new { text = "Works again, thank you" });
        await r.PostAsync(Callers.Pieter, notes, new { text = "You're welcome", @internal = true });
        await r.PostAsync(Nick, $"/v1/requests/{s.BrazilianRequest}/notes", new { text = "Not mine" });
        await r.GetAsync(Nick, notes);
        await r.GetAsync(Nick, $"{path}/audit");
    }
}
