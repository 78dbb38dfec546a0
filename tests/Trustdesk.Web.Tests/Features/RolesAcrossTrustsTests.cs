using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features;

/// <summary>
/// product.md §2/§3: with the <c>roles</c> option, people of the trusting account may be given roles in the
/// trusted account; without it (or once it is revoked) they may not, and roles given earlier stop counting.
/// </summary>
public sealed class RolesAcrossTrustsTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    private static async Task<long> TrustAsync(Tenant customer, Tenant provider, params string[] options)
    {
        var trust = (await customer.Owner.PostAsync("/v1/trusts",
            new { customer_account_id = customer.Id, provider_account_id = provider.Id, options })).Expect(201).Id;
        (await provider.Owner.PostAsync($"/v1/trusts/{trust}/accept")).Expect(200);
        return trust;
    }

    [Fact]
    public async Task Roles_cross_only_a_trust_with_the_roles_option_and_stop_counting_when_it_is_revoked()
    {
        var directory = await _world.DirectoryAsync();
        var customer = await _world.SupportDomainAsync(directory);
        var provider = await _world.SupportDomainAsync();
        var person = directory.OwnerId;
        var grant = $"/v1/people/{person}/permissions/{provider.Id}?roles=specialist";
        var actingInProvider = directory.Owner.In(provider.Id);

        // No trust: the person is unknown to the provider.
        Answers.SameAsMissing(await provider.Owner.PostAsync(grant),
            await provider.Owner.PostAsync($"/v1/people/{Answers.NeverExistingId}/permissions/{provider.Id}?roles=specialist"));

        // A trust without the roles option does not do it either.
        var servicesOnly = await TrustAsync(customer, provider, "services");
        (await provider.Owner.PostAsync(grant)).Expect(404);
        (await customer.Owner.PostAsync($"/v1/trusts/{servicesOnly}/revoke")).Expect(200);

        var withRoles = await TrustAsync(customer, provider, "services", "roles");
        (await provider.Owner.PostAsync(grant)).Expect(200);
        (await actingInProvider.GetAsync("/v1/teams")).Expect(200);
        // The person reads their own record there, although it lives in the directory of the trusting account.
        Assert.Equal(person, (await actingInProvider.GetAsync($"/v1/people/{person}")).Expect(200).Id);
        var held = (await provider.Owner.GetAsync($"/v1/people/{person}/permissions")).Expect(200);
        Assert.Equal(provider.Id, held.Items.Single()!["account"]!.Str("id"));

        // Revoked: the role stays recorded but no longer lets the person act in the provider account.
        (await provider.Owner.PostAsync($"/v1/trusts/{withRoles}/revoke")).Expect(200);
        (await actingInProvider.GetAsync("/v1/teams")).Expect(403);
        (await provider.Owner.PostAsync(grant)).Expect(404);
    }

    [Fact]
    public async Task The_trusted_account_cannot_give_roles_to_the_trusting_accounts_people_in_the_other_direction()
    {
        var directory = await _world.DirectoryAsync();
        var customer = await _world.SupportDomainAsync(directory);
        var provider = await _world.SupportDomainAsync();
        await TrustAsync(customer, provider, "roles");
        var providersPerson = provider.OwnerId;

        // The provider's people gain nothing in the customer account.
        (await customer.Owner.PostAsync($"/v1/people/{providersPerson}/permissions/{customer.Id}?roles=specialist")).Expect(404);
        (await provider.Owner.In(customer.Id).GetAsync("/v1/teams")).Expect(403);
    }
}
