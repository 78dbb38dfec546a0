using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.Trusts;

/// <summary>One step in a trust's life (who, when, acting in which account), readable by both sides.</summary>
public sealed class TrustEvent : IBetweenAccounts
{
    public long Id { get; set; }
    public long TrustId { get; set; }
    public string CustomerAccountId { get; set; } = "";
    public string ProviderAccountId { get; set; } = "";

    /// <summary>
    /// <c>invited</c>, <c>accepted</c>, <c>rejected</c>, <c>canceled</c>, <c>revoked</c> or <c>expired</c>; for amendments
    /// <c>options_removed</c>, <c>amendment_proposed</c>, <c>amendment_accepted</c>, <c>amendment_rejected</c> or
    /// <c>amendment_canceled</c>.
    /// </summary>
    public string Action { get; set; } = "";

    /// <summary>The options an amendment step concerned (removed, proposed, accepted, rejected, withdrawn); null for the life cycle's steps.</summary>
    public TrustOptions? Options { get; set; }

    /// <summary>The account the person acted in; null for <c>expired</c>, which nobody does.</summary>
    public string? ActingAccountId { get; set; }
    public long? PersonId { get; set; }
    public DateTime CreatedAt { get; set; }
}
