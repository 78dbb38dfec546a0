using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>
/// Which tasks and workflows the caller may read, the one answer of <c>GET /v1/tasks/:id</c>, <c>GET /v1/workflows/:id</c>,
/// their lists and the live events about them (product.md §6, <see cref="Trustdesk.Data.Isolation.Rules.IsolationRules.Tasks"/>). Through the account, reading
/// needs a role there, and the data layer decides the rest: a task is seen in its own account, and in the account of its
/// team once activated while the workflow's account trusts that account with <c>tasks</c>; a workflow's header wherever
/// one of its tasks is. Besides, a person named approver of a task sees it once activated, whatever account they act in
/// and with no role (ADR 29) — read inside <see cref="ReadingMyApprovals"/>, which widens the data layer to exactly that,
/// as a requester's own requests are read (<c>VisibleRequests</c>).
/// </summary>
public sealed class VisibleTasks(TrustdeskDbContext db, Caller caller)
{
    /// <summary>
    /// Makes the caller's approval tasks in any account readable (and their answers answerable) for the duration of the
    /// returned scope; queries must run inside it. Task notes are not read inside it: an approver reads no notes.
    /// </summary>
    public IDisposable ReadingMyApprovals() => db.Scope.ReadMyApprovals(caller.PersonId);

    /// <summary>
    /// The tasks the caller may read: with a role, all the data layer shows (inside <see cref="ReadingMyApprovals"/> their
    /// approval tasks elsewhere too); without one, only the tasks naming them approver.
    /// </summary>
    public IQueryable<WorkflowTask> Query(bool tracked = false)
    {
        var tasks = tracked ? db.WorkflowTasks : db.WorkflowTasks.AsNoTracking();
        if (caller.HasAnyRole || db.Switches.Plants(PlantedBugs.TasksWithoutRole)) return tasks; // TEST ONLY bug
        // Without a role the account shows nothing: what the data layer shows of the account is left out, the approver
        // branch (IsolationRules.Tasks, "approver") kept.
        var me = caller.PersonId;
        return tasks.Where(t => t.ActivatedAt != null && t.ApproverIds.Contains(me));
    }

    /// <summary>The tasks the caller's account shows them (a role needed); read outside <see cref="ReadingMyApprovals"/>.</summary>
    public IQueryable<WorkflowTask> ByAccount() => caller.HasAnyRole ? db.WorkflowTasks.AsNoTracking() : db.WorkflowTasks.AsNoTracking().Where(_ => false);

    /// <summary>The workflows whose header the caller may read, as <see cref="Query"/> for tasks.</summary>
    public IQueryable<Workflow> Workflows()
    {
        var workflows = db.Workflows.AsNoTracking();
        if (caller.HasAnyRole) return workflows;
        var tasks = Query();
        return workflows.Where(w => tasks.Any(t => t.WorkflowId == w.Id));
    }

    /// <summary>
    /// The task with this id if the caller may read it, and whether only as its approver; null when they may not. Through
    /// the account first (the usual case, one query), then among their approvals.
    /// </summary>
    public async Task<SeenTask?> FindAsync(long id, CancellationToken cancel, bool tracked = false)
    {
        if (caller.HasAnyRole)
            using (db.Scope.ReadMyApprovals(null))
                if (await Query(tracked).FirstOrDefaultAsync(t => t.Id == id, cancel) is { } byAccount) return new(byAccount, false);
        using (ReadingMyApprovals())
            return await Query(tracked).FirstOrDefaultAsync(t => t.Id == id, cancel) is { } mine ? new(mine, true) : null;
    }

    /// <summary>The workflow with this id if the caller may read its header, and whether only through an approval; null otherwise.</summary>
    public async Task<SeenWorkflow?> FindWorkflowAsync(long id, CancellationToken cancel)
    {
        if (caller.HasAnyRole)
            using (db.Scope.ReadMyApprovals(null))
                if (await Workflows().FirstOrDefaultAsync(w => w.Id == id, cancel) is { } byAccount) return new(byAccount, false);
        using (ReadingMyApprovals())
            return await Workflows().FirstOrDefaultAsync(w => w.Id == id, cancel) is { } mine ? new(mine, true) : null;
    }

    /// <summary>
    /// Of these tasks, read as the caller reads them now, those they see only as their approver: their account does not
    /// show them (or they have no role), so they read the task and its answers, and nothing else of it or its workflow.
    /// </summary>
    public async Task<IReadOnlySet<long>> OnlyAsApproverAsync(IReadOnlyCollection<long> taskIds, CancellationToken cancel)
    {
        if (!caller.HasAnyRole) return taskIds.ToHashSet();
        if (taskIds.Count == 0 || db.Scope.ApproverId is null) return new HashSet<long>();
        List<long> byAccount;
        using (db.Scope.ReadMyApprovals(null))
            byAccount = await db.WorkflowTasks.AsNoTracking().Where(t => taskIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancel);
        return taskIds.Except(byAccount).ToHashSet();
    }

    /// <summary>Of these workflows, read as the caller reads them now, those they see only through an approval (header only).</summary>
    public async Task<IReadOnlySet<long>> WorkflowsOnlyAsApproverAsync(IReadOnlyCollection<long> workflowIds, CancellationToken cancel)
    {
        if (!caller.HasAnyRole) return workflowIds.ToHashSet();
        if (workflowIds.Count == 0 || db.Scope.ApproverId is null) return new HashSet<long>();
        List<long> byAccount;
        using (db.Scope.ReadMyApprovals(null))
            byAccount = await db.Workflows.AsNoTracking().Where(w => workflowIds.Contains(w.Id)).Select(w => w.Id).ToListAsync(cancel);
        return workflowIds.Except(byAccount).ToHashSet();
    }
}

/// <summary>A task the caller reads, and whether only as one of its approvers (<see cref="VisibleTasks.FindAsync"/>).</summary>
public sealed record SeenTask(WorkflowTask Task, bool OnlyAsApprover);

/// <summary>A workflow whose header the caller reads, and whether only through an approval (<see cref="VisibleTasks.FindWorkflowAsync"/>).</summary>
public sealed record SeenWorkflow(Workflow Workflow, bool OnlyAsApprover);
