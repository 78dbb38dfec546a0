using Trustdesk.Domain.Requests;
using Trustdesk.Domain.Trusts;

namespace Trustdesk.Domain.Workflows;

/// <summary>
/// The visibility rule for tasks and workflows (product.md §6, ADR 18 and 29), as named branches:
/// <list type="bullet">
/// <item><b>home</b>: account X sees task T when X is T's account (the workflow's);</item>
/// <item><b>provider</b>: X is the account of T's team, T is activated, and T's account trusts X with <c>tasks</c> now;</item>
/// <item><b>approver</b>: a person named approver of T sees T once it is activated, whatever account they act in
/// (any person may approve, ADR 29) — T itself, its approvers' answers and its workflow's header, nothing else of it.</item>
/// </list>
/// X sees a workflow's header when X is its account or sees one of its tasks. The first two are account branches (the
/// account filter, the row-level security policy, with a role in X); the third is read in the explicit approvals mode
/// (<c>AccountScope.ReadMyApprovals</c>), as a requester's own requests are. The EF filter and the PostgreSQL policy are
/// this rule in SQL; tests hold them together.
/// </summary>
public static class TaskVisibility
{
    /// <summary>Whether account <paramref name="viewerAccountId"/> sees the task (the home and provider branches).</summary>
    public static bool CanSee(string viewerAccountId, string taskAccountId, string? teamAccountId, bool activated, TrustLookup trusted) =>
        viewerAccountId == taskAccountId
        || (viewerAccountId == teamAccountId && activated && trusted(taskAccountId, viewerAccountId, TrustOptions.Tasks));

    /// <summary>Whether person <paramref name="personId"/> sees the task as one of its approvers (the approver branch).</summary>
    public static bool ApproverSees(long personId, IReadOnlyCollection<long> approverIds, bool activated) =>
        activated && approverIds.Contains(personId);

    /// <summary>Why a person sees a task that their account does not show them (the pages say so).</summary>
    public const string ApproverReason = "You see this task as one of its approvers: its answers and its workflow's header, nothing else of it.";
}
