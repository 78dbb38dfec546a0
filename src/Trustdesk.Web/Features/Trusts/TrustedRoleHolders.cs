using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Trusts;

namespace Trustdesk.Web.Features.Trusts;

/// <summary>
/// Roles held across a trust count only while it stands: a person of account A (or of the directory of A) holds
/// roles in provider P through an accepted trust A → P with the <c>roles</c> option. Revoking it takes the roles'
/// effect away on the next call, while the role records stay for a later trust.
/// </summary>
public static class TrustedRoleHolders
{
    /// <summary>The current account must be <paramref name="providerAccountId"/> (its trusts are the ones readable).</summary>
    public static Task<bool> AllowedAsync(TrustdeskDbContext db, string personAccountId, string providerAccountId, CancellationToken cancellationToken) =>
        Standing(db, personAccountId).AnyAsync(t => t.ProviderAccountId == providerAccountId, cancellationToken);

    /// <summary>
    /// The same question for several providers at once: those of <paramref name="providers"/> where roles of a person of
    /// <paramref name="personAccountId"/> count. Asked while the person's own roles are read
    /// (<see cref="AccountScope.ReadOwnRoles"/>), which reads every trust that could let them count (ADR 48).
    /// </summary>
    public static Task<List<string>> AmongAsync(
        TrustdeskDbContext db, string personAccountId, IReadOnlyCollection<string> providers, CancellationToken cancellationToken) =>
        Standing(db, personAccountId).Where(t => providers.Contains(t.ProviderAccountId))
            .Select(t => t.ProviderAccountId).Distinct().ToListAsync(cancellationToken);

    private static IQueryable<Trust> Standing(TrustdeskDbContext db, string personAccountId)
    {
        var revokedCounts = db.Switches.Plants(PlantedBugs.RevokedRolesTrustHonoured); // TEST ONLY bug
        return db.Trusts.AsNoTracking().Where(t => (t.Status == TrustStatus.Accepted || (revokedCounts && t.Status == TrustStatus.Revoked))
            && (t.Options & TrustOptions.Roles) == TrustOptions.Roles
            && (t.CustomerAccountId == personAccountId
                || db.Accounts.Any(a => a.Id == t.CustomerAccountId && a.DirectoryAccountId == personAccountId)));
    }
}
