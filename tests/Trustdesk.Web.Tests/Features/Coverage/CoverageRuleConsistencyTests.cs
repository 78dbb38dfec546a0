using System.Globalization;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Tests.Features.Trusts;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Coverage;

/// <summary>
/// The catalog query is the SQL form of the pure rule <see cref="Trustdesk.Domain.Catalog.Coverage"/>: a random world built
/// through the API must give every person exactly the catalog the rule computes from what was built. The seed is in
/// the failure message; set <c>TRUSTDESK_COVERAGE_SEED</c> to build the same world again.
/// </summary>
public sealed class CoverageRuleConsistencyTests(FakeClockServer server) : IClassFixture<FakeClockServer>
{
    private static readonly (SlaCoverage Kind, string Wire)[] Kinds =
    [
        (SlaCoverage.CustomerAccount, "customer_account"), (SlaCoverage.Organizations, "organizations"),
        (SlaCoverage.OrganizationsAndDescendants, "organizations_and_descendants"), (SlaCoverage.Sites, "sites"),
        (SlaCoverage.OrganizationsAndSites, "organizations_and_sites"), (SlaCoverage.People, "people"),
    ];

    private static readonly (AgreementStatus Status, string Wire)[] Statuses =
        [(AgreementStatus.Active, "active"), (AgreementStatus.BeingPrepared, "being_prepared"), (AgreementStatus.Expired, "expired")];

    private sealed record Person(long Id, string AccountId, long? OrganizationId, long? SiteId, ApiClient Reader, string Label);

    /// <summary>A provider with its side: the organizations, sites and people its SLAs may name.</summary>
    private sealed record Provider(Tenant Account, string? CustomerAccountId, long[] Organizations, long[] Sites, long[] People)
    {
        public List<(long Id, bool InProduction)> Instances { get; } = [];
        public CatalogChain Chain { get; set; } = new(0, 0, 0);
        public bool TrustAccepted { get; set; } = true;
    }

    private sealed record Sla(Provider Provider, long InstanceId, CoverageTerms Terms);

    private static string Describe(Sla sla)
    {
        var t = sla.Terms;
        static string Date(DateOnly? date) => date is { } d ? CoverageCalls.Date(d) : "";
        static string Ids(IEnumerable<long> ids) => "{" + string.Join(", ", ids.Order()) + "}";
        return $"{sla.Provider.Account.Id} instance {sla.InstanceId} (in production: {sla.Provider.Instances.Single(i => i.Id == sla.InstanceId).InProduction}): " +
               $"{t.Coverage} {t.Status} {Date(t.StartDate)}..{Date(t.ExpiryDate)} customer {t.CustomerOrganizationId} of {t.CustomerAccountId ?? "own side"} " +
               $"(trust accepted: {sla.Provider.TrustAccepted}) organizations {Ids(t.Organizations)} sites {Ids(t.Sites)} people {Ids(t.People)}";
    }

    private DateOnly Today => DateOnly.FromDateTime(server.Clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Every_persons_catalog_is_what_the_pure_rule_computes_from_a_random_world()
    {
        var seed = Environment.GetEnvironmentVariable("TRUSTDESK_COVERAGE_SEED") is { Length: > 0 } fixedSeed
            ? int.Parse(fixedSeed, CultureInfo.InvariantCulture)
            : Random.Shared.Next();
        var random = new Random(seed);
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        long? PickOrNone(IReadOnlyList<long> items, double none) => items.Count == 0 || random.NextDouble() < none ? null : Pick(items);
        long[] Subset(IEnumerable<long> items, double chance) => items.Where(_ => random.NextDouble() < chance).ToArray();

        var world = server.World;
        var directory = await world.DirectoryAsync();
        var customer = await world.SupportDomainAsync(directory);
        var linked = await world.SupportDomainAsync(directory);
        var trusted = await world.SupportDomainAsync();
        var revoked = await world.SupportDomainAsync();
        await CoverageCalls.AcceptedTrustAsync(customer, trusted, "services");
        var toRevoke = await CoverageCalls.AcceptedTrustAsync(customer, revoked, "services", "requests");

        // Organization trees, each parent in the same account.
        var parents = new Dictionary<long, long?>();
        async Task<List<long>> TreeAsync(Tenant account, int count)
        {
            var made = new List<long>();
            for (var i = 0; i < count; i++)
            {
                var parent = PickOrNone(made, 0.3);
                var id = await account.AddOrganizationAsync($"Org {i} of {account.Id}", parent);
                parents[id] = parent;
                made.Add(id);
            }
            return made;
        }
        var directoryOrganizations = await TreeAsync(directory, 7);
        var customerOrganizations = await TreeAsync(customer, 3);
        var linkedOrganizations = await TreeAsync(linked, 1);
        List<long> directorySites = [await directory.AddSiteAsync(), await directory.AddSiteAsync(), await directory.AddSiteAsync()];
        List<long> customerSites = [await customer.AddSiteAsync()];

        var people = new List<Person>
        {
            new(directory.OwnerId, directory.Id, null, null, customer.Owner, "directory owner"),
            new(customer.OwnerId, customer.Id, null, null, customer.Owner, "customer owner"),
            new(linked.OwnerId, linked.Id, null, null, linked.Owner, "linked provider's owner"),
        };
        async Task AddPeopleAsync(Tenant account, int count, List<long> organizations, List<long> sites, ApiClient reader)
        {
            for (var i = 0; i < count; i++)
            {
                var (organization, site) = (PickOrNone(organizations, 0.2), PickOrNone(sites, 0.25));
                var label = $"{account.Id} #{i} (organization {organization?.ToString(CultureInfo.InvariantCulture) ?? "-"}, site {site?.ToString(CultureInfo.InvariantCulture) ?? "-"})";
                people.Add(new(await CoverageCalls.AddPersonAsync(account, label, organization, site), account.Id, organization, site, reader, label));
            }
        }
        await AddPeopleAsync(directory, 9, directoryOrganizations, directorySites, customer.Owner);
        await AddPeopleAsync(customer, 3, [.. customerOrganizations, .. directoryOrganizations], [.. customerSites, .. directorySites], customer.Owner);
        await AddPeopleAsync(linked, 2, [.. linkedOrganizations, .. directoryOrganizations], directorySites, linked.Owner);

        long[] PeopleOf(params string[] accounts) => people.Where(p => accounts.Contains(p.AccountId)).Select(p => p.Id).ToArray();
        long[] customerSideOrganizations = [.. customerOrganizations, .. directoryOrganizations];
        long[] customerSideSites = [.. customerSites, .. directorySites];
        var customerSidePeople = PeopleOf(customer.Id, directory.Id);
        Provider[] providers =
        [
            new(linked, null, [.. linkedOrganizations, .. directoryOrganizations], [.. directorySites], PeopleOf(linked.Id, directory.Id)),
            new(trusted, customer.Id, customerSideOrganizations, customerSideSites, customerSidePeople),
            new(revoked, customer.Id, customerSideOrganizations, customerSideSites, customerSidePeople),
        ];
        foreach (var provider in providers)
        {
            provider.Chain = await provider.Account.AddCatalogChainAsync();
            provider.Instances.Add((provider.Chain.Instance, true));
            for (var i = 0; i < 2; i++)
            {
                var status = random.NextDouble() < 0.7 ? "in_production" : Pick(new[] { "discontinued", "being_prepared" });
                var instance = (await provider.Account.CreateAsync("/v1/service_instances",
                    new { name = "Instance " + Ids.Hex(6), service_id = provider.Chain.Service, status })).Number("id");
                provider.Instances.Add((instance, status == "in_production"));
            }
        }

        var today = Today;
        DateOnly?[] starts = [null, today.AddDays(-3), today, today.AddDays(1)];
        DateOnly?[] expiries = [null, today.AddDays(-1), today, today.AddDays(2)];
        var slas = new List<Sla>();
        for (var i = 0; i < 16; i++)
        {
            var provider = Pick(providers);
            var instance = Pick(provider.Instances).Id;
            var (kind, kindWire) = Pick(Kinds);
            var (status, statusWire) = random.NextDouble() < 0.7 ? Statuses[0] : Pick(Statuses[1..]);
            var (start, expiry) = (Pick(starts), Pick(expiries));
            if (start > expiry) (start, expiry) = (expiry, start);
            var customerOrganization = Pick(provider.Organizations);
            // Every list is filled whatever the kind: the lists a kind does not use must play no part.
            var (organizations, sites, covered) = (Subset(provider.Organizations, 0.25), Subset(provider.Sites, 0.3), Subset(provider.People, 0.15));
            await CoverageCalls.AddSlaAsync(provider.Account, provider.Chain with { Instance = instance }, customerOrganization, provider.CustomerAccountId,
                kindWire, organizations, sites, covered, statusWire, start, expiry);
            slas.Add(new Sla(provider, instance, new CoverageTerms(kind, status, start, expiry, provider.CustomerAccountId, customerOrganization,
                TrustAccepted: true, organizations.ToHashSet(), sites.ToHashSet(), covered.ToHashSet())));
        }

        // One provider's trust is revoked once its SLAs are in place.
        (await TrustCalls.StepAsync(customer.Owner, toRevoke, "revoke")).Expect(200);
        providers[2].TrustAccepted = false;

        HashSet<long> LineOf(long? organization)
        {
            var line = new HashSet<long>();
            for (var current = organization; current is long id; current = parents[id]) line.Add(id);
            return line;
        }

        // Today, and each of the next three days as the dates pass.
        for (var day = 0; day < 4; day++)
        {
            if (day > 0)
            {
                var midnight = new DateTimeOffset(Today.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                server.Clock.Advance(midnight - server.Clock.GetUtcNow());
            }
            var expected = new List<string>();
            var actual = new List<string>();
            foreach (var person in people)
            {
                var subject = new CoverageSubject(person.Id, person.AccountId, person.OrganizationId, person.SiteId, LineOf(person.OrganizationId));
                var wanted = slas
                    .Where(s => s.Provider.Instances.Single(i => i.Id == s.InstanceId).InProduction
                        && Trustdesk.Domain.Catalog.Coverage.Covers(s.Terms with { TrustAccepted = s.Provider.TrustAccepted }, subject, Today))
                    .Select(s => s.InstanceId).Distinct().Order();
                expected.Add($"{person.Label}: {string.Join(", ", wanted)}");
                actual.Add($"{person.Label}: {string.Join(", ", await CoverageCalls.CatalogAsync(person.Reader, person.Id))}");
            }
            var (wantedText, actualText) = (string.Join('\n', expected), string.Join('\n', actual));
            Assert.True(wantedText == actualText,
                $"seed {seed} (TRUSTDESK_COVERAGE_SEED={seed} builds this world again), day {day}:\nexpected:\n{wantedText}\nactual:\n{actualText}\nSLAs:\n" +
                string.Join('\n', slas.Select(Describe)));
        }
    }
}
