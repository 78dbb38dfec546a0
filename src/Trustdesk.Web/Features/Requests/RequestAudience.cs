using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation.Rules;
using Trustdesk.Domain.Requests;
using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Trusts;

namespace Trustdesk.Web.Features.Requests;

/// <summary>
/// <c>GET /v1/requests/:id/audience</c>: who can see this request and why — each account the request involves (where
/// it lives, its customer, the accounts of its team and service instance), whether that account sees it now, the
/// reason in words and the trust that grants it. The answer uses the one rule (<see cref="IsolationRules.Requests"/>) over
/// the trusts the caller's account may read: a trust between two other accounts is not disclosed (ADR 21), so such a
/// party's <c>sees</c> is null.
/// </summary>
public sealed class RequestAudience(TrustdeskDbContext db, Caller caller, VisibleRequests visible, References references)
{
    public async Task<ApiResult> HandleAsync(long requestId, CancellationToken cancel)
    {
        if (await EntriesAsync(requestId, cancel) is not { } entries) return ApiErrors.NotFound();
        var body = new JsonArray();
        foreach (var entry in entries) body.Add(ApiJson.Node(entry));
        return ApiResult.Ok(body);
    }

    /// <summary>Who can see the request and why, one entry per involved account; null when the caller does not see the request.</summary>
    public async Task<IReadOnlyList<RequestAudienceResponse>?> EntriesAsync(long requestId, CancellationToken cancel)
    {
        using var own = visible.ReadingOwnRequests(alsoForSpecialists: true);
        var found = await visible.Query().FirstOrDefaultAsync(r => r.Id == requestId, cancel);
        if (found is null) return null;

        var involved = new[] { found.AccountId, found.CustomerAccountId, found.TeamAccountId, found.ServiceInstanceAccountId }
            .OfType<string>().Distinct().ToList();
        // The filter leaves exactly the trusts the caller's account is a side of; any other trust stays unknown here.
        var trusts = await db.Trusts.AsNoTracking()
            .Where(t => involved.Contains(t.CustomerAccountId) && involved.Contains(t.ProviderAccountId) && t.Status == TrustStatus.Accepted)
            .ToListAsync(cancel);
        await references.LoadAccountsAsync(involved, cancel);

        return involved.Select(account => Entry(account, found, trusts)).ToList();
    }

    private RequestAudienceResponse Entry(string account, Request request, List<Trust> readable)
    {
        Trust? granting = null;
        bool Trusted(string customer, string provider, TrustOptions option)
        {
            granting = readable.FirstOrDefault(t => t.CustomerAccountId == customer && t.ProviderAccountId == provider && t.Grants(option));
            return granting is not null;
        }

        var viewer = new Viewer(account);
        var reason = IsolationRules.Requests.Granting(request, viewer, Trusted)?.ReasonFor(request, viewer);
        // Without a readable grant, the party's trust with the request's account is one the caller's account is not a
        // side of, unless the caller's account lives on one side of the pair: then the absence is known.
        var known = reason is not null || account == request.AccountId || KnowsTrustsBetween(account, request.AccountId);
        return new RequestAudienceResponse
        {
            Account = references.AccountRef(account),
            Sees = known ? reason is not null : null,
            Reason = reason ?? (known ? "no accepted trust grants it" : "not disclosed: a trust between two other accounts"),
            Trust = granting is not { } trust ? null : new RequestAudienceTrust
            {
                Id = trust.Id,
                CustomerAccount = references.AccountRef(trust.CustomerAccountId),
                ProviderAccount = references.AccountRef(trust.ProviderAccountId),
                Options = TrustJson.OptionNames.Where(o => trust.Options.HasFlag(o.Value)).Select(o => o.Key).ToList(),
            },
        };
    }

    private bool KnowsTrustsBetween(string a, string b) => caller.AccountId == a || caller.AccountId == b;
}
