using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Coverage;

/// <summary>
/// <c>GET /v1/people/:id/service_instance_coverages</c>, coverage kind by kind (product.md §4, ADR 11): exactly the people
/// the SLA's coverage names see its instance, the others don't, for an SLA of a provider linked to the directory and
/// for one offered across a services trust.
/// </summary>
public sealed class CoverageKindsTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    /// <summary>
    /// Who sees the instance, per coverage kind: of the SLA of the provider linked to the directory (no customer account),
    /// and of the SLA across the trust (customer account = the customer support domain). Both SLAs have the customer
    /// organization Country and the same lists: organizations {Country}, sites {A}, people {sibling@A, -@-}; the lists a
    /// kind does not use play no part.
    /// </summary>
    public static TheoryData<string, string[], string[]> Kinds => new()
    {
        // The customer organization's tree; across a trust also the customer account's own people (ADR 11).
        {
            "customer_account",
            ["country@A", "country@B", "department@A", "department@-"],
            ["country@A", "country@B", "department@A", "department@-", "customer owner", "customer -@-"]
        },
        // Members of the named organizations themselves: not of their descendants, not of their parent.
        { "organizations", ["country@A", "country@B"], ["country@A", "country@B"] },
        {
            "organizations_and_descendants",
            ["country@A", "country@B", "department@A", "department@-"],
            ["country@A", "country@B", "department@A", "department@-"]
        },
        // Whoever is at a named site, in whichever organization or none.
        { "sites", ["root@A", "country@A", "department@A", "sibling@A", "-@A"], ["root@A", "country@A", "department@A", "sibling@A", "-@A"] },
        // Both: a named organization and a named site.
        { "organizations_and_sites", ["country@A"], ["country@A"] },
        { "people", ["sibling@A", "-@-"], ["sibling@A", "-@-"] },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Exactly_the_people_the_coverage_names_see_the_instance(string coverage, string[] ownCovered, string[] acrossCovered)
    {
        var w = await CoverageWorld.CreateAsync(_world);
        var own = await w.Provider.AddCatalogChainAsync();
        var across = await w.TrustedProvider.AddCatalogChainAsync();
        long[] organizations = [w.Country], sites = [w.SiteA], people = [w.People["sibling@A"], w.People["-@-"]];
        await CoverageCalls.AddSlaAsync(w.Provider, own, w.Country, null, coverage, organizations, sites, people);
        await CoverageCalls.AddSlaAsync(w.TrustedProvider, across, w.Country, w.Customer.Id, coverage, organizations, sites, people);

        var expected = new List<string>();
        var actual = new List<string>();
        foreach (var label in CoverageWorld.Everyone)
        {
            var catalog = await CoverageCalls.CatalogAsync(w.Reader, w.People[label]);
            var wanted = new List<long>();
            if (ownCovered.Contains(label)) wanted.Add(own.Instance);
            if (acrossCovered.Contains(label)) wanted.Add(across.Instance);
            expected.Add(Line(label, wanted.Order()));
            actual.Add(Line(label, catalog));
        }
        // One line per person, so a failure shows everyone who sees too much or too little at once.
        Assert.Equal(string.Join('\n', expected), string.Join('\n', actual));

        string Line(string label, IEnumerable<long> instances) =>
            $"{label}: {string.Join(", ", instances.Select(i => i == own.Instance ? "own" : i == across.Instance ? "across" : $"other {i}"))}";
    }

    [Fact]
    public async Task The_instance_of_an_sla_with_empty_coverage_lists_is_in_nobodys_catalog()
    {
        var w = await CoverageWorld.CreateAsync(_world);
        foreach (var coverage in new[] { "organizations", "organizations_and_descendants", "sites", "organizations_and_sites", "people" })
        {
            var own = await w.Provider.AddCatalogChainAsync();
            var across = await w.TrustedProvider.AddCatalogChainAsync();
            await CoverageCalls.AddSlaAsync(w.Provider, own, w.Country, null, coverage);
            await CoverageCalls.AddSlaAsync(w.TrustedProvider, across, w.Country, w.Customer.Id, coverage);
        }

        foreach (var label in CoverageWorld.Everyone)
            Assert.True((await CoverageCalls.CatalogAsync(w.Reader, w.People[label])).Count == 0, $"{label} is covered by an SLA that names nobody");
    }

    [Fact]
    public async Task Organizations_and_sites_needs_both_and_several_named_ones_cover_each_combination()
    {
        var w = await CoverageWorld.CreateAsync(_world);
        var chain = await w.Provider.AddCatalogChainAsync();
        // Country and Sibling, at site A or B.
        await CoverageCalls.AddSlaAsync(w.Provider, chain, w.Root, null, "organizations_and_sites",
            organizations: [w.Country, w.Sibling], sites: [w.SiteA, w.SiteB]);

        foreach (var label in CoverageWorld.Everyone)
        {
            var covered = label is "country@A" or "country@B" or "sibling@A";
            Assert.True(covered == (await CoverageCalls.CatalogAsync(w.Reader, w.People[label])).Contains(chain.Instance),
                $"{label} should {(covered ? "" : "not ")}see the instance");
        }
    }
}
