using System.Net;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Pages;

/// <summary>
/// <c>/console/{account}/requests/{id}</c>: notes, status, team and hand-over through the API's handlers, stale forms
/// refused with a message, and another account's request answering like a missing one — also to a forged post.
/// </summary>
public sealed class RequestPageTests
{
    private static readonly TrustdeskServer Server = TestServers.Shared;

    private static Dictionary<string, string> Note(string text, bool isInternal = false) =>
        new() { ["NoteText"] = text, ["NoteInternal"] = isInternal ? "true" : "false" };

    [Fact]
    public async Task An_internal_note_shows_only_in_the_account_it_was_written_in_and_a_public_one_everywhere()
    {
        using var c = await ConsoleWorld.CreateAsync(Server);
        var id = await c.W.SubmitAsync(c.W.RequesterToken);
        var atProvider = ConsoleWorld.RequestPage(c.W.Provider, id);
        var atCustomer = ConsoleWorld.RequestPage(c.W.Customer, id);

        (await c.Provider.PostFormAsync(atProvider, atProvider + "?handler=Note", Note("Provider only: reset the token", isInternal: true))).Expect(HttpStatusCode.Redirect);
        (await c.Customer.PostFormAsync(atCustomer, atCustomer + "?handler=Note", Note("Customer asks: any news?"))).Expect(HttpStatusCode.Redirect);

        var provider = (await c.Provider.GetAsync(atProvider)).Expect(HttpStatusCode.OK).Text;
        Assert.Contains("Provider only: reset the token", provider, StringComparison.Ordinal);
        Assert.Contains("Customer asks: any news?", provider, StringComparison.Ordinal);
        var customer = (await c.Customer.GetAsync(atCustomer)).Expect(HttpStatusCode.OK).Text;
        Assert.DoesNotContain("Provider only", customer, StringComparison.Ordinal);
        Assert.Contains("Customer asks: any news?", customer, StringComparison.Ordinal);
        // Who can see it and why: the customer through its services trust.
        Assert.Contains("services trust", customer, StringComparison.Ordinal);

        var notes = (await Server.Client(c.W.Customer.OwnerToken, c.W.Customer.Id).GetAsync($"/v1/requests/{id}/notes")).Expect(200).Items;
        Assert.Equal(["Customer asks: any news?"], notes.Select(n => n!.Str("text")));
    }

    [Fact]
    public async Task The_audit_trail_names_fields_and_what_they_point_at_as_people_read_them()
    {
        using var c = await ConsoleWorld.CreateAsync(Server);
        var id = await c.W.SubmitAsync(c.W.RequesterToken);
        var api = Server.Client(c.W.Provider.OwnerToken, c.W.Provider.Id);
        var before = (await api.GetAsync($"/v1/requests/{id}")).Expect(200).Record;
        var network = (await api.PostAsync("/v1/teams", new { name = "Network " + Ids.Hex(4) })).Expect(201);
        (await api.PatchAsync($"/v1/requests/{id}", new { team_id = network.Id, status = "in_progress" })).Expect(200);

        var trail = System.Text.RegularExpressions.Regex.Match(
            (await c.Provider.GetAsync(ConsoleWorld.RequestPage(c.W.Provider, id))).Expect(HttpStatusCode.OK).Text,
            "data-testid=\"trail\">(.*?)</ol>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        var oldTeam = before["team"]?.Str("name") ?? "—";
        Assert.Contains($"Team: {oldTeam} → {network.Record.Str("name")}", trail, StringComparison.Ordinal);
        Assert.Contains($"Status: {Words(before.Str("status")!)} → In progress", trail, StringComparison.Ordinal);
        Assert.Contains($"Service instance: — → {before["service_instance"]!.Str("name")}", trail, StringComparison.Ordinal);
        Assert.Contains($"Requested for: — → {before["requested_for"]!.Str("name")}", trail, StringComparison.Ordinal);
        Assert.DoesNotContain("_id", trail, StringComparison.Ordinal);
        Assert.DoesNotContain("Team account", trail, StringComparison.Ordinal);

        // The customer reads the provider's current team by name, as the request names it, and an earlier one only as
        // "a team of" the provider: what the provider calls its other teams is not the customer's to know.
        var desk = (await api.PostAsync("/v1/teams", new { name = "Desk " + Ids.Hex(4) })).Expect(201);
        (await api.PatchAsync($"/v1/requests/{id}", new { team_id = desk.Id })).Expect(200);
        var customers = (await c.Customer.GetAsync(ConsoleWorld.RequestPage(c.W.Customer, id))).Expect(HttpStatusCode.OK).Text;
        Assert.Contains($"Team: a team of {c.W.Provider.Name} → {desk.Record.Str("name")}", customers, StringComparison.Ordinal);
        Assert.DoesNotContain(network.Record.Str("name")!, customers, StringComparison.Ordinal);

        static string Words(string snake) => char.ToUpperInvariant(snake[0]) + snake[1..].Replace('_', ' ');
    }

    /// <summary>
    /// A post no form of the page sends — a checkbox that is no boolean, a version that is no number — is refused whole
    /// with the 400 page and writes nothing. It once ran with the default instead (a note posted public and then rolled
    /// back behind a "done"), and shown again it failed to render the checkbox (a 500).
    /// </summary>
    [Fact]
    public async Task A_form_whose_values_do_not_bind_is_refused_with_the_form_page_and_nothing_is_written()
    {
        using var c = await ConsoleWorld.CreateAsync(Server);
        var id = await c.W.SubmitAsync(c.W.RequesterToken);
        var page = ConsoleWorld.RequestPage(c.W.Provider, id);
        var api = Server.Client(c.W.Provider.OwnerToken, c.W.Provider.Id);
        var before = (await api.GetAsync($"/v1/requests/{id}")).Expect(200).Text;

        foreach (var (handler, fields) in new (string, Dictionary<string, string>)[]
                 {
                     ("Note", new() { ["NoteText"] = "Forged", ["NoteInternal"] = "maybe" }),
                     ("Note", new() { ["NoteText"] = " ", ["NoteInternal"] = "\ufffd" }),
                     ("Update", new() { ["Version"] = "one", ["Status"] = "in_progress" }),
                     ("Update", new() { ["Version"] = "0", ["TeamId"] = "9223372036854775808" }),
                 })
        {
            var refused = (await c.Provider.PostFormAsync(page, $"{page}?handler={handler}", fields)).Expect(HttpStatusCode.BadRequest);
            Assert.Contains("The form could not be accepted", refused.Text, StringComparison.Ordinal);
        }

        Assert.Empty((await api.GetAsync($"/v1/requests/{id}/notes")).Expect(200).Items);
        Assert.Equal(before, (await api.GetAsync($"/v1/requests/{id}")).Expect(200).Text);
    }

    /// <summary>
    /// A post to a handler the page does not have answers the 404 page and writes nothing: Razor Pages rendered the page
    /// without running any handler, so its model was never read (a 500). A link naming one shows the page, as its plain
    /// GET handler answers it.
    /// </summary>
    [Fact]
    public async Task A_post_to_a_handler_the_page_does_not_have_answers_the_404_page()
    {
        using var c = await ConsoleWorld.CreateAsync(Server);
        var id = await c.W.SubmitAsync(c.W.RequesterToken);
        var page = ConsoleWorld.RequestPage(c.W.Provider, id);

        (await c.Provider.PostFormAsync(page, page + "?handler=Nope", Note("Forged"))).ExpectNotFoundPage();
        (await c.Provider.PostFormAsync(page, page + "?handler=" + new string('h', 3000), Note("Forged"))).ExpectNotFoundPage();
        Assert.Empty((await Server.Client(c.W.Provider.OwnerToken, c.W.Provider.Id).GetAsync($"/v1/requests/{id}/notes")).Expect(200).Items);

        (await c.Provider.GetAsync(page + "?handler=Nope")).Expect(HttpStatusCode.OK);
        (await c.Provider.GetAsync($"/console/{c.W.Provider.Id}?handler=Note")).Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_empty_note_is_refused_next_to_the_field()
    {
        using var c = await ConsoleWorld.CreateAsync(Server);
        var id = await c.W.SubmitAsync(c.W.RequesterToken);
        var page = ConsoleWorld.RequestPage(c.W.Provider, id);
        var refused = (await c.Provider.PostFormAsync(page, page + "?handler=Note", Note(" "))).Expect(HttpStatusCode.OK);
        Assert.Contains("Text can&#x27;t be blank", refused.Html.Replace("&#39;", "&#x27;", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("id=\"note-error\"", refused.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_change_is_saved_and_a_form_shown_before_another_change_is_refused_with_a_message()
    {
        using var c = await ConsoleWorld.CreateAsync(Server);
        var id = await c.W.SubmitAsync(c.W.RequesterToken);
        var page = ConsoleWorld.RequestPage(c.W.Provider, id);
        var version = (await c.Provider.GetAsync(page)).Expect(HttpStatusCode.OK).Field("Version")!;
        var api = Server.Client(c.W.Provider.OwnerToken, c.W.Provider.Id);
        var team = (await api.GetAsync($"/v1/requests/{id}")).Expect(200).Record["team"]?["id"]?.ToString() ?? "";

        Dictionary<string, string> Form(string status) => new()
            { ["Version"] = version, ["Status"] = status, ["CompletionReason"] = "", ["TeamId"] = team, ["MemberId"] = "" };
        (await c.Provider.PostFormAsync(page, page + "?handler=Update", Form("in_progress"))).Expect(HttpStatusCode.Redirect);
        Assert.Equal("in_progress", (await api.GetAsync($"/v1/requests/{id}")).Expect(200).Record.Str("status"));

        var stale = (await c.Provider.PostFormAsync(page, page + "?handler=Update", Form("waiting_for"))).Expect(HttpStatusCode.OK);
        Assert.Contains("changed by someone else", stale.Text, StringComparison.Ordinal);
        Assert.Equal("in_progress", (await api.GetAsync($"/v1/requests/{id}")).Expect(200).Record.Str("status"));

        var completing = (await c.Provider.GetAsync(page)).Field("Version")!;
        var noReason = new Dictionary<string, string>
            { ["Version"] = completing, ["Status"] = "completed", ["CompletionReason"] = "", ["TeamId"] = team, ["MemberId"] = "" };
        var refused = (await c.Provider.PostFormAsync(page, page + "?handler=Update", noReason)).Expect(HttpStatusCode.OK);
        Assert.Contains("Completion reason can", refused.Text, StringComparison.Ordinal);
        Assert.Contains("id=\"reason-error\"", refused.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_post_for_a_request_the_account_does_not_see_answers_the_404_page_and_writes_nothing()
    {
        using var c = await ConsoleWorld.CreateAsync(Server);
        var id = await c.W.SubmitAsync(c.W.RequesterToken);
        var own = await c.W.RegisterAsync(c.W.Unrelated);
        var ownPage = ConsoleWorld.RequestPage(c.W.Unrelated, own);
        var forged = ConsoleWorld.RequestPage(c.W.Unrelated, id);

        (await c.Unrelated.GetAsync(forged)).ExpectNotFoundPage();
        // A form's address opened with GET is the page itself, not an error.
        (await c.Unrelated.GetAsync(ownPage + "?handler=Note")).Expect(HttpStatusCode.OK);
        (await c.Unrelated.PostFormAsync(ownPage, forged + "?handler=Note", Note("Forged"))).ExpectNotFoundPage();
        var update = new Dictionary<string, string> { ["Version"] = "1", ["Status"] = "completed", ["CompletionReason"] = "solved", ["TeamId"] = "", ["MemberId"] = "" };
        (await c.Unrelated.PostFormAsync(ownPage, forged + "?handler=Update", update)).ExpectNotFoundPage();
        // Acting in an account where the person has no role at all: the same page.
        (await c.Unrelated.PostFormAsync(ownPage, ConsoleWorld.RequestPage(c.W.Provider, id) + "?handler=Note", Note("Forged"))).ExpectNotFoundPage();

        var api = Server.Client(c.W.Provider.OwnerToken, c.W.Provider.Id);
        Assert.Empty((await api.GetAsync($"/v1/requests/{id}/notes")).Expect(200).Items);
        Assert.NotEqual("completed", (await api.GetAsync($"/v1/requests/{id}")).Expect(200).Record.Str("status"));
    }

    [Fact]
    public async Task A_request_is_handed_over_to_a_team_of_a_provider_trusted_with_requests()
    {
        using var c = await ConsoleWorld.CreateAsync(Server);
        var (customer, provider) = (c.W.Unrelated, c.W.Provider);
        var trust = (await customer.Owner.PostAsync("/v1/trusts",
            new { customer_account_id = customer.Id, provider_account_id = provider.Id, options = new[] { "requests" } })).Expect(201).Id;
        (await provider.Owner.PostAsync($"/v1/trusts/{trust}/accept")).Expect(200);
        var team = await provider.AddTeamAsync("Printer specialists");
        var id = await c.W.RegisterAsync(customer);
        var page = ConsoleWorld.RequestPage(customer, id);

        var shown = (await c.Unrelated.GetAsync(page)).Expect(HttpStatusCode.OK);
        Assert.Contains($"Hand over to {provider.Name}", shown.Text, StringComparison.Ordinal);
        var handOver = new Dictionary<string, string>
            { ["Version"] = shown.Field("Version")!, ["Status"] = "assigned", ["CompletionReason"] = "", ["TeamId"] = team.ToString(), ["MemberId"] = "" };
        (await c.Unrelated.PostFormAsync(page, page + "?handler=Update", handOver)).Expect(HttpStatusCode.Redirect);

        var seen = (await Server.Client(provider.OwnerToken, provider.Id).GetAsync($"/v1/requests/{id}")).Expect(200).Record;
        Assert.Equal(team, seen["team"]!.Number("id"));
        var atProvider = (await c.Provider.GetAsync(ConsoleWorld.RequestPage(provider, id))).Expect(HttpStatusCode.OK).Text;
        Assert.Contains("Printer specialists", atProvider, StringComparison.Ordinal);
        Assert.Contains("requests trust", atProvider, StringComparison.Ordinal);
    }
}
