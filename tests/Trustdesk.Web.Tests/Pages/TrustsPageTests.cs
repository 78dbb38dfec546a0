using System.Net;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Pages;

/// <summary>
/// <c>/console/{account}/trusts</c>: an administrator invites, the other side's administrator accepts, either revokes —
/// through <c>/v1/trusts</c>'s handlers; a wrong invitation is answered next to its field; a specialist who is not an
/// administrator reads the trusts but gets no forms, and a forged answer is the 404 page.
/// </summary>
public sealed class TrustsPageTests
{
    private static readonly TrustdeskServer Server = TestServers.Shared;

    private static string Page(Tenant account) => $"/console/{account.Id}/trusts";

    [Fact]
    public async Task An_invitation_is_sent_accepted_and_revoked_through_the_page()
    {
        var world = new TestWorld(Server);
        var (customer, provider) = (await world.SupportDomainAsync(), await world.SupportDomainAsync());
        using var atCustomer = await ConsoleWorld.SignInOwnerAsync(Server, customer);
        using var atProvider = await ConsoleWorld.SignInOwnerAsync(Server, provider);

        var invite = new Dictionary<string, string> { ["OtherAccount"] = provider.Id, ["Side"] = "customer", ["Options"] = "requests" };
        (await atCustomer.PostFormAsync(Page(customer), Page(customer) + "?handler=Invite", invite)).Expect(HttpStatusCode.Redirect);
        var trust = (await customer.Owner.GetAsync("/v1/trusts")).Expect(200).Items.Single()!;
        var id = trust.Number("id");
        Assert.Equal(("pending", customer.Id, provider.Id), (trust.Str("status"), trust["customer_account"]!.Str("id"), trust["provider_account"]!.Str("id")));

        var invited = (await atProvider.GetAsync(Page(provider))).Expect(HttpStatusCode.OK);
        Assert.Contains($"{customer.Name} trusts {provider.Name} (you are the provider)", invited.Text, StringComparison.Ordinal);
        Assert.Contains("Accept the trust with", invited.Text, StringComparison.Ordinal);
        (await atProvider.PostFormAsync(Page(provider), Page(provider) + $"?handler=Answer&id={id}&step=accept", [])).Expect(HttpStatusCode.Redirect);
        Assert.Equal("accepted", (await customer.Owner.GetAsync($"/v1/trusts/{id}")).Expect(200).Record.Str("status"));

        (await atCustomer.PostFormAsync(Page(customer), Page(customer) + $"?handler=Answer&id={id}&step=revoke", [])).Expect(HttpStatusCode.Redirect);
        Assert.Equal("revoked", (await provider.Owner.GetAsync($"/v1/trusts/{id}")).Expect(200).Record.Str("status"));
        // Accepting a revoked trust is refused with the handler's reason, on the page.
        var again = (await atProvider.PostFormAsync(Page(provider), Page(provider) + $"?handler=Answer&id={id}&step=accept", [])).Expect(HttpStatusCode.OK);
        Assert.Contains("class=\"form-error", again.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_invitation_is_answered_next_to_its_fields()
    {
        var world = new TestWorld(Server);
        var account = await world.SupportDomainAsync();
        using var session = await ConsoleWorld.SignInOwnerAsync(Server, account);
        var noOptions = (await session.PostFormAsync(Page(account), Page(account) + "?handler=Invite",
            new() { ["OtherAccount"] = "no-such-account-" + Ids.Hex(4), ["Side"] = "provider" })).Expect(HttpStatusCode.OK);
        Assert.Contains("Options can&#x27;t be blank", noOptions.Html, StringComparison.Ordinal);
        var unknown = (await session.PostFormAsync(Page(account), Page(account) + "?handler=Invite",
            new() { ["OtherAccount"] = "no-such-account-" + Ids.Hex(4), ["Side"] = "provider", ["Options"] = "services" })).Expect(HttpStatusCode.OK);
        Assert.Contains("is not an account", unknown.Text, StringComparison.Ordinal);
        Assert.Empty((await account.Owner.GetAsync("/v1/trusts")).Expect(200).Items);
    }

    [Fact]
    public async Task A_specialist_who_is_not_an_administrator_reads_the_trusts_without_forms_and_a_forged_answer_is_the_404_page()
    {
        var world = new TestWorld(Server);
        var (customer, provider) = (await world.SupportDomainAsync(), await world.SupportDomainAsync());
        var id = (await customer.Owner.PostAsync("/v1/trusts",
            new { customer_account_id = customer.Id, provider_account_id = provider.Id, options = new[] { "services" } })).Expect(201).Id;
        var specialist = await provider.AddPersonAsync();
        await provider.GrantAsync(specialist, "specialist");
        using var session = await ConsoleWorld.SignInAsync(Server, provider.Id, specialist);

        var page = (await session.GetAsync(Page(provider))).Expect(HttpStatusCode.OK);
        Assert.Contains($"data-trust=\"{id}\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"invite-form\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("?handler=Answer", page.Html, StringComparison.Ordinal);
        (await session.PostFormAsync(Page(provider), Page(provider) + $"?handler=Answer&id={id}&step=accept", [])).ExpectNotFoundPage();
        Assert.Equal("pending", (await customer.Owner.GetAsync($"/v1/trusts/{id}")).Expect(200).Record.Str("status"));
        (await session.GetAsync($"/console/{provider.Id}/people")).ExpectNotFoundPage();
    }
}
