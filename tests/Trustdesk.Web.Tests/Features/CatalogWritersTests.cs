using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features;

/// <summary>Service level managers maintain SLAs and offerings; other specialists only read the catalog.</summary>
public sealed class CatalogWritersTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    [Fact]
    public async Task A_service_level_manager_writes_slas_and_offerings_but_not_services_and_a_specialist_writes_none()
    {
        var directory = await _world.DirectoryAsync();
        var provider = await _world.SupportDomainAsync(directory);
        var chain = await provider.AddCatalogChainAsync();
        var customer = await directory.AddOrganizationAsync();
        var actor = directory.Owner.In(provider.Id);

        await provider.GrantAsync(directory.OwnerId, "specialist");
        (await actor.PostAsync("/v1/service_offerings", new { name = "Gold", service_id = chain.Service })).Expect(403);
        (await actor.PostAsync("/v1/slas", new { name = "SLA", service_offering_id = chain.Offering, service_instance_id = chain.Instance, customer_id = customer }))
            .Expect(403);
        Assert.Equal(1, (await provider.Owner.GetAsync("/v1/service_offerings")).Expect(200).TotalEntries());
        Assert.Equal(0, (await provider.Owner.GetAsync("/v1/slas")).Expect(200).TotalEntries());

        await provider.GrantAsync(directory.OwnerId, "service_level_manager");
        var offering = (await actor.PostAsync("/v1/service_offerings", new { name = "Gold", service_id = chain.Service })).Expect(201).Id;
        (await actor.PatchAsync($"/v1/service_offerings/{offering}", new { response_target_high = 30 })).Expect(200);
        var sla = (await actor.PostAsync("/v1/slas",
            new { name = "SLA", service_offering_id = chain.Offering, service_instance_id = chain.Instance, customer_id = customer })).Expect(201).Id;
        (await actor.PostAsync($"/v1/slas/{sla}/organizations/{customer}")).Expect(200);
        (await actor.PatchAsync($"/v1/slas/{sla}", new { status = "active" })).Expect(200);

        // Services and instances stay with the administrators.
        (await actor.PostAsync("/v1/services", new { name = "Not mine" })).Expect(403);
        (await actor.PatchAsync($"/v1/service_instances/{chain.Instance}", new { name = "Renamed" })).Expect(403);
    }
}
