using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Trusts;

/// <summary>
/// A trust as the API answers it, seen from the caller's account: the customer account trusts the provider account with
/// what its options allow (product.md §3). 4me has no such record; it follows 4me's conventions. The order of the
/// properties is the order on the wire.
/// </summary>
public sealed record TrustResponse
{
    public required long Id { get; init; }

    /// <summary>The trusting account, whose records the provider may see and work, for what the options allow.</summary>
    public required AccountRef CustomerAccount { get; init; }

    /// <summary>The trusted account, which provides services to the customer account.</summary>
    public required AccountRef ProviderAccount { get; init; }

    /// <summary>The account that sent the invitation; the other one accepts or rejects it.</summary>
    public required AccountRef InviterAccount { get; init; }

    /// <summary>The account on the other side from the caller's.</summary>
    public required AccountRef OtherAccount { get; init; }

    /// <summary>Where the trust is in its life cycle: an invitation not answered within its time is <c>expired</c>.</summary>
    public required TrustStatus Status { get; init; }

    /// <summary>What crosses the trust: any of <c>services</c>, <c>requests</c>, <c>tasks</c>, <c>roles</c>, <c>cis</c>.</summary>
    public required IReadOnlyList<string> Options { get; init; }

    /// <summary>The options the trust would carry once the pending amendment is accepted (its present ones and those proposed); null: none pending.</summary>
    public IReadOnlyList<string>? ProposedOptions { get; init; }

    /// <summary>The account that proposed the pending amendment; the other one accepts or rejects it.</summary>
    public AccountRef? ProposerAccount { get; init; }

    /// <summary>When the pending amendment was proposed.</summary>
    public DateTime? ProposedAt { get; init; }

    /// <summary>Until when the invitation can be accepted.</summary>
    public required DateTime InvitationExpiresAt { get; init; }

    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}
