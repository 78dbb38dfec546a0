using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.Trusts;

/// <summary>
/// A handshake between a trusting (customer) account and a trusted (provider) account (product.md §3). The row
/// belongs to both accounts: each side reads it, and only the transitions of <see cref="TrustTransitions"/> change it.
/// </summary>
public sealed class Trust : IBetweenAccounts
{
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(30);

    public long Id { get; set; }

    /// <summary>The trusting account: the customer whose people are served.</summary>
    public string CustomerAccountId { get; set; } = "";

    /// <summary>The trusted account: the provider that serves them.</summary>
    public string ProviderAccountId { get; set; } = "";

    /// <summary>The side that sent the invitation; only the other side may accept or reject it.</summary>
    public string InviterAccountId { get; set; } = "";

    public TrustStatus Status { get; set; }

    /// <summary>What crosses the trust now: the only options the visibility rules, filters and policies read.</summary>
    public TrustOptions Options { get; set; }

    /// <summary>
    /// Options one side proposed to add, waiting for the other side's answer (<see cref="TrustAmendments"/>); they grant
    /// nothing until accepted. <see cref="TrustOptions.None"/> when no proposal is pending; never one of <see cref="Options"/>.
    /// </summary>
    public TrustOptions ProposedAdditions { get; set; }

    /// <summary>The side that proposed <see cref="ProposedAdditions"/>; only the other side may accept or reject them.</summary>
    public string? ProposerAccountId { get; set; }

    public DateTime? ProposedAt { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime InvitationExpiresAt { get; set; }
    public int LockVersion { get; set; }

    public string InviteeAccountId => InviterAccountId == CustomerAccountId ? ProviderAccountId : CustomerAccountId;

    public bool Involves(string accountId) => CustomerAccountId == accountId || ProviderAccountId == accountId;

    public bool HasProposal => ProposedAdditions != TrustOptions.None;

    /// <summary>The options the trust would carry once the pending proposal is accepted.</summary>
    public TrustOptions ProposedOptions => Options | ProposedAdditions;

    public string OtherSide(string accountId) => CustomerAccountId == accountId ? ProviderAccountId : CustomerAccountId;

    /// <summary>The status as of <paramref name="now"/>: a pending invitation past its lifetime has expired.</summary>
    public TrustStatus StatusAt(DateTime now) =>
        Status == TrustStatus.Pending && now >= InvitationExpiresAt ? TrustStatus.Expired : Status;

    /// <summary>True when the trust is accepted and carries every option in <paramref name="needed"/>.</summary>
    public bool Grants(TrustOptions needed) => Status == TrustStatus.Accepted && (Options & needed) == needed;
}

public enum TrustStatus
{
    Pending,
    Accepted,
    Rejected,
    Canceled,
    Expired,
    Revoked,
}

/// <summary>What may cross an accepted trust from customer C to provider P.</summary>
[Flags]
public enum TrustOptions
{
    None = 0,

    /// <summary>P may register SLAs for C's people with <c>customer_account = C</c>.</summary>
    Services = 1,

    /// <summary>C's specialists may hand requests of C to P.</summary>
    Requests = 2,

    /// <summary>C's workflows may hold tasks for P's teams.</summary>
    Tasks = 4,

    /// <summary>People of C may be given roles in P.</summary>
    Roles = 8,

    /// <summary>P's teams may support C's configuration items.</summary>
    Cis = 16,
}
