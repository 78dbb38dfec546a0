using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Trusts;

namespace Trustdesk.Web.Features.Trusts;

/// <summary>The one question every cross-account write asks: is there an accepted trust with these options now?</summary>
public static class AcceptedTrusts
{
    /// <summary>
    /// True when an accepted trust from <paramref name="customerAccountId"/> to <paramref name="providerAccountId"/>
    /// carries every option in <paramref name="needed"/>. The current account must be one of the two sides (the
    /// filter hides other accounts' trusts).
    /// </summary>
    public static Task<bool> ExistsAsync(TrustdeskDbContext db, string customerAccountId, string providerAccountId,
        TrustOptions needed, CancellationToken cancellationToken) =>
        db.Trusts.AnyAsync(t => t.CustomerAccountId == customerAccountId && t.ProviderAccountId == providerAccountId
            && t.Status == TrustStatus.Accepted && (t.Options & needed) == needed, cancellationToken);
}
