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
        ProvidersOf(db, customerAccountId, needed).AnyAsync(p => p == providerAccountId, cancellationToken);

    /// <summary>
    /// The accounts <paramref name="customerAccountId"/> trusts now with every option in <paramref name="needed"/>, as a
    /// query (it may go inside another one). Only the options in effect count: a proposed addition grants nothing.
    /// </summary>
    public static IQueryable<string> ProvidersOf(TrustdeskDbContext db, string customerAccountId, TrustOptions needed) =>
        db.Trusts.AsNoTracking()
            .Where(t => t.CustomerAccountId == customerAccountId && t.Status == TrustStatus.Accepted && (t.Options & needed) == needed)
            .Select(t => t.ProviderAccountId);
}
