using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Isolation;

/// <summary>
/// A trust belongs to its two accounts and nobody else, through the EF filter (both databases) and through
/// row-level security alone (PostgreSQL, filter switched off).
/// </summary>
public sealed class TrustIsolationTests(FilterDisabledServer filterDisabled) : IClassFixture<FilterDisabledServer>
{
    [Fact]
    public Task A_trust_is_seen_by_its_two_accounts_only() => AssertTrustSeenByItsTwoAccountsOnlyAsync(TestWorld.Shared);

    [Fact]
    [Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public Task Without_the_account_filter_row_level_security_alone_keeps_a_trust_between_its_two_accounts()
    {
        PostgresOnly.Require();
        return AssertTrustSeenByItsTwoAccountsOnlyAsync(new TestWorld(filterDisabled.Server));
    }

    private static async Task AssertTrustSeenByItsTwoAccountsOnlyAsync(TestWorld world)
    {
        var customer = await world.DirectoryAsync();
        var provider = await world.DirectoryAsync();
        var outsider = await world.DirectoryAsync();
        var trust = (await customer.Owner.PostAsync("/v1/trusts",
            new { customer_account_id = customer.Id, provider_account_id = provider.Id, options = new[] { "services" } })).Expect(201).Id;
        (await provider.Owner.PostAsync($"/v1/trusts/{trust}/accept")).Expect(200);

        Assert.Equal([trust], (await customer.Owner.GetAsync("/v1/trusts")).Expect(200).Ids());
        Assert.Equal([trust], (await provider.Owner.GetAsync("/v1/trusts")).Expect(200).Ids());
        Assert.Equal(0, (await outsider.Owner.GetAsync("/v1/trusts")).Expect(200).TotalEntries());
        Answers.SameAsMissing(await outsider.Owner.GetAsync($"/v1/trusts/{trust}"), await outsider.Owner.GetAsync($"/v1/trusts/{Answers.NeverExistingId}"));
        Answers.SameAsMissing(await outsider.Owner.GetAsync($"/v1/trusts/{trust}/audit"),
            await outsider.Owner.GetAsync($"/v1/trusts/{Answers.NeverExistingId}/audit"));
        Answers.SameAsMissing(await outsider.Owner.PostAsync($"/v1/trusts/{trust}/revoke"),
            await outsider.Owner.PostAsync($"/v1/trusts/{Answers.NeverExistingId}/revoke"));
        Assert.Equal("accepted", (await customer.Owner.GetAsync($"/v1/trusts/{trust}")).Expect(200).Record.Str("status"));
    }
}
