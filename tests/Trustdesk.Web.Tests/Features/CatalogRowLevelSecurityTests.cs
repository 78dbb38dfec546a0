using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features;

/// <summary>
/// The catalog's isolation with the EF account filter switched off: on PostgreSQL, row-level security alone keeps
/// other accounts' catalog records, teams and organizations out, and still lets an SLA read its customer's side across
/// an accepted trust (and nothing across a missing one).
/// </summary>
public sealed class CatalogRowLevelSecurityTests(FilterDisabledServer filterDisabled) : IClassFixture<FilterDisabledServer>
{
    [Fact]
    [Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public async Task Without_the_account_filter_row_level_security_alone_keeps_the_catalog_apart()
    {
        PostgresOnly.Require();
        var server = filterDisabled.Server;
        var world = new TestWorld(server);
        var provider = await world.SupportDomainAsync();
        var customer = await world.SupportDomainAsync();
        var stranger = await world.SupportDomainAsync();
        await TrustSeeding.AcceptedAsync(server, customer.Id, provider.Id);
        var chain = await provider.AddCatalogChainAsync();
        var theirs = await stranger.AddCatalogChainAsync();
        var strangersTeam = await stranger.AddTeamAsync();
        var customersOrganization = await customer.AddOrganizationAsync("Customer HQ");
        var strangersOrganization = await stranger.AddOrganizationAsync();
        var strangerSla = await stranger.AddSlaAsync(theirs, strangersOrganization);

        Assert.Equal([chain.Service], (await provider.Owner.GetAsync("/v1/services")).Expect(200).Ids());
        Assert.Equal([chain.Instance], (await provider.Owner.GetAsync("/v1/service_instances")).Expect(200).Ids());
        Assert.Equal([chain.Offering], (await provider.Owner.GetAsync("/v1/service_offerings")).Expect(200).Ids());
        Assert.Equal(0, (await provider.Owner.GetAsync("/v1/slas")).Expect(200).TotalEntries());
        Answers.SameAsMissing(await provider.Owner.GetAsync($"/v1/services/{theirs.Service}"), await provider.Owner.GetAsync($"/v1/services/{Answers.NeverExistingId}"));
        Answers.SameAsMissing(await provider.Owner.GetAsync($"/v1/slas/{strangerSla}/organizations"),
            await provider.Owner.GetAsync($"/v1/slas/{Answers.NeverExistingId}/organizations"));
        Answers.SameAsMissing(
            await provider.Owner.PatchAsync($"/v1/service_instances/{theirs.Instance}", new { status = "discontinued" }),
            await provider.Owner.PatchAsync($"/v1/service_instances/{Answers.NeverExistingId}", new { status = "discontinued" }));

        (await provider.Owner.PostAsync("/v1/service_instances", new { name = "Foreign team", service_id = chain.Service, support_team_id = strangersTeam }))
            .ExpectValidation(("support_team_id", "does not exist"));
        (await provider.Owner.PostAsync("/v1/slas", new
            {
                name = "Stranger", service_offering_id = chain.Offering, service_instance_id = chain.Instance,
                customer_id = strangersOrganization, customer_account_id = stranger.Id,
            }))
            .ExpectValidation(("customer_account_id", "needs an accepted services trust from that account"));

        var sla = (await provider.Owner.PostAsync("/v1/slas", new
        {
            name = "Across", service_offering_id = chain.Offering, service_instance_id = chain.Instance,
            customer_id = customersOrganization, customer_account_id = customer.Id,
        })).Expect(201);
        Assert.Equal("Customer HQ", sla.Record["customer"]!.Str("name"));
        (await provider.Owner.PostAsync($"/v1/slas/{sla.Id}/organizations/{strangersOrganization}")).ExpectInvalid("organization");
        (await provider.Owner.PostAsync($"/v1/slas/{sla.Id}/organizations/{customersOrganization}")).Expect(200);
        Assert.Equal([customersOrganization], (await provider.Owner.GetAsync($"/v1/slas/{sla.Id}/organizations")).Expect(200).Ids());
    }
}
