using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>
/// Renders tasks as <see cref="TaskResponse"/>. Its team and member are named in the team's account; its workflow by the
/// header the caller may see; its phase only at home (phases are not shown to other accounts). A caller who sees the task
/// only as one of its approvers gets <see cref="TaskForApproverResponse"/> (ADR 29).
/// </summary>
public sealed class TaskJson(TrustdeskDbContext db, NamesInAccounts names, References references, VisibleTasks visible)
{
    public static readonly string[] CollectionFields =
        ["subject", "category", "status", "workflow", "team", "member", "account", "created_at", "updated_at"];

    public async Task<IReadOnlyList<TaskResponse>> RenderAsync(IReadOnlyList<WorkflowTask> tasks, CancellationToken cancel)
    {
        var approverOnly = db.Switches.Plants(PlantedBugs.ApproverSeesWholeTask) // TEST ONLY bug
            ? new HashSet<long>() : await visible.OnlyAsApproverAsync(tasks.Select(t => t.Id).ToList(), cancel);
        var worked = tasks.Where(t => !approverOnly.Contains(t.Id)).ToList();
        var teams = await names.TeamsAsync(worked.Where(t => t.TeamId is not null).Select(t => (t.TeamId!.Value, t.TeamAccountId!)), cancel);
        var members = await names.PeopleAsync(worked.Where(t => t.MemberId is not null).Select(t => (t.MemberId!.Value, t.TeamAccountId ?? t.AccountId)), cancel);
        var workflowIds = tasks.Select(t => t.WorkflowId).Distinct().ToList();
        var workflows = await db.Workflows.AsNoTracking().Where(w => workflowIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Subject, cancel);
        var phaseIds = worked.Select(t => t.PhaseId).OfType<long>().Distinct().ToList();
        var phases = await db.WorkflowPhases.AsNoTracking().Where(p => phaseIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancel);
        await references.LoadAccountsAsync(tasks.Select(t => t.AccountId).Concat(tasks.Select(t => t.TeamAccountId).OfType<string>())
            .Concat(members.Values.Select(m => m.OwnerAccountId)), cancel);

        return tasks.Select(t =>
        {
            var workflow = references.Ref(t.WorkflowId, workflows.GetValueOrDefault(t.WorkflowId), t.AccountId)!;
            if (approverOnly.Contains(t.Id))
                return new TaskForApproverResponse
                {
                    Id = t.Id,
                    Subject = t.Subject,
                    Category = t.Category,
                    Status = t.Status,
                    Instructions = t.Instructions,
                    Workflow = workflow,
                    RequiredApprovals = t.RequiredApprovals,
                    CreatedAt = t.CreatedAt,
                    UpdatedAt = t.UpdatedAt,
                    Account = references.ForeignAccount(t.AccountId),
                };
            return (TaskResponse)new FullTaskResponse
            {
                Id = t.Id,
                Subject = t.Subject,
                Category = t.Category,
                Status = t.Status,
                Impact = t.Impact,
                Instructions = t.Instructions,
                Workflow = workflow,
                Phase = t.PhaseId is long phase && phases.TryGetValue(phase, out var phaseName) ? new RecordRef(phase, phaseName) : null,
                Team = t.TeamId is long team
                    ? references.Ref(team, teams.TryGetValue((team, t.TeamAccountId!), out var teamName) ? teamName.Name : null, t.TeamAccountId)
                    : null,
                Member = t.MemberId is not long member ? null
                    : members.TryGetValue((member, t.TeamAccountId ?? t.AccountId), out var known) ? references.Ref(member, known.Name, known.OwnerAccountId)
                    : references.Ref(member, null, t.TeamAccountId),
                PlannedDuration = t.PlannedDuration,
                RequiredApprovals = t.RequiredApprovals,
                FailureTask = t.FailureTaskId is long failure ? new IdRef(failure) : null,
                ActivatedAt = t.ActivatedAt,
                FinishedAt = t.FinishedAt,
                Source = t.Source,
                SourceId = t.SourceId,
                CreatedAt = t.CreatedAt,
                UpdatedAt = t.UpdatedAt,
                Account = references.ForeignAccount(t.AccountId),
            };
        }).ToList();
    }

    public async Task<TaskResponse> RenderAsync(WorkflowTask task, CancellationToken cancel) => (await RenderAsync([task], cancel))[0];
}
