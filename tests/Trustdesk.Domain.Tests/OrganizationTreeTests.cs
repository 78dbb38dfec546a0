using Trustdesk.Domain.Organizations;

namespace Trustdesk.Domain.Tests;

public class OrganizationTreeTests
{
    // root(1) → country(2) → department(3); other(4) hangs off root
    private static readonly Dictionary<long, long?> Parents = new() { [1] = null, [2] = 1, [3] = 2, [4] = 1 };
    private static long? ParentOf(long id) => Parents.GetValueOrDefault(id);

    [Fact]
    public void Moving_an_organization_under_its_own_descendant_is_a_cycle() =>
        Assert.True(OrganizationTree.WouldCreateCycle(organizationId: 1, newParentId: 3, ParentOf));

    [Fact]
    public void An_organization_can_not_be_its_own_parent() =>
        Assert.True(OrganizationTree.WouldCreateCycle(organizationId: 2, newParentId: 2, ParentOf));

    [Fact]
    public void Moving_under_a_sibling_branch_is_fine() =>
        Assert.False(OrganizationTree.WouldCreateCycle(organizationId: 3, newParentId: 4, ParentOf));

    [Fact]
    public void An_existing_cycle_elsewhere_is_reported_rather_than_looped_forever()
    {
        var broken = new Dictionary<long, long?> { [7] = 8, [8] = 7 };
        Assert.True(OrganizationTree.WouldCreateCycle(organizationId: 1, newParentId: 7, id => broken.GetValueOrDefault(id)));
    }
}
