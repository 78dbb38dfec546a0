using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Data.Stamping;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.Trusts;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Trusts;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>
/// <c>PATCH /v1/tasks/:id</c>. The workflow's account works its tasks; the account of the task's team works it in
/// place once it sees it (status, member, its own teams, notes); an approver answers an approval task with
/// <c>status</c> <c>approved</c> or <c>rejected</c> (and a note), from whatever account they act in, with no role needed
/// (ADR 29, <see cref="AnswerApproval"/>). Status changes follow <see cref="TaskTransitions"/>, and the workflow moves on in the same transaction,
/// one change at a time per workflow; an approval task's status follows its answers there (<see cref="WorkflowProgression"/>).
/// </summary>
public sealed class UpdateTask(
    TrustdeskDbContext db, Caller caller, VisibleTasks visible, TrustedTeams teams, WorkflowProgression progression, AnswerApproval approval,
    NotedRecords noted, TaskJson json, TimeProvider time)
{
    private static readonly HashSet<string> HomeFields = ["subject", "status", "impact", "instructions", "team_id", "member_id", "note", "internal_note"];
    private static readonly HashSet<string> ProviderFields = ["status", "team_id", "member_id", "note", "internal_note"];
    private static readonly HashSet<string> ApproverFields = ["status", "note"];

    public async Task<ApiResult> HandleAsync(long id, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        // An approver's task, its answers and their save are read and written inside their approvals (ADR 29).
        using var approvals = visible.ReadingMyApprovals();
        var (updated, refused) = await ApplyAsync(id, task => Preconditions.IfMatch(request, task.LockVersion),
            () => JsonBody.ReadAsync<TaskUpdateInput>(request), cancel);
        return updated is null ? refused! : ApiResult.Ok(ApiJson.Node(await json.RenderAsync(updated, cancel))).WithETag(updated.LockVersion);
    }

    /// <summary>
    /// Updates the task with the <paramref name="fields"/> of <paramref name="input"/>, only while it is still at
    /// <paramref name="version"/> (else the 412 of a stale <c>If-Match</c>), or says why not (404, 412, 422); the console
    /// and the portal's approvals work tasks through here.
    /// </summary>
    public async Task<(WorkflowTask? Updated, ApiResult? Refused)> UpdateAsync(
        long id, TaskUpdateInput input, IReadOnlySet<string> fields, int version, CancellationToken cancel)
    {
        using var approvals = visible.ReadingMyApprovals();
        return await ApplyAsync(id, task => task.LockVersion == version ? null : ApiErrors.PreconditionFailed(),
            () => JsonBody.Of(input, fields), cancel);
    }

    /// <summary>
    /// What the caller may change on a task they see: its account's specialists work it (at home, or as its team's
    /// provider); its approvers answer it; null when nothing. Seen only as its approver, a task is answered, never worked.
    /// </summary>
    public async Task<IReadOnlySet<string>?> WritableAsync(SeenTask seen, CancellationToken cancel)
    {
        var task = seen.Task;
        var specialist = Role.SeeAllRequests(caller.Roles) && !seen.OnlyAsApprover;
        if (specialist && task.AccountId == caller.AccountId) return HomeFields;
        if (specialist && task.TeamAccountId == caller.AccountId) return ProviderFields;
        using (visible.ReadingMyApprovals())
            return await db.TaskApprovals.AnyAsync(a => a.TaskId == task.Id && a.ApproverId == caller.PersonId, cancel) ? ApproverFields : null;
    }

    /// <summary>The input is read only once the task is known to be the caller's to change: otherwise 404, whatever was sent.</summary>
    private async Task<(WorkflowTask? Updated, ApiResult? Refused)> ApplyAsync(
        long id, Func<WorkflowTask, ApiResult?> stale, Func<Task<(JsonBody<TaskUpdateInput>? Body, ApiResult? Error)>> read, CancellationToken cancel)
    {
        if (await visible.FindAsync(id, cancel) is not { } seen) return (null, ApiErrors.NotFound());
        await progression.LockAsync(seen.Task.WorkflowId, cancel);
        // Read again now that changes to this workflow take turns: the state to decide on is the latest.
        var task = await visible.Query(tracked: true).FirstOrDefaultAsync(t => t.Id == id, cancel);
        if (task is null) return (null, ApiErrors.NotFound());
        if (stale(task) is { } precondition) return (null, precondition);
        var (body, error) = await read();
        if (body is null) return (null, error!);
        var input = body.Value;

        if (await WritableAsync(seen with { Task = task }, cancel) is not { } allowed) return (null, ApiErrors.NotFound());

        var check = new Validation();
        foreach (var field in HomeFields.Where(f => body.Has(f) && !allowed.Contains(f))) check.Add(field, "can't be changed from this account");
        if (body.Has("subject")) check.Text("subject", input.Subject, Limits.Name, required: true);
        check.Text("instructions", input.Instructions, Limits.NoteText);
        if (body.Has("note")) check.Text("note", input.Note, Limits.NoteText, required: true);
        if (body.Has("internal_note")) check.Text("internal_note", input.InternalNote, Limits.NoteText, required: true);
        var status = body.Has("status") ? check.Enum<WorkflowTaskStatus>("status", input.Status) : null;
        if (body.Has("status") && input.Status is null) check.Add("status", "can't be blank");
        var impact = check.Enum<WorkImpact>("impact", input.Impact);
        if (!check.IsValid) return (null, check.Result!);

        var now = time.UtcNowToTheSecond();
        var before = task.Status;
        var answering = AnswerApproval.IsAnswer(task, status);
        if (answering)
        {
            if (await approval.AnswerAsync(task, status!.Value, now, cancel) is { } notYours) check.Add("status", notYours);
        }
        else if (status is { } to && TaskTransitions.Refusal(task.Category, task.Status, to) is { } refusal) check.Add("status", refusal);
        else if (allowed == ApproverFields && status is not null) check.Add("status", "an approver approves or rejects");
        if (TaskStatuses.IsFinished(task.Status) && before == task.Status && (body.Has("team_id") || body.Has("member_id")))
            check.Add("status", "is finished");
        await AssignAsync(task, body, allowed == ProviderFields, check, cancel);
        if (!check.IsValid) return (null, check.Result!);

        if (status is { } newStatus && !answering) task.Status = newStatus;
        if (TaskStatuses.IsFinished(task.Status) && !TaskStatuses.IsFinished(before)) task.FinishedAt = now;
        if (body.Has("subject")) task.Subject = input.Subject!.Trim();
        if (body.Has("impact")) task.Impact = impact;
        if (body.Has("instructions")) task.Instructions = input.Instructions;
        if (body.Has("note")) db.TaskNotes.Add(new TaskNote { TaskId = id, PersonId = caller.PersonId, Text = input.Note!.Trim() });
        if (body.Has("internal_note")) db.TaskNotes.Add(new TaskNote { TaskId = id, PersonId = caller.PersonId, Text = input.InternalNote!.Trim(), Internal = true });
        // An answer moves the workflow on as a status change does: the workflow's account decides the task by its answers.
        if (task.Status != before || answering) await progression.AdvanceAsync(task.WorkflowId, task.AccountId, cancel);
        else await db.SaveChangesAsync(cancel);
        if (body.Has("note") || body.Has("internal_note")) await noted.TouchAsync(task, cancel);
        return (task, null);
    }

    /// <summary>A new team (this account's, or a <c>tasks</c>-trusted one's from home; only its own for a provider), a member of it.</summary>
    private async Task AssignAsync(WorkflowTask task, JsonBody<TaskUpdateInput> body, bool provider, Validation check, CancellationToken cancel)
    {
        if (!body.Has("team_id") && !body.Has("member_id")) return;
        var input = body.Value;
        var team = task.TeamId is long current ? new AssignableTeam(current, task.TeamAccountId!) : null;
        if (body.Has("team_id") && input.TeamId != task.TeamId)
        {
            team = input.TeamId is long teamId ? await teams.FindAsync(teamId, provider ? null : caller.AccountId, TrustOptions.Tasks, cancel) : null;
            if (input.TeamId is not null && team is null) check.Add("team_id", provider ? "is not a team of this account" : TaskRules.UnknownTeam);
            else if (team is null && provider) check.Add("team_id", "can't be blank: the workflow's account takes a task back, not its provider");
        }
        var member = team?.Id == task.TeamId ? task.MemberId : null;
        if (body.Has("member_id"))
        {
            member = input.MemberId;
            if (member is long person && (team is null || !await teams.IsMemberAsync(person, team, cancel)))
                check.Add("member_id", "is not a member of the team");
        }
        if (!check.IsValid) return;
        (task.TeamId, task.TeamAccountId, task.MemberId) = (team?.Id, team?.AccountId, member);
        foreach (var approval in await db.TaskApprovals.Where(a => a.TaskId == task.Id).ToListAsync(cancel)) approval.TeamAccountId = task.TeamAccountId;
    }
}
