using Trustdesk.Web.Tests.Features.Trusts;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Coverage;

/// <summary>
/// The self-service catalog follows every change on the very next call (product.md §3, §4): a revoked trust, an SLA's
/// dates passing on the server's clock (which these tests move), its status, its instance's status, its coverage and the
/// person's place. No waiting anywhere: each change is followed at once by a read.
/// </summary>
public sealed class CoverageDynamicsTests(FakeClockServer server) : IClassFixture<FakeClockServer>
{
    private DateOnly Today => DateOnly.FromDateTime(server.Clock.GetUtcNow().UtcDateTime);

    /// <summary>Moves the clock to the last second of today (UTC), the day the catalog is computed for.</summary>
    private void ToLastSecondOfToday()
    {
        var now = server.Clock.GetUtcNow();
        var midnight = new DateTimeOffset(Today.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        server.Clock.Advance(midnight - now - TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromSeconds(1), midnight - server.Clock.GetUtcNow());
    }

    [Theory]
    [InlineData("customer")]
    [InlineData("provider")]
    public async Task Revoking_the_trust_removes_the_instance_on_the_next_call_and_it_does_not_come_back(string revokingSide)
    {
        var w = await CoverageWorld.CreateAsync(server.World);
        var own = await w.Provider.AddCatalogChainAsync();
        var across = await w.TrustedProvider.AddCatalogChainAsync();
        await CoverageCalls.AddSlaAsync(w.Provider, own, w.Country, null, "organizations_and_descendants", organizations: [w.Country]);
        var sla = await CoverageCalls.AddSlaAsync(w.TrustedProvider, across, w.Country, w.Customer.Id, "customer_account");
        var employee = w.People["department@A"];
        var customersOwn = w.People["customer owner"];
        Assert.Equal([own.Instance, across.Instance], await CoverageCalls.CatalogAsync(w.Reader, employee));
        Assert.Equal([across.Instance], await CoverageCalls.CatalogAsync(w.Reader, customersOwn));

        var revoker = revokingSide == "customer" ? w.Customer : w.TrustedProvider;
        (await TrustCalls.StepAsync(revoker.Owner, w.Trust, "revoke")).Expect(200);
        Assert.Equal([own.Instance], await CoverageCalls.CatalogAsync(w.Reader, employee));
        Assert.Empty(await CoverageCalls.CatalogAsync(w.Reader, customersOwn));
        // Whoever reads it: the directory's owner sees the same catalog.
        Assert.Equal([own.Instance], await CoverageCalls.CatalogAsync(w.Directory.Owner, employee));

        // The provider may still rename and (re)activate its SLA: that brings nothing back.
        (await w.TrustedProvider.Owner.PatchAsync($"/v1/slas/{sla}", new { name = "Still active", status = "active" })).Expect(200);
        Assert.Equal([own.Instance], await CoverageCalls.CatalogAsync(w.Reader, employee));

        // Nor does a new invitation while it is pending, nor an accepted trust without the services option.
        var invitation = await TrustCalls.InvitedAsync(w.Customer, w.Customer, w.TrustedProvider, "services");
        Assert.Equal([own.Instance], await CoverageCalls.CatalogAsync(w.Reader, employee));
        Assert.Empty(await CoverageCalls.CatalogAsync(w.Reader, customersOwn));
        (await TrustCalls.StepAsync(w.Customer.Owner, invitation, "cancel")).Expect(200);
        await CoverageCalls.AcceptedTrustAsync(w.Customer, w.TrustedProvider, "requests", "tasks", "roles");
        Assert.Equal([own.Instance], await CoverageCalls.CatalogAsync(w.Reader, employee));
        Assert.Empty(await CoverageCalls.CatalogAsync(w.Reader, customersOwn));
        Assert.Equal([own.Instance], await CoverageCalls.CatalogAsync(w.Reader, w.People["country@B"]));
    }

    [Fact]
    public async Task A_trust_in_the_other_direction_does_not_carry_an_sla()
    {
        var w = await CoverageWorld.CreateAsync(server.World);
        var across = await w.TrustedProvider.AddCatalogChainAsync();
        await CoverageCalls.AddSlaAsync(w.TrustedProvider, across, w.Country, w.Customer.Id, "customer_account");
        (await TrustCalls.StepAsync(w.Customer.Owner, w.Trust, "revoke")).Expect(200);

        // The provider trusting the customer with services is not the customer trusting the provider.
        await CoverageCalls.AcceptedTrustAsync(w.TrustedProvider, w.Customer, "services");
        Assert.Empty(await CoverageCalls.CatalogAsync(w.Reader, w.People["department@A"]));
        Assert.Empty(await CoverageCalls.CatalogAsync(w.Reader, w.People["customer owner"]));
    }

    [Fact]
    public async Task An_sla_drops_out_once_its_expiry_date_has_passed()
    {
        var w = await CoverageWorld.CreateAsync(server.World);
        var endsToday = await w.Provider.AddCatalogChainAsync();
        var endsTomorrow = await w.TrustedProvider.AddCatalogChainAsync();
        await CoverageCalls.AddSlaAsync(w.Provider, endsToday, w.Country, null, "organizations", organizations: [w.Country],
            start: Today.AddDays(-10), expiry: Today);
        await CoverageCalls.AddSlaAsync(w.TrustedProvider, endsTomorrow, w.Country, w.Customer.Id, "organizations", organizations: [w.Country],
            expiry: Today.AddDays(1));
        var employee = w.People["country@A"];

        // The expiry date is the last day covered, to its last second.
        Assert.Equal([endsToday.Instance, endsTomorrow.Instance], await CoverageCalls.CatalogAsync(w.Reader, employee));
        ToLastSecondOfToday();
        Assert.Equal([endsToday.Instance, endsTomorrow.Instance], await CoverageCalls.CatalogAsync(w.Reader, employee));

        server.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal([endsTomorrow.Instance], await CoverageCalls.CatalogAsync(w.Reader, employee));

        ToLastSecondOfToday();
        server.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Empty(await CoverageCalls.CatalogAsync(w.Reader, employee));
        server.Clock.Advance(TimeSpan.FromDays(30));
        Assert.Empty(await CoverageCalls.CatalogAsync(w.Reader, employee));
    }

    [Fact]
    public async Task A_start_date_in_the_future_keeps_the_instance_out_until_that_day()
    {
        var w = await CoverageWorld.CreateAsync(server.World);
        var own = await w.Provider.AddCatalogChainAsync();
        var across = await w.TrustedProvider.AddCatalogChainAsync();
        await CoverageCalls.AddSlaAsync(w.Provider, own, w.Country, null, "sites", sites: [w.SiteA], start: Today.AddDays(1));
        await CoverageCalls.AddSlaAsync(w.TrustedProvider, across, w.Country, w.Customer.Id, "sites", sites: [w.SiteA],
            start: Today.AddDays(2), expiry: Today.AddDays(2));
        var employee = w.People["-@A"];

        Assert.Empty(await CoverageCalls.CatalogAsync(w.Reader, employee));
        ToLastSecondOfToday();
        Assert.Empty(await CoverageCalls.CatalogAsync(w.Reader, employee));

        server.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal([own.Instance], await CoverageCalls.CatalogAsync(w.Reader, employee));

        // An SLA of one day: in on that day only.
        ToLastSecondOfToday();
        server.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal([own.Instance, across.Instance], await CoverageCalls.CatalogAsync(w.Reader, employee));
        ToLastSecondOfToday();
        server.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal([own.Instance], await CoverageCalls.CatalogAsync(w.Reader, employee));
    }

    [Fact]
    public async Task An_sla_moved_to_being_prepared_or_expired_drops_out()
    {
        var w = await CoverageWorld.CreateAsync(server.World);
        var own = await w.Provider.AddCatalogChainAsync();
        var across = await w.TrustedProvider.AddCatalogChainAsync();
        var ownSla = await CoverageCalls.AddSlaAsync(w.Provider, own, w.Country, null, "people", people: [w.People["-@-"]]);
        var acrossSla = await CoverageCalls.AddSlaAsync(w.TrustedProvider, across, w.Country, w.Customer.Id, "people", people: [w.People["-@-"]]);
        var employee = w.People["-@-"];
        Assert.Equal([own.Instance, across.Instance], await CoverageCalls.CatalogAsync(w.Reader, employee));

        foreach (var (provider, sla, other) in new[] { (w.Provider, ownSla, across.Instance), (w.TrustedProvider, acrossSla, own.Instance) })
        {
            foreach (var status in new[] { "being_prepared", "expired" })
            {
                (await provider.Owner.PatchAsync($"/v1/slas/{sla}", new { status })).Expect(200);
                Assert.Equal([other], await CoverageCalls.CatalogAsync(w.Reader, employee));
                (await provider.Owner.PatchAsync($"/v1/slas/{sla}", new { status = "active" })).Expect(200);
                Assert.Equal([own.Instance, across.Instance], await CoverageCalls.CatalogAsync(w.Reader, employee));
            }
        }

        // An SLA registered without a status is being prepared: nobody sees it until it is made active.
        var later = await w.Provider.AddCatalogChainAsync();
        var prepared = await w.Provider.AddSlaAsync(later, w.Country);
        await CoverageCalls.CoverAsync(w.Provider, prepared, "people", employee);
        Assert.Equal([own.Instance, across.Instance], await CoverageCalls.CatalogAsync(w.Reader, employee));
        (await w.Provider.Owner.PatchAsync($"/v1/slas/{prepared}", new { status = "active", coverage = "people" })).Expect(200);
        Assert.Equal(new[] { own.Instance, across.Instance, later.Instance }.Order(), await CoverageCalls.CatalogAsync(w.Reader, employee));
    }

    [Fact]
    public async Task A_discontinued_or_not_yet_produced_instance_drops_out()
    {
        var w = await CoverageWorld.CreateAsync(server.World);
        var own = await w.Provider.AddCatalogChainAsync();
        var across = await w.TrustedProvider.AddCatalogChainAsync();
        await CoverageCalls.AddSlaAsync(w.Provider, own, w.Country, null, "customer_account");
        await CoverageCalls.AddSlaAsync(w.TrustedProvider, across, w.Country, w.Customer.Id, "customer_account");
        var employee = w.People["department@-"];
        Assert.Equal([own.Instance, across.Instance], await CoverageCalls.CatalogAsync(w.Reader, employee));

        foreach (var (provider, instance, other) in new[] { (w.Provider, own.Instance, across.Instance), (w.TrustedProvider, across.Instance, own.Instance) })
        {
            foreach (var status in new[] { "discontinued", "being_prepared" })
            {
                (await provider.Owner.PatchAsync($"/v1/service_instances/{instance}", new { status })).Expect(200);
                Assert.Equal([other], await CoverageCalls.CatalogAsync(w.Reader, employee));
            }
            (await provider.Owner.PatchAsync($"/v1/service_instances/{instance}", new { status = "in_production" })).Expect(200);
            Assert.Equal([own.Instance, across.Instance], await CoverageCalls.CatalogAsync(w.Reader, employee));
        }

        // Discontinued for good: every person it covered loses it, across the trust too.
        (await w.TrustedProvider.Owner.PatchAsync($"/v1/service_instances/{across.Instance}", new { status = "discontinued" })).Expect(200);
        Assert.Empty(await CoverageCalls.CatalogAsync(w.Reader, w.People["customer owner"]));
        Assert.Equal([own.Instance], await CoverageCalls.CatalogAsync(w.Reader, w.People["country@B"]));
    }

    [Fact]
    public async Task Changing_the_coverage_or_the_persons_place_changes_the_catalog_at_once()
    {
        var w = await CoverageWorld.CreateAsync(server.World);
        var byOrganization = await w.Provider.AddCatalogChainAsync();
        var bySite = await w.TrustedProvider.AddCatalogChainAsync();
        var orgSla = await CoverageCalls.AddSlaAsync(w.Provider, byOrganization, w.Country, null, "organizations_and_descendants",
            organizations: [w.Department]);
        var siteSla = await CoverageCalls.AddSlaAsync(w.TrustedProvider, bySite, w.Country, w.Customer.Id, "sites", sites: [w.SiteB]);
        var mover = w.People["-@-"];
        Assert.Empty(await CoverageCalls.CatalogAsync(w.Reader, mover));

        (await w.Directory.Owner.PatchAsync($"/v1/people/{mover}", new { organization_id = w.Department })).Expect(200);
        Assert.Equal([byOrganization.Instance], await CoverageCalls.CatalogAsync(w.Reader, mover));
        (await w.Directory.Owner.PatchAsync($"/v1/people/{mover}", new { site_id = w.SiteB })).Expect(200);
        Assert.Equal([byOrganization.Instance, bySite.Instance], await CoverageCalls.CatalogAsync(w.Reader, mover));
        (await w.Directory.Owner.PatchAsync($"/v1/people/{mover}", new { organization_id = w.Sibling, site_id = w.SiteA })).Expect(200);
        Assert.Empty(await CoverageCalls.CatalogAsync(w.Reader, mover));

        // An organization moved under a covered one brings its people along; coverage taken away takes them out.
        (await w.Directory.Owner.PatchAsync($"/v1/organizations/{w.Sibling}", new { parent_id = w.Department })).Expect(200);
        Assert.Equal([byOrganization.Instance], await CoverageCalls.CatalogAsync(w.Reader, mover));
        Assert.Equal([byOrganization.Instance], await CoverageCalls.CatalogAsync(w.Reader, w.People["sibling@A"]));
        (await w.Provider.Owner.DeleteAsync($"/v1/slas/{orgSla}/organizations/{w.Department}")).Expect(204);
        Assert.Empty(await CoverageCalls.CatalogAsync(w.Reader, mover));
        Assert.Empty(await CoverageCalls.CatalogAsync(w.Reader, w.People["department@A"]));

        (await w.TrustedProvider.Owner.PatchAsync($"/v1/slas/{siteSla}", new { coverage = "customer_account" })).Expect(200);
        Assert.Equal([bySite.Instance], await CoverageCalls.CatalogAsync(w.Reader, w.People["customer -@-"]));
        Assert.Empty(await CoverageCalls.CatalogAsync(w.Reader, w.People["root@A"]));
    }
}
