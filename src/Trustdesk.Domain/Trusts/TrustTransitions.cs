namespace Trustdesk.Domain.Trusts;

/// <summary>
/// The trust life cycle: pending → accepted | rejected | canceled | expired, and accepted → revoked. Each method
/// answers why a transition is refused, or null when it happened. An accepted trust's options change through
/// <see cref="TrustAmendments"/>.
/// </summary>
public static class TrustTransitions
{
    public static string? Accept(Trust trust, string actingAccountId, DateTime now) =>
        Respond(trust, actingAccountId, now, TrustStatus.Accepted);

    public static string? Reject(Trust trust, string actingAccountId, DateTime now) =>
        Respond(trust, actingAccountId, now, TrustStatus.Rejected);

    public static string? Cancel(Trust trust, string actingAccountId, DateTime now)
    {
        if (actingAccountId != trust.InviterAccountId) return "only the inviting account can cancel an invitation";
        if (trust.StatusAt(now) != TrustStatus.Pending) return $"is {Name(trust.StatusAt(now))}, not pending";
        return Move(trust, TrustStatus.Canceled, now);
    }

    public static string? Revoke(Trust trust, string actingAccountId, DateTime now)
    {
        if (!trust.Involves(actingAccountId)) return "is not a trust of this account";
        if (trust.Status != TrustStatus.Accepted) return $"is {Name(trust.StatusAt(now))}, not accepted";
        // A proposal to add options has nothing left to amend.
        TrustAmendments.Withdraw(trust, now);
        return Move(trust, TrustStatus.Revoked, now);
    }

    private static string? Respond(Trust trust, string actingAccountId, DateTime now, TrustStatus answer)
    {
        if (actingAccountId != trust.InviteeAccountId) return "only the invited account can answer an invitation";
        if (trust.StatusAt(now) != TrustStatus.Pending) return $"is {Name(trust.StatusAt(now))}, not pending";
        return Move(trust, answer, now);
    }

    private static string? Move(Trust trust, TrustStatus status, DateTime now)
    {
        trust.Status = status;
        trust.UpdatedAt = now;
        return null;
    }

    public static string Name(TrustStatus status) => status.ToString().ToLowerInvariant();
}
