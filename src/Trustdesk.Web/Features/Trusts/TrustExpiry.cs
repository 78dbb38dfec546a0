using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Trusts;

namespace Trustdesk.Web.Features.Trusts;

/// <summary>
/// Pending invitations expire 30 days after they were sent. Every read path reports the status as of now
/// (<see cref="Trust.StatusAt"/>); this also records the expiry in the row and the audit trail, once, the first
/// time one of the two accounts looks at its trusts after the moment passed.
/// </summary>
public sealed class TrustExpiry(TrustdeskDbContext db, TimeProvider time)
{
    public async Task RecordDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.Trusts.AsNoTracking()
            .Where(t => t.Status == TrustStatus.Pending && t.InvitationExpiresAt <= now)
            .Select(t => new { t.Id, t.CustomerAccountId, t.ProviderAccountId, t.InvitationExpiresAt }).ToListAsync(cancellationToken);
        if (due.Count == 0) return;

        // Reads on SQLite run outside a transaction; the status and its audit entry are written together all the same.
        await using var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        foreach (var trust in due)
        {
            // Recorded as of the moment it expired, and only by the call whose update wins, however many read at once.
            var expiredAt = trust.InvitationExpiresAt;
            var changed = await db.Trusts.Where(t => t.Id == trust.Id && t.Status == TrustStatus.Pending)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.Status, TrustStatus.Expired).SetProperty(t => t.UpdatedAt, expiredAt)
                    .SetProperty(t => t.LockVersion, t => t.LockVersion + 1), cancellationToken);
            if (changed == 0) continue;
            db.TrustEvents.Add(new TrustEvent
            {
                TrustId = trust.Id, CustomerAccountId = trust.CustomerAccountId, ProviderAccountId = trust.ProviderAccountId,
                Action = "expired", CreatedAt = expiredAt,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        if (own is not null) await own.CommitAsync(cancellationToken);
    }
}
