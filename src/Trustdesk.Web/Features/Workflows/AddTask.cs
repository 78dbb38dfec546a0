using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Trusts;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Trusts;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>
/// <c>POST /v1/tasks</c>: a task added by hand to a workflow of this account that is not completed, with its team (of
/// this account, or of one it trusts with <c>tasks</c>), predecessors among the workflow's tasks and, for approval
/// tasks, its approvers. It is activated at once when its predecessors are done.
/// </summary>
public sealed class AddTask(
    TrustdeskDbContext db, Caller caller, TrustedTeams teams, WorkflowProgression progression, TaskJson json)
{
    public async Task<ApiResult> HandleAsync(HttpRequest request)
    {
        if (!caller.IsAdministrator && !SaveWorkflow.Writers.Any(caller.Roles.Contains)) return ApiErrors.Forbidden();
        var cancel = request.HttpContext.RequestAborted;
        var (body, error) = await JsonBody.ReadAsync<TaskInput>(request);
        if (body is null) return error!;
        var input = body.Value;

        var check = new Validation().Text("subject", input.Subject, Limits.Name, required: true)
            .Text("instructions", input.Instructions, Limits.NoteText)
            .Text("source", input.Source, Limits.Code).Text("sourceID", input.SourceId, Limits.Code);
        var category = check.Enum<WorkflowTaskCategory>("category", input.Category);
        if (input.Category is null) check.Add("category", "can't be blank");
        var impact = check.Enum<WorkImpact>("impact", input.Impact);
        if (input.PlannedDuration is < 0) check.Add("planned_duration", "must be 0 or more minutes");
        var workflow = input.WorkflowId is long workflowId
            ? await db.Workflows.FirstOrDefaultAsync(w => w.Id == workflowId && w.AccountId == caller.AccountId, cancel) : null;
        if (workflow is null) check.Add("workflow_id", "is not a workflow of this account");
        else if (workflow.Status == WorkflowStatus.Completed) check.Add("workflow_id", "is completed: a finished workflow is not changed any more");
        if (!check.IsValid) return check.Result!;
        await progression.LockAsync(workflow!.Id, cancel);

        var team = input.TeamId is long teamId ? await teams.FindAsync(teamId, caller.AccountId, TrustOptions.Tasks, cancel) : null;
        if (input.TeamId is not null && team is null) check.Add("team_id", TaskRules.UnknownTeam);
        if (input.MemberId is long member && (team is null || !await teams.IsMemberAsync(member, team, cancel)))
            check.Add("member_id", "is not a member of the team");
        if (input.PhaseId is long phase && !await db.WorkflowPhases.AnyAsync(p => p.Id == phase && p.WorkflowId == workflow.Id, cancel))
            check.Add("phase_id", "is not a phase of the workflow");
        var predecessors = (input.PredecessorIds ?? []).Distinct().ToList();
        var known = await db.WorkflowTasks.Where(t => t.WorkflowId == workflow.Id && predecessors.Contains(t.Id)).CountAsync(cancel);
        if (known != predecessors.Count) check.Add("predecessor_ids", "are not all tasks of the workflow");
        var approvers = (input.ApproverIds ?? []).Distinct().ToList();
        TaskRules.CheckApprovals(category, input.RequiredApprovals, approvers, check);
        var seen = await db.People.CountAsync(p => approvers.Contains(p.Id), cancel);
        if (seen != approvers.Count) check.Add("approver_ids", "are not all people of this account");
        if (!check.IsValid) return check.Result!;

        var task = new WorkflowTask
        {
            WorkflowId = workflow.Id, PhaseId = input.PhaseId, Subject = input.Subject!.Trim(), Category = category!.Value, Impact = impact,
            Instructions = input.Instructions, TeamId = team?.Id, TeamAccountId = team?.AccountId, MemberId = input.MemberId,
            PlannedDuration = input.PlannedDuration, RequiredApprovals = input.RequiredApprovals, Source = input.Source, SourceId = input.SourceId,
        };
        db.WorkflowTasks.Add(task);
        await db.SaveChangesAsync(cancel);
        foreach (var predecessor in predecessors)
            db.TaskDependencies.Add(new TaskDependency { WorkflowId = workflow.Id, PredecessorId = predecessor, SuccessorId = task.Id });
        TaskApprovers.Name(db, task, approvers);
        await progression.AdvanceAsync(workflow.Id, workflow.AccountId, cancel);
        return ApiResult.Created(ApiJson.Node(await json.RenderAsync(task, cancel))).WithETag(task.LockVersion);
    }
}
