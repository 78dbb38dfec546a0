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
            .Select(t => new { t.Id, t.CustomerAccountId, t.ProviderAccountId }).ToListAsync(cancellationToken);
        foreach (var trust in due)
        {
            // Only the call whose update wins records the event, however many read at the same moment.
            var changed = await db.Trusts.Where(t => t.Id == trust.Id && t.Status == TrustStatus.Pending)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.Status, TrustStatus.Expired).SetProperty(t => t.UpdatedAt, now)
                    .SetProperty(t => t.LockVersion, t => t.LockVersion + 1), cancellationToken);
            if (changed == 0) continue;
            db.TrustEvents.Add(new TrustEvent
            {
                TrustId = trust.Id, CustomerAccountId = trust.CustomerAccountId, ProviderAccountId = trust.ProviderAccountId,
                Action = "expired", CreatedAt = now,
            });
        }
        if (due.Count > 0) await db.SaveChangesAsync(cancellationToken);
    }
}
