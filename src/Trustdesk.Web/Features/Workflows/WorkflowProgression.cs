using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Data.Stamping;
using Trustdesk.Domain.Requests;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Features.Requests;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>
/// Moves a workflow on after its tasks changed (product.md §6): decides its active approval tasks by their approvers'
/// answers (<see cref="Approvals"/>), activates every task whose predecessors are all completed or approved (and failure
/// tasks of failed ones), derives the workflow's and its phases' statuses from its tasks (<see cref="WorkflowProgress"/>),
/// and when the workflow completes, gives its linked requests back to their teams. It reads and writes in the workflow's
/// account: a provider completing its task, or an approver answering from their own account, moves the customer's
/// workflow on, which is exactly what the trust for tasks (or the approval asked of them) allows — they read nothing of it.
/// </summary>
public sealed class WorkflowProgression(TrustdeskDbContext db, RequestAudit audit, RequestClock clock, TimeProvider time)
{
    /// <summary>
    /// Lets concurrent changes to one workflow's tasks take turns until the transaction ends, so that the last of two
    /// concurrent completions sees both and a successor is activated exactly once. Take it before reading the tasks.
    /// </summary>
    public Task LockAsync(long workflowId, CancellationToken cancel) => db.TakeAsync($"workflow:{workflowId}", cancel);

    /// <summary>Saves pending changes, then moves the workflow on and saves again (in the caller's transaction).</summary>
    public async Task AdvanceAsync(long workflowId, string workflowAccountId, CancellationToken cancel)
    {
        await db.SaveChangesAsync(cancel);
        var account = await db.Accounts.AsNoTracking().FirstAsync(a => a.Id == workflowAccountId, cancel);
        using (db.Scope.Cross(Crossing.RecordsOwnAccount, account.Id, account.SharedDirectoryId))
        {
            var workflow = await db.Workflows.FirstAsync(w => w.Id == workflowId, cancel);
            var tasks = await db.WorkflowTasks.Where(t => t.WorkflowId == workflowId).ToListAsync(cancel);
            var phases = await db.WorkflowPhases.Where(p => p.WorkflowId == workflowId).ToListAsync(cancel);
            var dependencies = await db.TaskDependencies.AsNoTracking().Where(d => d.WorkflowId == workflowId)
                .Select(d => new DependencyEdge(d.PredecessorId, d.SuccessorId)).ToListAsync(cancel);
            var positions = phases.ToDictionary(p => p.Id, p => p.Position);
            WorkflowSnapshot Snapshot() => new(tasks.Select(t => new WorkflowTaskState(t.Id, t.Category, t.Status,
                t.PhaseId is long phase ? positions[phase] : null, t.IsFailureTask, t.FailureTaskId)), dependencies);

            var now = time.UtcNowToTheSecond();
            await DecideApprovalsAsync(tasks, now, cancel);
            foreach (var id in WorkflowProgress.ToActivate(Snapshot()))
            {
                var task = tasks.First(t => t.Id == id);
                task.Status = WorkflowTaskStatus.Assigned;
                task.ActivatedAt = now;
            }
            var snapshot = Snapshot();
            foreach (var phase in phases) phase.Status = WorkflowProgress.PhaseStatusOf(snapshot, phase.Position);
            var wasCompleted = workflow.Status == WorkflowStatus.Completed;
            workflow.Status = tasks.Count == 0 ? WorkflowStatus.Registered : WorkflowProgress.StatusOf(snapshot);
            if (workflow.Status == WorkflowStatus.Completed && !wasCompleted)
            {
                workflow.CompletedAt = now;
                workflow.CompletionReason ??= WorkflowCompletionReason.Complete;
                await ReleaseRequestsAsync(workflowId, now, cancel);
            }
            await db.SaveChangesAsync(cancel);
        }
    }

    /// <summary>An active approval task is approved or rejected as soon as its approvers' answers decide it.</summary>
    private async Task DecideApprovalsAsync(List<WorkflowTask> tasks, DateTime now, CancellationToken cancel)
    {
        var asked = tasks.Where(t => t.Category == WorkflowTaskCategory.Approval && TaskStatuses.IsActive(t.Status)).ToList();
        if (asked.Count == 0) return;
        var ids = asked.Select(t => t.Id).ToList();
        var answers = (await db.TaskApprovals.AsNoTracking().Where(a => ids.Contains(a.TaskId)).Select(a => new { a.TaskId, a.Status }).ToListAsync(cancel))
            .ToLookup(a => a.TaskId, a => a.Status);
        foreach (var task in asked)
        {
            var outcome = Approvals.Outcome(task.RequiredApprovals, answers[task.Id].ToList());
            if (outcome == ApprovalOutcome.Pending) continue;
            task.Status = outcome == ApprovalOutcome.Approved ? WorkflowTaskStatus.Approved : WorkflowTaskStatus.Rejected;
            task.FinishedAt = now;
        }
    }

    /// <summary>The linked requests waited for the workflow; now their teams take them up again.</summary>
    private async Task ReleaseRequestsAsync(long workflowId, DateTime now, CancellationToken cancel)
    {
        foreach (var request in await db.Requests.Where(r => r.WorkflowId == workflowId && r.Status == RequestStatus.WorkflowPending).ToListAsync(cancel))
        {
            var before = RequestAudit.Snapshot(request);
            request.Status = RequestStatus.Assigned;
            await clock.UpdateAsync(request, new StatusChange(now, request.Status), cancel);
            audit.Updated(request, before);
        }
    }
}
