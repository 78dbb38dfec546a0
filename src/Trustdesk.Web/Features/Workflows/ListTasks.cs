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
/// the account's teams by another account (the data layer decides). Reading tasks needs a role in the account.
/// </summary>
public sealed class ListTasks(TrustdeskDbContext db, Caller caller, VisibleTasks visible, TaskJson json)
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

    public static readonly ListSpec<WorkflowTask> Spec = new ListSpec<WorkflowTask>()
        .FilterAndSort("id", t => t.Id)
        .FilterAndSort("subject", t => t.Subject)
        .FilterAndSort("category", t => t.Category)
        .FilterAndSort("status", t => t.Status)
        .Filter("workflow_id", t => t.WorkflowId)
        .Filter("team_id", t => t.TeamId)
        .Filter("member_id", t => t.MemberId)
        .FilterAndSort("activated_at", t => t.ActivatedAt)
        .FilterAndSort("finished_at", t => t.FinishedAt)
        .FilterAndSort("created_at", t => t.CreatedAt)
        .FilterAndSort("updated_at", t => t.UpdatedAt)
        .OrderBy(t => t.Id, descending: true)
        .Fields(TaskJson.CollectionFields, TaskJson.AllFields);

    public static bool IsActive(WorkflowTaskStatus status) => Active.Contains(status);

    public async Task<ApiResult> ListAsync(HttpRequest request, string? predefined)
    {
        if (!caller.HasAnyRole) return ApiErrors.Forbidden();
        return await Listing.PageAsync(request, Filtered(predefined), Spec, list => json.RenderAsync(list, request.HttpContext.RequestAborted));
    }

    /// <summary>One page of a predefined list (null: all), newest first, optionally by subject (ignoring case): the console's inbox.</summary>
    public async Task<ListPage> PageAsync(string? predefined, string? subjectContains, int page, int perPage, CancellationToken cancel)
    {
        var query = Filtered(predefined);
        if (!string.IsNullOrWhiteSpace(subjectContains))
        {
            var pattern = Listing.ContainsPattern(subjectContains);
            query = query.Where(t => EF.Functions.Like(t.Subject.ToLower(), pattern, Listing.LikeEscape));
        }
        var (rows, hasNext) = await Listing.SliceAsync(query.OrderByDescending(t => t.Id), page, perPage, cancel);
        return new ListPage(rows.Count == 0 ? [] : await json.RenderAsync(rows, cancel), hasNext);
    }

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
        var found = await FindAsync(id, cancel);
        return found is null ? ApiErrors.NotFound() : ApiResult.Ok(await json.RenderAsync(found, cancel)).WithETag(found.LockVersion);
    }

    /// <summary>The task's predecessors or successors, as far as the caller sees them (dependencies stay in the workflow's account).</summary>
    public async Task<ApiResult> NeighboursAsync(long id, HttpRequest request, bool predecessors)
    {
        if (await FindAsync(id, request.HttpContext.RequestAborted) is null) return ApiErrors.NotFound();
        var linked = predecessors
            ? db.TaskDependencies.Where(d => d.SuccessorId == id).Select(d => d.PredecessorId)
            : db.TaskDependencies.Where(d => d.PredecessorId == id).Select(d => d.SuccessorId);
        return await Listing.PageAsync(request, db.WorkflowTasks.AsNoTracking().Where(t => linked.Contains(t.Id)), Spec,
            list => json.RenderAsync(list, request.HttpContext.RequestAborted));
    }

    public async Task<ApiResult> ApprovalsAsync(long id, HttpRequest request, NamesInAccounts names, References references)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (await FindAsync(id, cancel) is not { } task) return ApiErrors.NotFound();
        var approvals = await db.TaskApprovals.AsNoTracking().Where(a => a.TaskId == id).OrderBy(a => a.Id).ToListAsync(cancel);
        var approvers = await names.PeopleAsync(approvals.Select(a => (a.ApproverId, task.AccountId)), cancel);
        await references.LoadAccountsAsync(approvers.Values.Select(a => a.OwnerAccountId), cancel);
        var body = new System.Text.Json.Nodes.JsonArray();
        foreach (var approval in approvals)
        {
            var approver = approvers.TryGetValue((approval.ApproverId, task.AccountId), out var known) ? known : ((string Name, string OwnerAccountId)?)null;
            body.Add(new System.Text.Json.Nodes.JsonObject
            {
                ["id"] = approval.Id,
                ["approver"] = references.Record(approval.ApproverId, approver?.Name, approver?.OwnerAccountId ?? task.AccountId),
                ["status"] = Trustdesk.Data.Configurations.SnakeCaseEnum<ApprovalStatus>.Name(approval.Status),
                ["answered_at"] = ApiJson.Timestamp(approval.AnsweredAt),
            });
        }
        return ApiResult.Ok(body);
    }

    public Task<WorkflowTask?> FindAsync(long id, CancellationToken cancel) => visible.Query().FirstOrDefaultAsync(t => t.Id == id, cancel);
}
