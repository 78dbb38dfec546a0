using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Tests.Features.Knowledge;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Contracts;

/// <summary>
/// The CIs a contract covers (<c>/v1/contracts/:id/cis</c>): CIs of the contract's own account, added and removed by the
/// contract's writers, listed with the contract's readers. A CI the account does not see answers as missing; one it sees
/// in another account (a customer's, which it supports) is refused.
/// </summary>
public sealed class ContractCisTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    [Fact]
    public async Task A_contract_covers_CIs_of_its_account_once_each_until_they_are_removed()
    {
        var account = await _world.SupportDomainAsync();
        var contract = await ContractRecords.AddContractAsync(account, await account.AddOrganizationAsync(), "Laptop lease");
        var (laptop, dock) = (await ContractRecords.AddCiAsync(account, "Laptop 12"),
            await ContractRecords.AddCiAsync(account, "Dock 12"));
        var path = $"/v1/contracts/{contract}/cis";
        Assert.Empty((await account.Owner.GetAsync(path)).Expect(200).Ids());

        (await account.Owner.PostAsync($"{path}/{laptop}")).Expect(200, "{}");
        (await account.Owner.PostAsync($"{path}/{laptop}")).Expect(200, "{}");
        (await account.Owner.PostAsync($"{path}/{dock}")).Expect(200, "{}");

        var covered = (await account.Owner.GetAsync(path)).Expect(200);
        Assert.Equal([dock, laptop], covered.Ids());
        Assert.Equal(["id", "name", "label", "status"], covered.Items[0]!.Members());
        Assert.Equal(("Dock 12", "in_production"), (covered.Items[0]!.Str("name"), covered.Items[0]!.Str("status")));
        Assert.StartsWith("CI-", covered.Items[0]!.Str("label"));
        Assert.Equal([laptop], (await account.Owner.GetAsync($"{path}?name=Laptop%2012")).Expect(200).Ids());
        Assert.Equal([laptop, dock], (await account.Owner.GetAsync($"{path}?sort=-name")).Expect(200).Ids());
        Assert.Equal(2, (await account.Owner.GetAsync($"/v1/contracts/{contract}")).Expect(200).Record.Number("ci_count"));

        (await account.Owner.DeleteAsync($"{path}/{laptop}")).Expect(204);
        (await account.Owner.DeleteAsync($"{path}/{laptop}")).Expect(404);
        Assert.Equal([dock], (await account.Owner.GetAsync(path)).Expect(200).Ids());
        Assert.Equal(1, (await account.Owner.GetAsync($"/v1/contracts/{contract}")).Expect(200).Record.Number("ci_count"));
        // Covered by another contract of the account too: each contract keeps its own list.
        var other = await ContractRecords.AddContractAsync(account, await account.AddOrganizationAsync(), "Docks support");
        (await account.Owner.PostAsync($"/v1/contracts/{other}/cis/{dock}")).Expect(200);
        (await account.Owner.DeleteAsync($"/v1/contracts/{other}/cis/{dock}")).Expect(204);
        Assert.Equal([dock], (await account.Owner.GetAsync(path)).Expect(200).Ids());
    }

    [Fact]
    public async Task A_CI_the_account_does_not_see_answers_as_missing_and_one_of_a_customer_it_supports_is_refused()
    {
        var provider = await _world.SupportDomainAsync();
        var contract = await ContractRecords.AddContractAsync(provider, await provider.AddOrganizationAsync(), "Support desk tools");
        var path = $"/v1/contracts/{contract}/cis";
        var stranger = await _world.SupportDomainAsync();
        var strangersCi = await ContractRecords.AddCiAsync(stranger, "Their server");
        Answers.SameAsMissing(await provider.Owner.PostAsync($"{path}/{strangersCi}"), await provider.Owner.PostAsync($"{path}/{Answers.NeverExistingId}"));

        // A customer's CI supported by the provider's team is seen by the provider (cis trust), but is not the provider's own.
        var customer = await _world.SupportDomainAsync();
        var team = await provider.AddTeamAsync();
        await TrustSeeding.AcceptedAsync(_world.Server, customer.Id, provider.Id, TrustOptions.Cis);
        var customersCi = await ContractRecords.AddCiAsync(customer, "Customer's router", team);
        (await provider.Owner.PostAsync($"{path}/{customersCi}")).ExpectValidation(("ci_id", "must be a CI of this account"));
        (await provider.Owner.DeleteAsync($"{path}/{customersCi}")).Expect(404);

        Assert.Empty((await provider.Owner.GetAsync(path)).Expect(200).Ids());
        Assert.Equal(0, (await provider.Owner.GetAsync($"/v1/contracts/{contract}")).Expect(200).Record.Number("ci_count"));
    }

    [Fact]
    public async Task The_contracts_writers_change_its_CIs_and_its_other_readers_only_list_them()
    {
        var account = await _world.SupportDomainAsync();
        var contract = await ContractRecords.AddContractAsync(account, await account.AddOrganizationAsync(), "Printers");
        var (first, second) = (await ContractRecords.AddCiAsync(account, "Printer 1"),
            await ContractRecords.AddCiAsync(account, "Printer 2"));
        var path = $"/v1/contracts/{contract}/cis";

        var manager = await KnowledgeCalls.PersonWithRolesAsync(_world, account, "configuration_manager");
        (await manager.PostAsync($"{path}/{first}")).Expect(200);
        var specialist = await KnowledgeCalls.PersonWithRolesAsync(_world, account, "specialist");
        Assert.Equal([first], (await specialist.GetAsync(path)).Expect(200).Ids());
        (await specialist.PostAsync($"{path}/{second}")).Expect(403);
        (await specialist.DeleteAsync($"{path}/{first}")).Expect(403);
        var levels = await KnowledgeCalls.PersonWithRolesAsync(_world, account, "service_level_manager");
        (await levels.DeleteAsync($"{path}/{first}")).Expect(204);

        Assert.Empty((await account.Owner.GetAsync(path)).Expect(200).Ids());
    }
}
