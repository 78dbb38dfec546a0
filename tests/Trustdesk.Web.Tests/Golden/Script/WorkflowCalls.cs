namespace Trustdesk.Web.Tests.Golden.Script;

/// <summary>
/// Workflows and tasks of <c>widget-hr</c> as its workflow manager (Hannah) sees them: the scenario's onboarding, and
/// here an office move (linked to a request, with a task of Hannah's and one waiting for it, and notes) and a small
/// workflow run to completion. The competence center's view (Chris), and <c>widget-it-nl</c>'s country workflow for
/// another account's.
/// </summary>
public sealed class WorkflowCalls(GoldenRecorder r, ScenarioRecords s) : IGoldenPart
{
    private static readonly GoldenCaller Hannah = Callers.Hannah;

    private long _move;
    private long _pack;

    public async Task SetUpAsync()
    {
        var badge = await r.PostAsync(Hannah, "/v1/requests", new { subject = "New hire needs a badge", category = "rfc", team_id = s.HrServiceCenter });
        _move = (await r.PostAsync(Hannah, "/v1/workflows",
            new { subject = "Office move", category = "standard", impact = "medium", manager_id = s.Hannah, request_ids = new[] { badge.Id } })).Id;
        _pack = (await r.PostAsync(Hannah, "/v1/tasks",
            new { workflow_id = _move, subject = "Pack the boxes", category = "implementation", team_id = s.HrServiceCenter, member_id = s.Hannah, planned_duration = 60 })).Id;
        await r.PostAsync(Hannah, "/v1/tasks",
            new { workflow_id = _move, subject = "Unpack the boxes", category = "implementation", team_id = s.HrServiceCenter, predecessor_ids = new[] { _pack } });
        await r.PostAsync(Hannah, $"/v1/workflows/{_move}/notes", new { text = "Moving on Friday" });
        await r.PostAsync(Hannah, $"/v1/tasks/{_pack}/notes", new { text = "Boxes ordered" });

        var quick = await r.PostAsync(Hannah, "/v1/workflows", new { subject = "Quick fix", category = "emergency", impact = "high" });
        var fix = await r.PostAsync(Hannah, "/v1/tasks", new { workflow_id = quick.Id, subject = "Fix it", category = "implementation", team_id = s.HrServiceCenter });
        await r.PatchAsync(Hannah, $"/v1/tasks/{fix.Id()}", new { status = "completed" });
    }

    public async Task ReadAsync()
    {
        await r.CollectionAsync(Hannah, "/v1/workflows", "subject,status,manager", "-subject", "status=completed");
        await r.CollectionAsync(Hannah, "/v1/workflows/open", "subject,status", "subject", "category=standard");
        await r.CollectionAsync(Hannah, "/v1/workflows/completed", "subject,completed_at", "-id", "category=emergency");
        await r.CollectionAsync(Hannah, "/v1/workflows/managed_by_me", "subject,manager", "-id", "category=standard");
        await r.GetAsync(Callers.Chris, "/v1/workflows");
        var onboarding = $"/v1/workflows/{s.Onboarding}";
        var country = $"/v1/workflows/{s.CountryWorkflow}";
        await r.RecordAsync(Hannah, onboarding, country);
        await r.GetAsync(Callers.Chris, country);
        await r.CollectionAsync(Hannah, $"{onboarding}/tasks", "subject,status,team", "-subject", "category=approval");
        await r.GetAsync(Hannah, $"{country}/tasks");
        await r.CollectionAsync(Hannah, $"{onboarding}/phases", "name,position,status", "-position", "position=2");
        await r.GetAsync(Hannah, $"{country}/phases");
        await r.CollectionAsync(Hannah, $"/v1/workflows/{_move}/requests", "subject,status", "-id", "category=rfc");
        await r.GetAsync(Hannah, $"{country}/requests");
        await r.CollectionAsync(Hannah, $"/v1/workflows/{_move}/notes", "text,person", "-id", "id=%3E=1");
        await r.GetAsync(Hannah, $"{country}/notes");

        await r.CollectionAsync(Hannah, "/v1/tasks", "subject,status,team,workflow", "-subject", "status=registered");
        await r.LaterPageAsync(Hannah, "/v1/tasks");
        await r.GetAsync(Callers.Chris, "/v1/tasks");
        await r.CollectionAsync(Hannah, "/v1/tasks/open", "subject,status", "subject", "category=implementation");
        await r.CollectionAsync(Hannah, "/v1/tasks/finished", "subject,finished_at", "-id", "status=completed");
        await r.CollectionAsync(Hannah, "/v1/tasks/assigned_to_me", "subject,member", "-id", "category=implementation");
        await r.CollectionAsync(Hannah, "/v1/tasks/assigned_to_my_team", "subject,team", "-subject", "status=assigned");
        await r.CollectionAsync(Hannah, "/v1/tasks/approval_by_me", "subject,status", "-id", "category=approval");
        await r.GetAsync(Callers.Anna, "/v1/tasks/approval_by_me");
        var approval = $"/v1/tasks/{s.ApproveTheHiring}";
        await r.RecordAsync(Hannah, approval, $"/v1/tasks/{s.MoveTheShares}");
        await r.HeadAsync(Hannah, approval);
        await r.CollectionAsync(Hannah, $"/v1/tasks/{_pack}/notes", "text,person", "-id", "internal=false");
        await r.GetAsync(Hannah, $"/v1/tasks/{s.MoveTheShares}/notes");
        await r.CollectionAsync(Hannah, $"{approval}/approvals", "approver,status", "-id", "status=pending");
        await r.GetAsync(Hannah, $"/v1/tasks/{s.MoveTheShares}/approvals");
        var contract = $"/v1/tasks/{s.EmploymentContract}";
        await r.CollectionAsync(Hannah, $"{contract}/predecessors", "subject,status", "-id", "category=approval");
        await r.GetAsync(Hannah, $"/v1/tasks/{s.MoveTheShares}/predecessors");
        await r.CollectionAsync(Hannah, $"{approval}/successors", "subject,team", "-subject", "category=implementation");
        await r.GetAsync(Hannah, $"/v1/tasks/{s.MoveTheShares}/successors");
    }

    public async Task WriteAsync()
    {
        var offsite = await r.CreatesAsync(Hannah, "/v1/workflows",
            new { subject = "Team offsite", category = "standard", impact = "low", justification = "improvement", manager_id = s.Hannah, source = "golden", sourceID = "W-1" },
            new { subject = "", category = "weird", impact = "huge", manager_id = s.Pieter, template_id = Steps.MissingId });
        await r.PostAsync(Hannah, "/v1/workflows", new { template_id = s.OnboardingTemplate, subject = "Onboarding of Liam Smith", manager_id = s.Hannah });
        await r.PostAsync(Callers.Anna.In("widget-hr"), "/v1/workflows", new { subject = "Not allowed" });
        var path = $"/v1/workflows/{offsite.Id()}";
        await r.UpdatesAsync(Hannah, HttpMethod.Patch, path, new { impact = "medium", justification = "maintenance" },
            new { category = "weird", manager_id = Steps.MissingId }, $"/v1/workflows/{s.CountryWorkflow}");
        await r.PostAsync(Hannah, $"{path}/notes", new { text = "Venue booked" });
        await r.PostAsync(Hannah, $"{path}/notes", new { text = "" });
        await r.PostAsync(Hannah, $"/v1/workflows/{s.CountryWorkflow}/notes", new { text = "Not mine" });

        var venue = await r.CreatesAsync(Hannah, "/v1/tasks",
            new { workflow_id = offsite.Id, subject = "Book the venue", category = "implementation", team_id = s.HrServiceCenter, member_id = s.Hannah, instructions = "Somewhere green", planned_duration = 30 },
            new { workflow_id = offsite.Id, subject = "", category = "magic", team_id = s.PrinterEngineers, predecessor_ids = new[] { Steps.MissingId } });
        await r.PostAsync(Hannah, "/v1/tasks",
            new { workflow_id = offsite.Id, subject = "Approve the budget", category = "approval", approver_ids = new[] { s.Hannah }, required_approvals = 1, predecessor_ids = new[] { venue.Id } });
        await r.PostAsync(Hannah, "/v1/tasks", new { workflow_id = s.CountryWorkflow, subject = "Not mine", category = "implementation" });
        var task = $"/v1/tasks/{venue.Id()}";
        await r.UpdatesAsync(Hannah, HttpMethod.Patch, task, new { status = "in_progress", note = "Calling venues" },
            new { status = "exploded", member_id = s.Pieter }, $"/v1/tasks/{s.MoveTheShares}");
        await r.PatchAsync(Hannah, task, new { status = "completed", internal_note = "Venue A" });
        await r.PatchAsync(Hannah, $"/v1/tasks/{s.ApproveTheHiring}", new { status = "approved", note = "Welcome, Emma" });
        await r.GetAsync(Callers.Chris, "/v1/tasks?fields=subject,status,workflow");
        await r.GetAsync(Hannah, path);

        await r.PostAsync(Hannah, $"{task}/notes", new { text = "Venue A is free" });
        await r.PostAsync(Hannah, $"{task}/notes", new { text = "Only for HR", @internal = true });
        await r.PostAsync(Hannah, $"{task}/notes", new { text = "" });
        await r.PostAsync(Hannah, $"/v1/tasks/{s.MoveTheShares}/notes", new { text = "Not mine" });
    }
}
