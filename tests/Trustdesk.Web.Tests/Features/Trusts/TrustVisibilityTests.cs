using Trustdesk.Web.Tests.Infrastructure;
using static Trustdesk.Web.Tests.Features.Trusts.TrustCalls;

namespace Trustdesk.Web.Tests.Features.Trusts;

/// <summary>A trust is visible to both of its sides and to nobody else; the listings filter, sort and page it.</summary>
public sealed class TrustVisibilityTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    [Fact]
    public async Task Both_sides_list_the_trust_and_a_third_account_sees_nothing_of_it()
    {
        var customer = await _world.SupportDomainAsync();
        var provider = await _world.SupportDomainAsync();
        var third = await _world.SupportDomainAsync();
        var pending = await InvitedAsync(customer, customer, provider);
        var accepted = await InvitedAsync(provider, provider, customer);
        (await StepAsync(customer.Owner, accepted, "accept")).Expect(200);

        foreach (var side in new[] { customer, provider })
        {
            var list = (await side.Owner.GetAsync("/v1/trusts")).Expect(200);
            Assert.Equal([pending, accepted], list.Ids());
            Assert.Equal(2, list.TotalEntries());
            Assert.Equal(["pending", "accepted"], list.Values("status"));
            Assert.Equal(["id", "customer_account", "provider_account", "status", "options"], list.Items[0]!.Members());
        }

        foreach (var path in new[] { "/v1/trusts", "/v1/trusts/pending", "/v1/trusts/accepted",
                     $"/v1/trusts?other_account_id={customer.Id}", $"/v1/trusts?customer_account_id={customer.Id}", $"/v1/trusts?id={pending}" })
        {
            var list = (await third.Owner.GetAsync(path)).Expect(200);
            Assert.Equal(0, list.TotalEntries());
            Assert.Equal("[]", list.Text);
        }
        foreach (var id in new[] { pending, accepted })
        {
            Answers.SameAsMissing(await GetAsync(third.Owner, id), await GetAsync(third.Owner, Answers.NeverExistingId));
            Answers.SameAsMissing(
                await third.Owner.GetAsync($"/v1/trusts/{id}/audit"), await third.Owner.GetAsync($"/v1/trusts/{Answers.NeverExistingId}/audit"));
        }
    }

    [Fact]
    public async Task Each_side_sees_the_other_as_the_other_account()
    {
        var customer = await _world.SupportDomainAsync();
        var provider = await _world.SupportDomainAsync();
        var id = await InvitedAsync(provider, customer, provider);

        var fields = "fields=other_account,inviter_account,customer_account";
        var byCustomer = (await customer.Owner.GetAsync($"/v1/trusts?{fields}")).Expect(200).Items.Single()!;
        var byProvider = (await provider.Owner.GetAsync($"/v1/trusts?{fields}")).Expect(200).Items.Single()!;
        Assert.Equal(["id", "other_account", "inviter_account", "customer_account"], byCustomer.Members());
        Assert.Equal(id, byCustomer.Number("id"));
        Assert.Equal(provider.Id, byCustomer["other_account"]!.Str("id"));
        Assert.Equal(provider.Name, byCustomer["other_account"]!.Str("name"));
        Assert.Equal(customer.Id, byProvider["other_account"]!.Str("id"));
        Assert.Equal(provider.Id, byCustomer["inviter_account"]!.Str("id"));
        Assert.Equal(provider.Id, byProvider["inviter_account"]!.Str("id"));
        Assert.Equal(customer.Id, byProvider["customer_account"]!.Str("id"));
    }

    [Fact]
    public async Task Listings_filter_on_status_sides_inviter_and_the_other_account()
    {
        var account = await _world.SupportDomainAsync();
        var first = await _world.SupportDomainAsync();
        var second = await _world.SupportDomainAsync();
        // pending: account → first, invited by account; accepted: second → account, invited by second;
        // canceled: account → second, invited by account.
        var pending = await InvitedAsync(account, account, first);
        var accepted = await InvitedAsync(second, second, account);
        (await StepAsync(account.Owner, accepted, "accept")).Expect(200);
        var canceled = await InvitedAsync(account, account, second);
        (await StepAsync(account.Owner, canceled, "cancel")).Expect(200);

        async Task<List<long>> Listed(Tenant reader, string path)
        {
            var list = (await reader.Owner.GetAsync(path)).Expect(200);
            Assert.Equal(list.Items.Count, list.TotalEntries());
            return list.Ids();
        }

        Assert.Equal([pending, accepted, canceled], await Listed(account, "/v1/trusts"));
        Assert.Equal([pending], await Listed(account, $"/v1/trusts?other_account_id={first.Id}"));
        Assert.Equal([accepted, canceled], await Listed(account, $"/v1/trusts?other_account_id={second.Id}"));
        Assert.Empty(await Listed(account, $"/v1/trusts?other_account_id={Ids.Account()}"));
        Assert.Equal([pending, canceled], await Listed(account, $"/v1/trusts?customer_account_id={account.Id}"));
        Assert.Equal([accepted], await Listed(account, $"/v1/trusts?provider_account_id={account.Id}"));
        Assert.Equal([pending, canceled], await Listed(account, $"/v1/trusts?inviter_account_id={account.Id}"));
        Assert.Equal([accepted], await Listed(account, $"/v1/trusts?inviter_account_id={second.Id}"));
        Assert.Equal([pending], await Listed(account, "/v1/trusts?status=pending"));
        Assert.Equal([accepted, canceled], await Listed(account, "/v1/trusts?status=accepted,canceled"));
        Assert.Equal([pending, canceled], await Listed(account, "/v1/trusts?status=!accepted"));
        Assert.Equal([pending], await Listed(account, "/v1/trusts/pending"));
        Assert.Equal([accepted], await Listed(account, "/v1/trusts/accepted"));
        Assert.Empty(await Listed(account, "/v1/trusts/accepted?other_account_id=" + first.Id));
        Assert.Equal([accepted], await Listed(account, $"/v1/trusts/accepted?other_account_id={second.Id}"));

        // The other sides see only their own trusts, whatever they filter on.
        Assert.Equal([accepted, canceled], await Listed(second, "/v1/trusts"));
        Assert.Equal([accepted, canceled], await Listed(second, $"/v1/trusts?other_account_id={account.Id}"));
        Assert.Empty(await Listed(second, $"/v1/trusts?other_account_id={first.Id}"));
        Assert.Empty(await Listed(first, "/v1/trusts/accepted"));
        Assert.Equal([pending], await Listed(first, "/v1/trusts/pending"));
    }

    [Fact]
    public async Task Listings_page_and_sort_and_count_every_entry()
    {
        var account = await _world.SupportDomainAsync();
        var ids = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            var other = await _world.SupportDomainAsync();
            ids.Add(i % 2 == 0 ? await InvitedAsync(account, account, other) : await InvitedAsync(other, other, account));
        }

        var firstPage = (await account.Owner.GetAsync("/v1/trusts?per_page=2")).Expect(200);
        Assert.Equal(ids[..2], firstPage.Ids());
        Assert.Equal("3", firstPage.Header("X-Pagination-Total-Entries"));
        Assert.Equal("2", firstPage.Header("X-Pagination-Total-Pages"));
        Assert.Equal("2", firstPage.Header("X-Pagination-Per-Page"));
        Assert.Contains("rel=\"next\"", firstPage.Header("Link"), StringComparison.Ordinal);

        var secondPage = (await account.Owner.GetAsync("/v1/trusts?per_page=2&page=2")).Expect(200);
        Assert.Equal(ids[2..], secondPage.Ids());
        Assert.Equal(3, secondPage.TotalEntries());
        Assert.Equal("2", secondPage.Header("X-Pagination-Current-Page"));

        Assert.Equal(Enumerable.Reverse(ids), (await account.Owner.GetAsync("/v1/trusts?sort=-id")).Expect(200).Ids());
        var reversedPage = (await account.Owner.GetAsync("/v1/trusts?sort=-id&per_page=1&page=3")).Expect(200);
        Assert.Equal([ids[0]], reversedPage.Ids());
        Assert.Equal(3, reversedPage.TotalEntries());

        var pendingPage = (await account.Owner.GetAsync("/v1/trusts/pending?per_page=1&page=2")).Expect(200);
        Assert.Equal([ids[1]], pendingPage.Ids());
        Assert.Equal(3, pendingPage.TotalEntries());
        Assert.Equal(0, (await account.Owner.GetAsync("/v1/trusts/accepted")).Expect(200).TotalEntries());

        (await account.Owner.GetAsync("/v1/trusts?sort=status")).Expect(400);
        (await account.Owner.GetAsync("/v1/trusts?name=x")).Expect(400);
    }

    [Fact]
    public async Task The_audit_trail_pages_like_any_listing()
    {
        var customer = await _world.SupportDomainAsync();
        var provider = await _world.SupportDomainAsync();
        var id = await AcceptedAsync(customer, provider);
        (await StepAsync(provider.Owner, id, "revoke")).Expect(200);

        var page = (await customer.Owner.GetAsync($"/v1/trusts/{id}/audit?per_page=2&page=2")).Expect(200);
        Assert.Equal(["revoked"], page.Values("action"));
        Assert.Equal(3, page.TotalEntries());
        Assert.Equal(["invited", "accepted", "revoked"], (await provider.Owner.GetAsync($"/v1/trusts/{id}/audit")).Expect(200).Values("action"));
    }
}
