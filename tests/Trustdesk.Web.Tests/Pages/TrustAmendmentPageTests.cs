using System.Net;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Pages;

/// <summary>
/// Amending a trust on <c>/console/{account}/trusts</c> (ADR 31), through <c>/v1/trusts</c>'s handlers: an administrator
/// ticks the options, what is unticked goes at once, what is ticked anew is proposed; the other side's administrator
/// accepts or rejects it there, the proposer may cancel it; a form shown before a change is refused as stale; a
/// specialist who is not an administrator gets no forms, and a forged amendment is the 404 page.
/// </summary>
public sealed class TrustAmendmentPageTests
{
    private static readonly TrustdeskServer Server = TestServers.Shared;

    private static string Page(Tenant account) => $"/console/{account.Id}/trusts";

    private static async Task<long> AcceptedTrustAsync(Tenant customer, Tenant provider, params string[] options)
    {
        var id = (await customer.Owner.PostAsync("/v1/trusts", new { customer_account_id = customer.Id, provider_account_id = provider.Id, options })).Expect(201).Id;
        (await provider.Owner.PostAsync($"/v1/trusts/{id}/accept")).Expect(200);
        return id;
    }

    /// <summary>The trust's options and proposed options as JSON, e.g. <c>("""["services"]""", ["services","tasks"])</c>.</summary>
    private static async Task<(string Options, string? Proposed)> ReadAsync(Tenant reader, long id)
    {
        var trust = (await reader.Owner.GetAsync($"/v1/trusts/{id}")).Expect(200).Record;
        return (trust["options"]!.ToJsonString(), trust["proposed_options"]?.ToJsonString());
    }

    /// <summary>The version the page's forms carry for trust <paramref name="id"/> (in their addresses).</summary>
    private static string Version(PageResponse page, long id) =>
        System.Text.RegularExpressions.Regex.Match(page.Html, $"""data-testid="amend-{id}"[\s\S]*?version=(\d+)""").Groups[1].Value is { Length: > 0 } version
            ? version : throw new Xunit.Sdk.XunitException($"no amendment form for trust {id}");

    private static IEnumerable<KeyValuePair<string, string>> Ticked(params string[] options) => options.Select(o => new KeyValuePair<string, string>("amended", o));

    [Fact]
    public async Task Options_are_taken_away_at_once_and_added_once_the_other_side_accepts_through_the_page()
    {
        var world = new TestWorld(Server);
        var (customer, provider) = (await world.SupportDomainAsync(), await world.SupportDomainAsync());
        var id = await AcceptedTrustAsync(customer, provider, "services", "requests");
        using var atCustomer = await ConsoleWorld.SignInOwnerAsync(Server, customer);
        using var atProvider = await ConsoleWorld.SignInOwnerAsync(Server, provider);

        var shown = (await atCustomer.GetAsync(Page(customer))).Expect(HttpStatusCode.OK);
        Assert.Contains($"data-testid=\"amend-{id}\"", shown.Html, StringComparison.Ordinal);
        Assert.Matches($"""id="amend-{id}-requests"[^>]*checked""", shown.Html);
        Assert.DoesNotMatch($"""id="amend-{id}-tasks"[^>]*checked""", shown.Html);
        var amendPath = $"{Page(customer)}?handler=Amend&id={id}&version={Version(shown, id)}";

        // Requests unticked, tasks ticked: requests go now, tasks wait for the provider.
        var amended = (await atCustomer.PostFieldsAsync(Page(customer), amendPath, Ticked("services", "tasks"))).Expect(HttpStatusCode.Redirect);
        Assert.Equal($"/console/{customer.Id}/trusts?done=amended&removed=requests&proposed=tasks", amended.Location);
        Assert.Equal<(string, string?)>(("""["services"]""", """["services","tasks"]"""), await ReadAsync(provider, id));
        var told = (await atCustomer.GetAsync(amended.Location!)).Expect(HttpStatusCode.OK).Text;
        Assert.Contains("Removed at once: Requests", told, StringComparison.Ordinal);
        Assert.Contains("Proposed to the other account: Tasks", told, StringComparison.Ordinal);
        Assert.Contains($"You proposed to add Tasks", told, StringComparison.Ordinal);
        Assert.Contains("Cancel the proposal", told, StringComparison.Ordinal);
        Assert.DoesNotContain("Accept the new options", told, StringComparison.Ordinal);

        // The same form, posted again from the version it was shown with, is stale: nothing changes.
        var stale = (await atCustomer.PostFieldsAsync(Page(customer), amendPath, Ticked("services"))).Expect(HttpStatusCode.OK);
        Assert.Contains("changed by someone else", stale.Text, StringComparison.Ordinal);
        Assert.Equal<(string, string?)>(("""["services"]""", """["services","tasks"]"""), await ReadAsync(customer, id));

        var atTheProvider = (await atProvider.GetAsync(Page(provider))).Expect(HttpStatusCode.OK);
        Assert.Contains($"{customer.Name} proposes to add Tasks", atTheProvider.Text, StringComparison.Ordinal);
        var version = Version(atTheProvider, id);
        (await atProvider.PostFormAsync(Page(provider), $"{Page(provider)}?handler=Answer&id={id}&step=accept_amendment&version={version}", []))
            .Expect(HttpStatusCode.Redirect);
        Assert.Equal<(string, string?)>(("""["services","tasks"]""", null), await ReadAsync(customer, id));

        // A proposal rejected by the other side, another canceled by its proposer: the options stay.
        shown = await atProvider.GetAsync(Page(provider));
        (await atProvider.PostFieldsAsync(Page(provider), $"{Page(provider)}?handler=Amend&id={id}&version={Version(shown, id)}", Ticked("services", "tasks", "cis")))
            .Expect(HttpStatusCode.Redirect);
        shown = await atCustomer.GetAsync(Page(customer));
        Assert.Contains("Reject the new options", shown.Text, StringComparison.Ordinal);
        (await atCustomer.PostFormAsync(Page(customer), $"{Page(customer)}?handler=Answer&id={id}&step=reject_amendment&version={Version(shown, id)}", []))
            .Expect(HttpStatusCode.Redirect);
        Assert.Equal<(string, string?)>(("""["services","tasks"]""", null), await ReadAsync(provider, id));
        shown = await atCustomer.GetAsync(Page(customer));
        (await atCustomer.PostFieldsAsync(Page(customer), $"{Page(customer)}?handler=Amend&id={id}&version={Version(shown, id)}", Ticked("services", "tasks", "roles")))
            .Expect(HttpStatusCode.Redirect);
        shown = await atCustomer.GetAsync(Page(customer));
        (await atCustomer.PostFormAsync(Page(customer), $"{Page(customer)}?handler=Answer&id={id}&step=cancel_amendment&version={Version(shown, id)}", []))
            .Expect(HttpStatusCode.Redirect);
        Assert.Equal<(string, string?)>(("""["services","tasks"]""", null), await ReadAsync(provider, id));

        var audit = (await provider.Owner.GetAsync($"/v1/trusts/{id}/audit")).Expect(200).Values("action");
        Assert.Equal(["invited", "accepted", "options_removed", "amendment_proposed", "amendment_accepted", "amendment_proposed", "amendment_rejected",
            "amendment_proposed", "amendment_canceled"], audit);
    }

    [Fact]
    public async Task Unticking_every_option_is_refused_on_the_page_and_nothing_changes()
    {
        var world = new TestWorld(Server);
        var (customer, provider) = (await world.SupportDomainAsync(), await world.SupportDomainAsync());
        var id = await AcceptedTrustAsync(customer, provider, "requests");
        using var session = await ConsoleWorld.SignInOwnerAsync(Server, provider);
        var shown = await session.GetAsync(Page(provider));

        var refused = (await session.PostFieldsAsync(Page(provider), $"{Page(provider)}?handler=Amend&id={id}&version={Version(shown, id)}", [])).Expect(HttpStatusCode.OK);
        Assert.Contains("can't be blank: revoke the trust to end it", refused.Text, StringComparison.Ordinal);
        Assert.Equal<(string, string?)>(("""["requests"]""", null), await ReadAsync(customer, id));
    }

    [Fact]
    public async Task A_specialist_who_is_not_an_administrator_gets_no_amendment_forms_and_a_forged_one_is_the_404_page()
    {
        var world = new TestWorld(Server);
        var (customer, provider) = (await world.SupportDomainAsync(), await world.SupportDomainAsync());
        var id = await AcceptedTrustAsync(customer, provider, "requests");
        (await customer.Owner.PatchAsync($"/v1/trusts/{id}", new { options = new[] { "requests", "tasks" } })).Expect(200);
        var specialist = await provider.AddPersonAsync();
        await provider.GrantAsync(specialist, "specialist");
        using var session = await ConsoleWorld.SignInAsync(Server, provider.Id, specialist);

        var page = (await session.GetAsync(Page(provider))).Expect(HttpStatusCode.OK);
        Assert.Contains($"{customer.Name} proposes to add Tasks", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("?handler=Amend", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("accept_amendment", page.Html, StringComparison.Ordinal);
        (await session.PostFieldsAsync(Page(provider), $"{Page(provider)}?handler=Amend&id={id}&version=2", Ticked("requests"))).ExpectNotFoundPage();
        (await session.PostFormAsync(Page(provider), $"{Page(provider)}?handler=Answer&id={id}&step=accept_amendment&version=2", [])).ExpectNotFoundPage();
        Assert.Equal<(string, string?)>(("""["requests"]""", """["requests","tasks"]"""), await ReadAsync(customer, id));

        // A trust of two other accounts is missing to an administrator, whatever the form says.
        var stranger = await world.SupportDomainAsync();
        using var atStranger = await ConsoleWorld.SignInOwnerAsync(Server, stranger);
        (await atStranger.PostFieldsAsync(Page(stranger), $"{Page(stranger)}?handler=Amend&id={id}&version=2", Ticked("requests"))).ExpectNotFoundPage();
        (await atStranger.PostFormAsync(Page(stranger), $"{Page(stranger)}?handler=Answer&id={id}&step=accept_amendment&version=2", [])).ExpectNotFoundPage();
        Assert.Equal<(string, string?)>(("""["requests"]""", """["requests","tasks"]"""), await ReadAsync(provider, id));
    }
}
