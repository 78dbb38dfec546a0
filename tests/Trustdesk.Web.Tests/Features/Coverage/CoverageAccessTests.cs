using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Coverage;

/// <summary>
/// Who may read a self-service catalog (api.md, Endpoints): the person themselves, without any role; or someone with a
/// role in an account that sees the person. Everyone else gets the 404 of a person that does not exist.
/// </summary>
public sealed class CoverageAccessTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    /// <summary>
    /// The world with its directory's owner placed in Department at site A, covered by an SLA of the linked provider
    /// and one across the trust; returns their two instances (own, across).
    /// </summary>
    private async Task<(CoverageWorld World, long Own, long Across)> CoveredWorldAsync()
    {
        var w = await CoverageWorld.CreateAsync(_world);
        (await w.Directory.Owner.PatchAsync($"/v1/people/{w.Directory.OwnerId}", new { organization_id = w.Department, site_id = w.SiteA })).Expect(200);
        var own = await w.Provider.AddCatalogChainAsync();
        var across = await w.TrustedProvider.AddCatalogChainAsync();
        await CoverageCalls.AddSlaAsync(w.Provider, own, w.Country, null, "organizations_and_descendants", organizations: [w.Country]);
        await CoverageCalls.AddSlaAsync(w.TrustedProvider, across, w.Country, w.Customer.Id, "customer_account");
        return (w, own.Instance, across.Instance);
    }

    private static async Task SameAsMissingAsync(ApiClient caller, long personId) =>
        Answers.SameAsMissing(
            await caller.GetAsync(CoverageCalls.CatalogPath(personId)),
            await caller.GetAsync(CoverageCalls.CatalogPath(Answers.NeverExistingId)));

    [Fact]
    public async Task The_person_themselves_reads_their_own_catalog_without_any_role_in_whichever_account_they_act()
    {
        var (w, own, across) = await CoveredWorldAsync();
        var me = w.Directory.OwnerId;
        // In the linked support domains the directory's owner is an end user: no role there.
        var inProvider = w.Directory.Owner.In(w.Provider.Id);
        var inCustomer = w.Directory.Owner.In(w.Customer.Id);
        (await inProvider.GetAsync("/v1/people")).Expect(403);
        (await inCustomer.GetAsync("/v1/people")).Expect(403);

        foreach (var caller in new[] { inProvider, inCustomer, w.Directory.Owner })
            Assert.Equal([own, across], await CoverageCalls.CatalogAsync(caller, me));
    }

    [Fact]
    public async Task The_person_themselves_reads_their_own_catalog_also_where_they_hold_a_role_across_a_trust()
    {
        var (w, own, across) = await CoveredWorldAsync();
        var me = w.Directory.OwnerId;
        // The customer trusts another provider with roles: people of the customer's directory may hold roles there.
        var roleProvider = await _world.SupportDomainAsync();
        await CoverageCalls.AcceptedTrustAsync(w.Customer, roleProvider, "roles");
        await roleProvider.GrantAsync(me, "specialist");
        var inRoleProvider = w.Directory.Owner.In(roleProvider.Id);
        (await inRoleProvider.GetAsync("/v1/teams")).Expect(200);

        // The catalog spans every account, whichever one the call acts in.
        Assert.Equal([own, across], await CoverageCalls.CatalogAsync(inRoleProvider, me));
        // Someone else's catalog stays out of reach there: the account does not see the customer's people.
        await SameAsMissingAsync(inRoleProvider, w.People["department@A"]);
    }

    [Fact]
    public async Task An_end_user_asking_for_someone_elses_catalog_gets_the_404_of_a_missing_person()
    {
        var (w, _, _) = await CoveredWorldAsync();
        var inProvider = w.Directory.Owner.In(w.Provider.Id);
        var inCustomer = w.Directory.Owner.In(w.Customer.Id);

        // Colleagues of the same directory (whom the account sees), the customer's people and the provider's owner alike.
        foreach (var caller in new[] { inProvider, inCustomer })
            foreach (var person in new[] { w.People["department@A"], w.People["-@-"], w.People["customer owner"], w.People["customer -@-"], w.Provider.OwnerId })
                await SameAsMissingAsync(caller, person);
    }

    [Fact]
    public async Task A_specialist_of_an_account_that_sees_the_person_reads_their_catalog()
    {
        var (w, own, across) = await CoveredWorldAsync();
        var employee = w.People["department@A"];
        var specialist = w.Directory.Owner.In(w.Provider.Id);
        await SameAsMissingAsync(specialist, employee);

        await w.Provider.GrantAsync(w.Directory.OwnerId, "specialist");
        Assert.Equal([own, across], await CoverageCalls.CatalogAsync(specialist, employee));
        Assert.Empty(await CoverageCalls.CatalogAsync(specialist, w.People["sibling@A"]));
        // The provider sees its directory's people, not those of the customer support domain.
        await SameAsMissingAsync(specialist, w.People["customer -@-"]);

        // The same catalog whoever reads it: the provider's and the customer's owners, the directory's.
        foreach (var reader in new[] { w.Provider.Owner, w.Customer.Owner, w.Directory.Owner })
            Assert.Equal([own, across], await CoverageCalls.CatalogAsync(reader, employee));
        Assert.Equal([across], await CoverageCalls.CatalogAsync(w.Customer.Owner, w.People["customer -@-"]));
    }

    [Fact]
    public async Task A_person_of_an_unrelated_account_gets_the_404_of_a_missing_person()
    {
        var (w, _, _) = await CoveredWorldAsync();
        var unrelated = await _world.DirectoryAsync();
        var unrelatedDomain = await _world.SupportDomainAsync(unrelated);
        Assert.Empty(await CoverageCalls.CatalogAsync(unrelated.Owner, unrelated.OwnerId));

        var everyone = w.People.Values.Append(w.Directory.OwnerId).Append(w.Provider.OwnerId).ToList();
        foreach (var person in everyone)
        {
            await SameAsMissingAsync(unrelated.Owner, person);
            await SameAsMissingAsync(unrelatedDomain.Owner, person);
            // The provider across the trust serves these people but does not see them: it may not read their catalog.
            await SameAsMissingAsync(w.TrustedProvider.Owner, person);
        }

        // Nor through an account header: no standing in the directory's accounts at all, and no token no answer.
        (await unrelated.Owner.In(w.Directory.Id).GetAsync(CoverageCalls.CatalogPath(w.People["department@A"]))).Expect(403);
        (await unrelated.Owner.In(w.Provider.Id).GetAsync(CoverageCalls.CatalogPath(w.People["department@A"]))).Expect(403);
        (await _world.Anonymous.GetAsync(CoverageCalls.CatalogPath(w.People["department@A"]))).Expect(401);
    }
}
