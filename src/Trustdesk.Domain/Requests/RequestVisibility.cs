using Trustdesk.Domain.Trusts;

namespace Trustdesk.Domain.Requests;

/// <summary>The accounts a request involves: where it lives and whom it names.</summary>
/// <param name="AccountId">The account the request lives in.</param>
/// <param name="CustomerAccountId">The covering SLA's customer account, when the request is served across a trust.</param>
/// <param name="TeamAccountId">The account of the assigned team.</param>
/// <param name="ServiceInstanceAccountId">The account of the applied service instance.</param>
public sealed record RequestParties(string AccountId, string? CustomerAccountId, string? TeamAccountId, string? ServiceInstanceAccountId);

/// <summary>Answers whether an accepted trust from <c>customer</c> to <c>provider</c> carries <c>option</c> now.</summary>
public delegate bool TrustLookup(string customerAccountId, string providerAccountId, TrustOptions option);

/// <summary>
/// The one visibility rule for requests (product.md §5). Account X sees request R when X is R's account, or one
/// of these holds now:
/// X is R's customer account and X trusts R's account with <c>services</c>;
/// X is the account of R's team, or of R's service instance, and R's account trusts X with <c>requests</c>.
/// Nothing else makes a request visible: not a shared directory, a former trust, or a person's roles elsewhere.
/// Every read path applies this rule (in SQL, and again in PostgreSQL row-level security); tests hold them together.
/// </summary>
public static class RequestVisibility
{
    public static bool CanSee(string viewerAccountId, RequestParties request, TrustLookup trusted) =>
        viewerAccountId == request.AccountId
        || (viewerAccountId == request.CustomerAccountId && trusted(viewerAccountId, request.AccountId, TrustOptions.Services))
        || ((viewerAccountId == request.TeamAccountId || viewerAccountId == request.ServiceInstanceAccountId)
            && trusted(request.AccountId, viewerAccountId, TrustOptions.Requests));

    /// <summary>Why the viewer sees it (for the "who can see this and why" panel), or null when it does not.</summary>
    public static string? Reason(string viewerAccountId, RequestParties request, TrustLookup trusted) =>
        viewerAccountId == request.AccountId ? "the request lives in this account"
        : viewerAccountId == request.CustomerAccountId && trusted(viewerAccountId, request.AccountId, TrustOptions.Services)
            ? "this account is the customer of the covering SLA (services trust)"
        : viewerAccountId == request.TeamAccountId && trusted(request.AccountId, viewerAccountId, TrustOptions.Requests)
            ? "the request is assigned to a team of this account (requests trust)"
        : viewerAccountId == request.ServiceInstanceAccountId && trusted(request.AccountId, viewerAccountId, TrustOptions.Requests)
            ? "the request is for a service instance of this account (requests trust)"
        : null;
}
