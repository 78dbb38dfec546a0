using System.Linq.Expressions;
using Trustdesk.Data;
using Trustdesk.Domain.Requests;
using Trustdesk.Domain.Trusts;
using Trustdesk.Domain.Workflows;

namespace Trustdesk.Web.Features.Trusts;

/// <summary>
/// Work left with a provider that can no longer see it: an open request or task of the account, assigned to a team of
/// another account that the account no longer trusts with the option that lets the work cross (<c>requests</c> for
/// requests, <c>tasks</c> for tasks) — the trust was revoked, or the option removed by an amendment. Nobody there sees
/// it any more, and it waits until the account takes it back (ADR 31). The predefined filter <c>stranded</c> of
/// <c>/v1/requests</c> and <c>/v1/tasks</c> (and the console's inbox) lists it; "trusted now" is
/// <see cref="AcceptedTrusts.ProvidersOf"/>, the rule the hand-over itself asks.
/// </summary>
public static class StrandedWork
{
    public const string Filter = "stranded";

    /// <summary>The requests of <paramref name="accountId"/> stranded with an untrusted provider; <paramref name="closed"/> are the statuses that need no more work.</summary>
    public static Expression<Func<Request, bool>> Requests(TrustdeskDbContext db, string accountId, IReadOnlyCollection<RequestStatus> closed)
    {
        var trusted = AcceptedTrusts.ProvidersOf(db, accountId, TrustOptions.Requests);
        return r => r.AccountId == accountId && !closed.Contains(r.Status)
            && r.TeamAccountId != null && r.TeamAccountId != accountId && !trusted.Contains(r.TeamAccountId);
    }

    /// <summary>The tasks of <paramref name="accountId"/>'s workflows stranded with an untrusted provider, activated or not; <paramref name="finished"/> need no more work.</summary>
    public static Expression<Func<WorkflowTask, bool>> Tasks(TrustdeskDbContext db, string accountId, IReadOnlyCollection<WorkflowTaskStatus> finished)
    {
        var trusted = AcceptedTrusts.ProvidersOf(db, accountId, TrustOptions.Tasks);
        return t => t.AccountId == accountId && !finished.Contains(t.Status)
            && t.TeamAccountId != null && t.TeamAccountId != accountId && !trusted.Contains(t.TeamAccountId);
    }
}
