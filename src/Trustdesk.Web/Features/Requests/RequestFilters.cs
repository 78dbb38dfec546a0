using System.Linq.Expressions;
using Trustdesk.Data;
using Trustdesk.Domain.Requests;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Trusts;

namespace Trustdesk.Web.Features.Requests;

/// <summary>4me's predefined request filters, as path suffixes.</summary>
public static class RequestFilters
{
    public const string RequestedByOrForMe = "requested_by_or_for_me";
    public const string WaitingForMe = "waiting_for_me";

    private static readonly RequestStatus[] Closed = [RequestStatus.Completed, RequestStatus.Declined];

    public static readonly IReadOnlyDictionary<string, Func<Caller, TrustdeskDbContext, Expression<Func<Request, bool>>>> Predefined =
        new Dictionary<string, Func<Caller, TrustdeskDbContext, Expression<Func<Request, bool>>>>(StringComparer.Ordinal)
        {
            ["open"] = (_, _) => r => !Closed.Contains(r.Status),
            ["completed"] = (_, _) => r => r.Status == RequestStatus.Completed,
            [RequestedByOrForMe] = (caller, _) => r => r.RequestedById == caller.PersonId || r.RequestedForId == caller.PersonId,
            ["assigned_to_me"] = (caller, _) => r => r.MemberId == caller.PersonId && !Closed.Contains(r.Status),
            // Teams of the current account the caller is a member of (team members are read in this account only).
            ["assigned_to_my_team"] = (caller, db) => r => r.TeamAccountId == caller.AccountId && !Closed.Contains(r.Status)
                && db.TeamMembers.Any(m => m.TeamId == r.TeamId && m.PersonId == caller.PersonId),
            [WaitingForMe] = (caller, _) => r => r.Status == RequestStatus.WaitingForCustomer
                && (r.RequestedById == caller.PersonId || r.RequestedForId == caller.PersonId),
            // Not a 4me filter: the account's open requests left with a provider it no longer trusts with requests (ADR 31).
            [StrandedWork.Filter] = (caller, db) => StrandedWork.Requests(db, caller.AccountId, Closed),
        };
}
