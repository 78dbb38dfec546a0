using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;

namespace Trustdesk.Web.Features.Coverage;

/// <summary>An organization and all its ancestors: what "organizations and descendants" coverage is matched against.</summary>
public sealed class OrganizationLine(TrustdeskDbContext db)
{
    private const int MaxDepth = 64;

    public Task<HashSet<long>> OfAsync(long? organizationId, CancellationToken cancellationToken) =>
        WalkUpAsync([], organizationId, cancellationToken);

    /// <summary>The line of an organization whose parent (null for none, or none readable) was read already.</summary>
    public Task<HashSet<long>> OfAsync(long organizationId, long? parentId, CancellationToken cancellationToken) =>
        WalkUpAsync([organizationId], parentId, cancellationToken);

    private async Task<HashSet<long>> WalkUpAsync(HashSet<long> line, long? next, CancellationToken cancellationToken)
    {
        // One short query per level; trees are a handful of levels deep, and the walk stops on a (corrupt) cycle.
        for (var current = next; current is long id && line.Add(id) && line.Count <= MaxDepth;)
            current = await db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(o => o.ParentId).FirstOrDefaultAsync(cancellationToken);
        return line;
    }
}
