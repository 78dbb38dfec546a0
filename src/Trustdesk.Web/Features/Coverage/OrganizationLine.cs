using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;

namespace Trustdesk.Web.Features.Coverage;

/// <summary>An organization and all its ancestors: what "organizations and descendants" coverage is matched against.</summary>
public sealed class OrganizationLine(TrustdeskDbContext db)
{
    private const int MaxDepth = 64;

    public async Task<HashSet<long>> OfAsync(long? organizationId, CancellationToken cancellationToken)
    {
        var line = new HashSet<long>();
        // One short query per level; trees are a handful of levels deep, and the walk stops on a (corrupt) cycle.
        for (var current = organizationId; current is long id && line.Add(id) && line.Count <= MaxDepth;)
            current = await db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(o => o.ParentId).FirstOrDefaultAsync(cancellationToken);
        return line;
    }
}
