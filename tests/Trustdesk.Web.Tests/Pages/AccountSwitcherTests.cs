using System.Net;
using System.Text.RegularExpressions;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Pages;

/// <summary>
/// The layout's account switcher (ADR 48): the accounts where the person's roles count — their own, the support domains of
/// their directory, providers that one of those trusts with <c>roles</c> now — each of which the console then opens; never
/// one across a trust without the option or no longer standing, nor where someone else holds the roles.
/// </summary>
public sealed partial class AccountSwitcherTests
{
    private static readonly TrustdeskServer Server = TestServers.Shared;

    [Fact]
    public async Task The_switcher_offers_exactly_the_accounts_where_the_persons_roles_count_and_each_opens()
    {
        var world = new TestWorld(Server);
        var directory = await world.DirectoryAsync();
        var (domain, quiet, other) = (await world.SupportDomainAsync(directory), await world.SupportDomainAsync(directory), await world.SupportDomainAsync(directory));
        var (trusted, servicesOnly, revoked, stranger) =
            (await world.SupportDomainAsync(), await world.SupportDomainAsync(), await world.SupportDomainAsync(), await world.SupportDomainAsync());
        var person = await directory.AddPersonAsync();
        var colleague = await directory.AddPersonAsync();
        var trusts = new Dictionary<string, long>();
        foreach (var (provider, options) in new[] { (trusted, new[] { "roles" }), (servicesOnly, ["services"]), (revoked, ["roles", "requests"]) })
        {
            var trust = (await domain.Owner.PostAsync("/v1/trusts",
                new { customer_account_id = domain.Id, provider_account_id = provider.Id, options })).Expect(201).Id;
            (await provider.Owner.PostAsync($"/v1/trusts/{trust}/accept")).Expect(200);
            trusts[provider.Id] = trust;
        }
        await directory.GrantAsync(person, "specialist");
        await domain.GrantAsync(person, "specialist", "knowledge_manager");
        await other.GrantAsync(colleague, "specialist"); // someone else's roles: not the person's account
        foreach (var provider in new[] { trusted, revoked })
            (await provider.Owner.PostAsync($"/v1/people/{person}/permissions/{provider.Id}?roles=specialist")).Expect(200);
        (await revoked.Owner.PostAsync($"/v1/people/{colleague}/permissions/{revoked.Id}?roles=specialist")).Expect(200);
        (await stranger.Owner.PostAsync($"/v1/people/{person}/permissions/{stranger.Id}?roles=specialist")).Expect(404);
        (await domain.Owner.PostAsync($"/v1/trusts/{trusts[revoked.Id]}/revoke")).Expect(200);

        var (email, password) = await ConsoleWorld.SetPasswordAsync(Server, directory.Id, person);
        using var session = await PageSession.SignInAsync(Server, email, password);
        var expected = new[] { directory.Id, domain.Id, trusted.Id }.Order().ToList();
        foreach (var page in new[] { "/portal/password", $"/console/{domain.Id}" })
            Assert.Equal(expected, Offered((await session.GetAsync(page)).Expect(HttpStatusCode.OK).Html));
        foreach (var account in expected)
            (await session.GetAsync($"/console/{account}")).Expect(HttpStatusCode.OK);
        foreach (var account in new[] { quiet.Id, other.Id, servicesOnly.Id, revoked.Id, stranger.Id })
            (await session.GetAsync($"/console/{account}")).ExpectNotFoundPage();

        // The trust stops standing: the switcher drops the provider at the next page.
        (await domain.Owner.PostAsync($"/v1/trusts/{trusts[trusted.Id]}/revoke")).Expect(200);
        Assert.Equal(new[] { directory.Id, domain.Id }.Order().ToList(), Offered((await session.GetAsync("/portal/password")).Html));
    }

    private static List<string> Offered(string html) =>
        Switcher().Match(html) is { Success: true } switcher
            ? Link().Matches(switcher.Value).Select(m => m.Groups[1].Value).Order().ToList()
            : [];

    [GeneratedRegex("""<details class="switcher">.*?</details>""", RegexOptions.Singleline)]
    private static partial Regex Switcher();

    [GeneratedRegex("""<a href="/console/([^"/]+)"[^>]*>""")]
    private static partial Regex Link();
}
