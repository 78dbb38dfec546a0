using Trustdesk.Data;
using Trustdesk.Domain.Requests;
using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Trusts;

namespace Trustdesk.Web.Features.Requests;

/// <summary>How the caller stands to a request they can see, which decides what they may change.</summary>
public enum RequestSide
{
    /// <summary>A specialist of the account the request lives in: everything.</summary>
    Own,

    /// <summary>
    /// A specialist of the account of the request's team or service instance, trusted with <c>requests</c>: works the
    /// request in place (status, impact, its own teams and members, notes).
    /// </summary>
    Provider,

    /// <summary>A specialist of the covering SLA's customer account (services trust): follows it and adds notes.</summary>
    Customer,

    /// <summary>The person who asked for it or for whom it was asked: adds public notes.</summary>
    Requester,
}

public sealed class RequestSides(TrustdeskDbContext db, Caller caller, VisibleRequests visible)
{
    /// <summary>The caller's side of <paramref name="request"/>, which they can see; null when they may not change it at all.</summary>
    public async Task<RequestSide?> OfAsync(Request request, CancellationToken cancel)
    {
        var me = caller.AccountId;
        if (visible.SeesAll)
        {
            if (request.AccountId == me) return RequestSide.Own;
            if ((request.TeamAccountId == me || request.ServiceInstanceAccountId == me)
                && await AcceptedTrusts.ExistsAsync(db, request.AccountId, me, TrustOptions.Requests, cancel))
                return RequestSide.Provider;
            if (request.CustomerAccountId == me && await AcceptedTrusts.ExistsAsync(db, me, request.AccountId, TrustOptions.Services, cancel))
                return RequestSide.Customer;
        }
        return request.RequestedById == caller.PersonId || request.RequestedForId == caller.PersonId ? RequestSide.Requester : null;
    }

    /// <summary>Refuses each sent field that <paramref name="side"/> may not change, saying why.</summary>
    public static void Refuse(RequestSide side, Func<string, bool> sent, Validation check)
    {
        foreach (var field in Writable[RequestSide.Own].Where(f => sent(f) && !Writable[side].Contains(f)))
            check.Add(field, side == RequestSide.Requester ? "can't be changed by the requester" : "can't be changed from this account");
    }

    /// <summary>The fields each side may change (notes are added by every side; internal ones not by the requester).</summary>
    public static readonly IReadOnlyDictionary<RequestSide, IReadOnlySet<string>> Writable = new Dictionary<RequestSide, IReadOnlySet<string>>
    {
        [RequestSide.Own] = new HashSet<string>(StringComparer.Ordinal)
        {
            "subject", "category", "impact", "status", "completion_reason", "team_id", "member_id", "service_instance_id",
            "note", "internal_note", "source", "sourceID",
        },
        [RequestSide.Provider] = new HashSet<string>(StringComparer.Ordinal)
            { "impact", "status", "completion_reason", "team_id", "member_id", "note", "internal_note" },
        [RequestSide.Customer] = new HashSet<string>(StringComparer.Ordinal) { "note", "internal_note" },
        [RequestSide.Requester] = new HashSet<string>(StringComparer.Ordinal) { "note" },
    };
}
