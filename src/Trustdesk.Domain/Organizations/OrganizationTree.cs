namespace Trustdesk.Domain.Organizations;

/// <summary>Rules of the organization hierarchy.</summary>
public static class OrganizationTree
{
    /// <summary>
    /// True when giving <paramref name="organizationId"/> the parent <paramref name="newParentId"/> would make it
    /// its own ancestor. <paramref name="parentOf"/> answers each organization's current parent.
    /// </summary>
    public static bool WouldCreateCycle(long organizationId, long newParentId, Func<long, long?> parentOf)
    {
        var seen = new HashSet<long>();
        for (long? current = newParentId; current is long id; current = parentOf(id))
        {
            if (id == organizationId) return true;
            if (!seen.Add(id)) return true; // an existing cycle is never extended
        }
        return false;
    }
}
