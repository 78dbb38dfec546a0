using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation.Rules;
using Trustdesk.Domain.Requests;
using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;

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
    /// <summary>
    /// The side each branch of the request rule (<see cref="IsolationRules.Requests"/>) puts its viewer on, strongest
    /// first: an account that is both the request's customer and its provider works it as the provider.
    /// </summary>
    public static readonly IReadOnlyList<(string Branch, RequestSide Side)> SideOfBranch =
    [
        ("home", RequestSide.Own), ("provider", RequestSide.Provider), ("customer", RequestSide.Customer), ("requester", RequestSide.Requester),
    ];

    /// <summary>
    /// The caller's side of <paramref name="request"/>, which they can see; null when they may not change it at all. The
    /// branches of the one rule decide, asked of the request in memory with the accepted trusts between its account and
    /// the caller's (the only ones its branches ask). A specialist takes the strongest side the rule gives their account;
    /// anyone else, at most the requester's.
    /// </summary>
    public async Task<RequestSide?> OfAsync(Request request, CancellationToken cancel)
    {
        var me = caller.AccountId;
        var other = request.AccountId;
        // Only a specialist's side can rest on a trust, and none when the request lives here: then no round trip.
        var trusts = other == me || !visible.SeesAll ? [] : await db.Trusts.AsNoTracking()
            .Where(t => t.Status == TrustStatus.Accepted
                && ((t.CustomerAccountId == me && t.ProviderAccountId == other) || (t.CustomerAccountId == other && t.ProviderAccountId == me)))
            .ToListAsync(cancel);
        bool Trusted(string customer, string provider, TrustOptions option) =>
            trusts.Any(t => t.CustomerAccountId == customer && t.ProviderAccountId == provider && t.Grants(option));

        var viewer = new Viewer(me, RequesterId: caller.PersonId);
        var holding = IsolationRules.Requests.Branches.Where(b => b.When.Holds(request, viewer, Trusted)).Select(b => b.Name).ToHashSet();
        foreach (var (branch, side) in SideOfBranch)
            if (holding.Contains(branch) && (visible.SeesAll || side == RequestSide.Requester)) return side;
        return null;
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
            "note", "internal_note", "source", "sourceID", "problem_id",
        },
        [RequestSide.Provider] = new HashSet<string>(StringComparer.Ordinal)
            { "impact", "status", "completion_reason", "team_id", "member_id", "note", "internal_note", "problem_id" },
        [RequestSide.Customer] = new HashSet<string>(StringComparer.Ordinal) { "note", "internal_note", "problem_id" },
        [RequestSide.Requester] = new HashSet<string>(StringComparer.Ordinal) { "note" },
    };
}
