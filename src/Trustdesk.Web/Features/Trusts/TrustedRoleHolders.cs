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
    public static Task<bool> AllowedAsync(TrustdeskDbContext db, string personAccountId, string providerAccountId, CancellationToken cancellationToken)
    {
        var revokedCounts = db.Switches.Plants(PlantedBugs.RevokedRolesTrustHonoured); // TEST ONLY bug
        return db.Trusts.AnyAsync(t => t.ProviderAccountId == providerAccountId
            && (t.Status == TrustStatus.Accepted || (revokedCounts && t.Status == TrustStatus.Revoked))
            && (t.Options & TrustOptions.Roles) == TrustOptions.Roles
            && (t.CustomerAccountId == personAccountId
                || db.Accounts.Any(a => a.Id == t.CustomerAccountId && a.DirectoryAccountId == personAccountId)), cancellationToken);
    }
}
