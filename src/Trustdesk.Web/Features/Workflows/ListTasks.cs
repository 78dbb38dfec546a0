using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;
using Trustdesk.Web.Features.Trusts;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>
/// Reads tasks: those of the account's workflows, and — once activated, across a <c>tasks</c> trust — those assigned to
/// the account's teams by another account (the data layer decides); reading them needs a role in the account. A person's
/// own approvals are read with no role, in any account they act in (<c>approval_by_me</c>, a task by id, its approvals;
/// ADR 29), inside <see cref="VisibleTasks.ReadingMyApprovals"/>.
/// </summary>
public sealed class ListTasks(TrustdeskDbContext db, Caller caller, VisibleTasks visible, TaskJson json, TaskApprovalJson approvalJson)
{
    private static readonly WorkflowTaskStatus[] Active =
    [
        WorkflowTaskStatus.Assigned, WorkflowTaskStatus.Accepted, WorkflowTaskStatus.InProgress, WorkflowTaskStatus.WaitingFor,
        WorkflowTaskStatus.WaitingForCustomer, WorkflowTaskStatus.RequestPending,
    ];

    private static readonly WorkflowTaskStatus[] Finished =
    [
        WorkflowTaskStatus.Completed, WorkflowTaskStatus.Approved, WorkflowTaskStatus.Rejected, WorkflowTaskStatus.Failed,
        WorkflowTaskStatus.Canceled, WorkflowTaskStatus.Declined,
    ];

    public static readonly IReadOnlyDictionary<string, Func<Caller, TrustdeskDbContext, System.Linq.Expressions.Expression<Func<WorkflowTask, bool>>>> Predefined =
        new Dictionary<string, Func<Caller, TrustdeskDbContext, System.Linq.Expressions.Expression<Func<WorkflowTask, bool>>>>(StringComparer.Ordinal)
        {
            ["open"] = (_, _) => t => !Finished.Contains(t.Status),
            ["finished"] = (_, _) => t => Finished.Contains(t.Status),
            ["assigned_to_me"] = (c, _) => t => t.MemberId == c.PersonId && Active.Contains(t.Status),
            // Teams of the current account the caller is a member of (team members are read in this account only).
            ["assigned_to_my_team"] = (c, db) => t => t.TeamAccountId == c.AccountId && Active.Contains(t.Status)
                && db.TeamMembers.Any(m => m.TeamId == t.TeamId && m.PersonId == c.PersonId),
            ["approval_by_me"] = (c, db) => t => t.Category == WorkflowTaskCategory.Approval && Active.Contains(t.Status)
                && db.TaskApprovals.Any(a => a.TaskId == t.Id && a.ApproverId == c.PersonId && a.Status == ApprovalStatus.Pending),
            // Not a 4me filter: the account's unfinished tasks left with a provider it no longer trusts with tasks (ADR 31).
            [StrandedWork.Filter] = (c, db) => StrandedWork.Tasks(db, c.AccountId, Finished),
        };

    private static readonly ListSpec<TaskApproval> ApprovalSpec = ListSpec.Of<TaskApproval>()
        .FilterAndSort("id", a => a.Id)
        .Filter("status", a => a.Status)
        .OrderBy(a => a.Id)
        .Fields<TaskApprovalResponse>(["approver", "status", "answered_at"]);

    public static readonly ListSpec<WorkflowTask> Spec = ListSpec.Of<WorkflowTask>()
        .FilterAndSort("id", t => t.Id)
        .FilterAndSort("subject", t => t.Subject)
        .FilterAndSort("category", t => t.Category)
        .FilterAndSort("status", t => t.Status)
        .Filter("workflow_id", t => t.WorkflowId)
        .Filter("team_id", t => t.TeamId)
        .Filter("member_id", t => t.MemberId)
        .FilterAndSort("activated_at", t => t.ActivatedAt)
        .FilterAndSort("finished_at", t => t.FinishedAt)
        .OrderBy(t => t.Id, descending: true)
        .Fields<FullTaskResponse>(TaskJson.CollectionFields);

    /// <summary>The predefined filter of a person's own approvals: it needs no role and crosses accounts (ADR 29).</summary>
    public const string ApprovalByMe = "approval_by_me";

    public static bool IsActive(WorkflowTaskStatus status) => Active.Contains(status);

    public async Task<ApiResult> ListAsync(HttpRequest request, string? predefined)
    {
        if (!caller.HasAnyRole && predefined != ApprovalByMe) return ApiErrors.Forbidden();
        using var approvals = Reading(predefined);
        return await Listing.PageAsync(request, Filtered(predefined), Spec, list => json.RenderAsync(list, request.HttpContext.RequestAborted));
    }

    /// <summary>One page of a predefined list (null: all), newest first, optionally by subject (ignoring case): the console's inbox.</summary>
    public async Task<ListPage<TaskResponse>> PageAsync(string? predefined, string? subjectContains, int page, int perPage, CancellationToken cancel)
    {
        using var approvals = Reading(predefined);
        var query = Filtered(predefined);
        if (!string.IsNullOrWhiteSpace(subjectContains))
        {
            var pattern = Listing.ContainsPattern(subjectContains);
            query = query.Where(t => EF.Functions.Like(t.Subject.ToLower(), pattern, Listing.LikeEscape));
        }
        var (rows, hasNext) = await Listing.SliceAsync(query.OrderByDescending(t => t.Id), page, perPage, cancel);
        return new ListPage<TaskResponse>(rows.Count == 0 ? [] : await json.RenderAsync(rows, cancel), hasNext);
    }

    /// <summary>
    /// The caller's approvals awaiting their answer, as <c>GET /v1/tasks/approval_by_me</c> lists them (newest first, at
    /// most <paramref name="max"/>), each with the version its answer form is given: the portal's "My approvals".
    /// </summary>
    public async Task<IReadOnlyList<(TaskResponse Task, int Version)>> AwaitingMyAnswerAsync(int max, CancellationToken cancel)
    {
        using var approvals = Reading(ApprovalByMe);
        var rows = await Filtered(ApprovalByMe).OrderByDescending(t => t.Id).Take(max).ToListAsync(cancel);
        var rendered = rows.Count == 0 ? [] : await json.RenderAsync(rows, cancel);
        return rows.Select((task, i) => (rendered[i], task.LockVersion)).ToList();
    }

    // The person's approvals are theirs in any account; every other list is the account's.
    private IDisposable? Reading(string? predefined) => predefined == ApprovalByMe ? visible.ReadingMyApprovals() : null;

    /// <summary>Which of <paramref name="ids"/> the predefined list <paramref name="predefined"/> holds: how the console marks records of a list on other pages.</summary>
    public async Task<IReadOnlySet<long>> WhichInAsync(string predefined, IReadOnlyCollection<long> ids, CancellationToken cancel) =>
        ids.Count == 0 ? new HashSet<long>()
            : (await Filtered(predefined).Where(t => ids.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancel)).ToHashSet();

    private IQueryable<WorkflowTask> Filtered(string? predefined)
    {
        var query = visible.Query();
        return predefined is null ? query : query.Where(Predefined[predefined](caller, db));
    }

    public async Task<ApiResult> GetAsync(long id, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (await visible.FindAsync(id, cancel) is not { } seen) return ApiErrors.NotFound();
        // Rendered as read: a task seen only as its approver in its approver's shape (its workflow's name is read there too).
        using var approvals = seen.OnlyAsApprover ? visible.ReadingMyApprovals() : null;
        return ApiResult.Ok(ApiJson.Node(await json.RenderAsync(seen.Task, cancel))).WithETag(seen.Task.LockVersion);
    }

    /// <summary>
    /// The task's predecessors or successors, as far as the caller sees them (dependencies stay in the workflow's account);
    /// an approver who sees the task only as such reads none of its neighbours (ADR 29).
    /// </summary>
    public async Task<ApiResult> NeighboursAsync(long id, HttpRequest request, bool predecessors)
    {
        if (await visible.FindAsync(id, request.HttpContext.RequestAborted) is not { OnlyAsApprover: false }) return ApiErrors.NotFound();
        var linked = predecessors
            ? db.TaskDependencies.Where(d => d.SuccessorId == id).Select(d => d.PredecessorId)
            : db.TaskDependencies.Where(d => d.PredecessorId == id).Select(d => d.SuccessorId);
        return await Listing.PageAsync(request, db.WorkflowTasks.AsNoTracking().Where(t => linked.Contains(t.Id)), Spec,
            list => json.RenderAsync(list, request.HttpContext.RequestAborted));
    }

    /// <summary>The answers of the task's approvers: whoever sees the task reads them, its approvers too (ADR 29).</summary>
    public async Task<ApiResult> ApprovalsAsync(long id, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        using var mine = visible.ReadingMyApprovals();
        if (await FindAsync(id, cancel) is not { } task) return ApiErrors.NotFound();
        return await Listing.PageAsync(request, db.TaskApprovals.AsNoTracking().Where(a => a.TaskId == id), ApprovalSpec,
            approvals => approvalJson.RenderAsync(task, approvals, cancel));
    }

    /// <summary>
    /// All the answers of the task's approvers, in the order <c>GET /v1/tasks/:id/approvals</c> lists them, as it renders
    /// them, for the console's and the portal's pages; null when the caller does not see the task.
    /// </summary>
    public async Task<IReadOnlyList<TaskApprovalResponse>?> ApprovalsOfAsync(long id, CancellationToken cancel)
    {
        using var mine = visible.ReadingMyApprovals();
        if (await FindAsync(id, cancel) is not { } task) return null;
        var approvals = await db.TaskApprovals.AsNoTracking().Where(a => a.TaskId == id).OrderBy(a => a.Id).ToListAsync(cancel);
        return await approvalJson.RenderAsync(task, approvals, cancel);
    }

    /// <summary>The task if the caller may read it, through their account or as its approver (<see cref="VisibleTasks.FindAsync"/>).</summary>
    public async Task<WorkflowTask?> FindAsync(long id, CancellationToken cancel) => (await visible.FindAsync(id, cancel))?.Task;
}
