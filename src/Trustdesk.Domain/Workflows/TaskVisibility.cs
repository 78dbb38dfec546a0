using Trustdesk.Domain.Requests;
using Trustdesk.Domain.Trusts;

namespace Trustdesk.Domain.Workflows;

/// <summary>
/// The visibility rule for tasks and workflows (product.md §6). Account X sees task T when X is T's account (the
/// workflow's), or when X is the account of T's team, T is activated, and T's account trusts X with <c>tasks</c> now.
/// X sees a workflow's header when X is its account or sees one of its tasks. The EF filter and the PostgreSQL policy
/// are this rule in SQL; tests hold them together.
/// </summary>
public static class TaskVisibility
{
    public static bool CanSee(string viewerAccountId, string taskAccountId, string? teamAccountId, bool activated, TrustLookup trusted) =>
        viewerAccountId == taskAccountId
        || (viewerAccountId == teamAccountId && activated && trusted(taskAccountId, viewerAccountId, TrustOptions.Tasks));
}
