using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Requests;

/// <summary>
/// One account a request involves, as <c>GET /v1/requests/:id/audience</c> answers it (ADR 21): whether it sees the
/// request, why, and the trust that grants it. The order of the properties is the order on the wire.
/// </summary>
public sealed record RequestAudienceResponse
{
    /// <summary>The account: where the request lives, its customer, or the account of its team or service instance.</summary>
    public required AccountRef Account { get; init; }

    /// <summary>
    /// Whether the account sees the request now; null when that is not disclosed: it would depend on a trust between two
    /// other accounts, which the caller's account is not a side of.
    /// </summary>
    public required bool? Sees { get; init; }

    /// <summary>Why, in words (<c>the request lives in this account</c>, <c>no accepted trust grants it</c>, …).</summary>
    public required string Reason { get; init; }

    /// <summary>The accepted trust that grants it; null when none does (or none the caller's account may read).</summary>
    public required RequestAudienceTrust? Trust { get; init; }
}

/// <summary>The trust that lets an account see a request, with what it is trusted with.</summary>
public sealed record RequestAudienceTrust
{
    public required long Id { get; init; }
    public required AccountRef CustomerAccount { get; init; }
    public required AccountRef ProviderAccount { get; init; }

    /// <summary>What the customer trusts the provider with, by the options' 4me names: <c>services</c>, <c>requests</c>, <c>tasks</c>, <c>roles</c>, <c>cis</c>.</summary>
    public required IReadOnlyList<string> Options { get; init; }
}
