namespace Trustdesk.Domain.Trusts;

/// <summary>A refused step: the field it is about and why.</summary>
public sealed record TrustRefusal(string Field, string Reason);

/// <summary>What an amendment did: the options taken away at once, and those it proposed to the other side.</summary>
public sealed record Amendment(TrustOptions Removed, TrustOptions Proposed)
{
    public bool ChangedNothing => Removed == TrustOptions.None && Proposed == TrustOptions.None;
}

/// <summary>
/// Changing the options of an accepted trust (ADR 31). Taking options away needs one side only and takes effect at once:
/// either side may revoke the whole trust alone, so either may also trust less. Adding needs both, as the invitation
/// did: one side proposes, the other accepts or rejects, the proposer may cancel; until then the trust keeps its options.
/// An amendment that does both removes at once and proposes the rest. One proposal at a time. Each method answers why
/// it is refused, or null when it happened.
/// </summary>
public static class TrustAmendments
{
    /// <summary>Why no options at all is refused: a trust that lets nothing cross is ended by revoking it.</summary>
    public const string NoOptions = "can't be blank: revoke the trust to end it";

    /// <summary>
    /// Makes <paramref name="wanted"/> the trust's options as far as one side can: what it leaves out is removed now,
    /// what it adds is proposed. A pending proposal is not touched by it (only its own steps answer it).
    /// </summary>
    public static (Amendment? Done, TrustRefusal? Refused) Amend(Trust trust, string actingAccountId, TrustOptions wanted, DateTime now)
    {
        if (Refusal(trust, actingAccountId, now) is { } refusal) return (null, refusal);
        if (wanted == TrustOptions.None) return (null, new("options", NoOptions));
        var removed = trust.Options & ~wanted;
        var added = wanted & ~trust.Options;
        if (trust.HasProposal && added != TrustOptions.None)
        {
            // The proposer asking again for what it proposed changes nothing; anything else waits for the answer.
            if (actingAccountId != trust.ProposerAccountId || (added & ~trust.ProposedAdditions) != TrustOptions.None)
                return (null, new("options", "can't add options while an amendment is pending: accept, reject or cancel it first"));
            added = TrustOptions.None;
        }

        trust.Options &= ~removed;
        if (added != TrustOptions.None) (trust.ProposedAdditions, trust.ProposerAccountId, trust.ProposedAt) = (added, actingAccountId, now);
        var done = new Amendment(removed, added);
        if (!done.ChangedNothing) trust.UpdatedAt = now;
        return (done, null);
    }

    /// <summary>The other side accepts the proposal: its options cross the trust from now on.</summary>
    public static TrustRefusal? Accept(Trust trust, string actingAccountId, DateTime now) =>
        Answer(trust, actingAccountId, now, accepted: true);

    /// <summary>The other side rejects the proposal: the trust keeps its options.</summary>
    public static TrustRefusal? Reject(Trust trust, string actingAccountId, DateTime now) =>
        Answer(trust, actingAccountId, now, accepted: false);

    /// <summary>The proposer withdraws its proposal.</summary>
    public static TrustRefusal? Cancel(Trust trust, string actingAccountId, DateTime now)
    {
        if (PendingRefusal(trust, actingAccountId, now) is { } refusal) return refusal;
        if (actingAccountId != trust.ProposerAccountId) return new("proposed_options", "only the proposing account can cancel an amendment");
        Withdraw(trust, now);
        return null;
    }

    /// <summary>Drops a pending proposal (answered, withdrawn, or the trust revoked: nothing is left to amend).</summary>
    public static void Withdraw(Trust trust, DateTime now)
    {
        if (!trust.HasProposal) return;
        (trust.ProposedAdditions, trust.ProposerAccountId, trust.ProposedAt, trust.UpdatedAt) = (TrustOptions.None, null, null, now);
    }

    private static TrustRefusal? Answer(Trust trust, string actingAccountId, DateTime now, bool accepted)
    {
        if (PendingRefusal(trust, actingAccountId, now) is { } refusal) return refusal;
        if (actingAccountId == trust.ProposerAccountId) return new("proposed_options", "only the other account can answer an amendment");
        if (accepted) trust.Options |= trust.ProposedAdditions;
        Withdraw(trust, now);
        return null;
    }

    private static TrustRefusal? PendingRefusal(Trust trust, string actingAccountId, DateTime now) =>
        Refusal(trust, actingAccountId, now) ?? (trust.HasProposal ? null : new("proposed_options", "no amendment is pending"));

    private static TrustRefusal? Refusal(Trust trust, string actingAccountId, DateTime now)
    {
        if (!trust.Involves(actingAccountId)) return new("status", "is not a trust of this account");
        var status = trust.StatusAt(now);
        return status == TrustStatus.Accepted ? null : new("status", $"is {TrustTransitions.Name(status)}, not accepted");
    }
}
