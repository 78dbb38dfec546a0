using Microsoft.Playwright;
using Trustdesk.Browser.Tests.Infrastructure;

namespace Trustdesk.Browser.Tests.Portal;

[Collection(OneAtATime.Name)]
public sealed class RequestTests
{
    [Fact]
    public async Task A_request_for_Active_Directory_is_checked_on_the_server_then_routed_to_the_competence_center()
    {
        await using var chromium = await Chromium.StartAsync();
        var page = chromium.Page;
        await page.SignInAsync(Demo.NlEmployee);
        var before = await DemoApi.OwnSubjectsAsync(Demo.NlEmployee);

        await page.GetByRole(AriaRole.Link, new() { Name = "Request Active Directory for Widget NL" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit request" }).ClickAsync();

        Assert.Equal("Subject can't be blank.", await page.Locator("#subject-error").InnerTextAsync());
        Assert.Equal("subject-error", await page.GetByLabel("Subject").GetAttributeAsync("aria-describedby"));
        Assert.Equal(before, await DemoApi.OwnSubjectsAsync(Demo.NlEmployee));

        var subject = "Locked out of my account " + Guid.NewGuid().ToString("N")[..8];
        const string description = "Since the password change this morning, every sign-in says my account is locked.";
        await page.GetByLabel("Subject").FillAsync(subject);
        await page.GetByLabel("Impact").SelectOptionAsync("high");
        await page.GetByLabel("Description").FillAsync(description);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit request" }).ClickAsync();
        await page.ArrivesAtAsync("**/portal/requests/*?submitted=true");
        await page.AssertNoStackTraceAsync();

        Assert.Equal("Your request was registered with Widget Competence Centers.", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        Assert.Equal("Widget Competence Centers", await page.GetByTestId("providing-account").InnerTextAsync());
        var id = long.Parse(new Uri(page.Url).Segments[^1], System.Globalization.CultureInfo.InvariantCulture);
        var registered = await DemoApi.GetAsync(Demo.NlEmployee, "widget", $"/v1/requests/{id}");
        Assert.Equal("widget-cc", registered["account"]!["id"]!.GetValue<string>());
        Assert.Equal("high", registered["impact"]!.GetValue<string>());

        // The description is the request's first note, public, on its page and through the API.
        var notes = await page.GetByTestId("notes").InnerTextAsync();
        Assert.Contains(description, notes, StringComparison.Ordinal);
        Assert.Contains("Anna de Vries", notes, StringComparison.Ordinal);
        var stored = (await DemoApi.GetAsync(Demo.NlEmployee, "widget", $"/v1/requests/{id}/notes")).AsArray();
        Assert.Equal([(description, false)], stored.Select(n => (n!["text"]!.GetValue<string>(), n["internal"]!.GetValue<bool>())));

        await page.GetByRole(AriaRole.Link, new() { Name = "My requests", Exact = true }).First.ClickAsync();
        var row = page.Locator($"tr[data-request='{id}']");
        Assert.Contains(subject, await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Widget Competence Centers", await row.Locator("td[data-label='Handled by']").InnerTextAsync());
        Assert.Equal("Assigned", await row.Locator("td[data-label='Status']").InnerTextAsync());
        Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d UTC$", await row.Locator("td[data-label='Resolution target']").InnerTextAsync());
    }

    [Fact]
    public async Task A_public_note_is_added_on_the_request_page_and_an_empty_one_is_refused()
    {
        await using var chromium = await Chromium.StartAsync();
        var page = chromium.Page;
        await page.SignInAsync(Demo.NlEmployee);
        var id = await SubmitAsync(page, "Mailbox full " + Guid.NewGuid().ToString("N")[..8]);

        await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        Assert.Equal("The note can't be blank.", await page.Locator("#note-error").InnerTextAsync());

        var text = "It happens every morning " + Guid.NewGuid().ToString("N")[..8];
        await page.GetByLabel("Add a note").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await page.ArrivesAtAsync($"**/portal/requests/{id}#notes");

        var notes = await page.GetByTestId("notes").InnerTextAsync();
        Assert.Contains(text, notes, StringComparison.Ordinal);
        Assert.Contains("Anna de Vries", notes, StringComparison.Ordinal);
        var stored = (await DemoApi.GetAsync(Demo.NlEmployee, "widget", $"/v1/requests/{id}/notes")).AsArray();
        Assert.Equal([(text, false)], stored.Select(n => (n!["text"]!.GetValue<string>(), n["internal"]!.GetValue<bool>())));
    }

    [Fact]
    public async Task A_forged_note_on_someone_elses_request_answers_the_404_page_and_writes_nothing()
    {
        var foreign = await DemoApi.PostAsync(Demo.BrAnalyst, "widget-it-br", "/v1/requests", new { subject = "Brazil only " + Guid.NewGuid() });
        await using var chromium = await Chromium.StartAsync();
        var page = chromium.Page;
        await page.SignInAsync(Demo.NlEmployee);

        Assert.Equal(404, await page.VisitAsync($"/portal/requests/{foreign}"));
        var notHers = await page.MainTextAsync();
        Assert.Equal(404, await page.VisitAsync("/portal/requests/999999999"));
        Assert.Equal(notHers, await page.MainTextAsync());

        await page.VisitAsync("/portal");
        var token = await page.AntiforgeryTokenAsync();
        var forged = await page.APIRequest.PostAsync($"/portal/requests/{foreign}", new()
        {
            Form = page.APIRequest.CreateFormData().Set("NoteText", "Forged").Set("__RequestVerificationToken", token),
        });

        Assert.Equal(404, forged.Status);
        var body = await forged.TextAsync();
        Assert.Contains("Page not found", body, StringComparison.Ordinal);
        ErrorPages.AssertNoStackTrace(body);
        Assert.Empty((await DemoApi.GetAsync(Demo.BrAnalyst, "widget-it-br", $"/v1/requests/{foreign}/notes")).AsArray());
    }

    [Fact]
    public async Task A_service_outside_the_persons_catalog_cannot_be_requested()
    {
        await using var chromium = await Chromium.StartAsync();
        var page = chromium.Page;
        await page.SignInAsync(Demo.NlEmployee);
        var brazilOnly = (await DemoApi.GetAsync(Demo.BrAnalyst, "widget-it-br", "/v1/service_instances")).AsArray()
            .First(i => i!["name"]!.GetValue<string>() == "Laptops and desktops BR")!["id"]!.GetValue<long>();

        Assert.Equal(404, await page.VisitAsync($"/portal/instances/{brazilOnly}/request"));
    }

    /// <summary>Submits a request for Active Directory through the portal and answers its id, on its page.</summary>
    internal static async Task<long> SubmitAsync(IPage page, string subject, string impact = "")
    {
        await page.VisitAsync("/portal");
        await page.GetByRole(AriaRole.Link, new() { Name = "Request Active Directory for Widget NL" }).ClickAsync();
        await page.GetByLabel("Subject").FillAsync(subject);
        await page.GetByLabel("Impact").SelectOptionAsync(impact);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit request" }).ClickAsync();
        await page.ArrivesAtAsync("**/portal/requests/*?submitted=true");
        return long.Parse(new Uri(page.Url).Segments[^1], System.Globalization.CultureInfo.InvariantCulture);
    }
}
