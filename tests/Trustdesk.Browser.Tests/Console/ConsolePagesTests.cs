using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Trustdesk.Browser.Tests.Infrastructure;

namespace Trustdesk.Browser.Tests.Console;

/// <summary>
/// The console in a browser: a live update never replaces what the person is typing (a notice offers the changes
/// instead) and otherwise swaps the page in place; every console page fits a phone's width and is reached by keyboard.
/// </summary>
[Collection(OneAtATime.Name)]
public sealed class ConsolePagesTests
{
    private const string Specialist = "chris.cole@widget.example";

    private static async Task<long> ActiveDirectoryRequestAsync()
    {
        using var api = ConsoleServer.Api(Specialist, "widget-cc");
        var requests = (await api.GetFromJsonAsync<JsonArray>("/v1/requests?per_page=100"))!;
        return requests.First(r => r!["subject"]!.GetValue<string>() == "Cannot log in after password reset")!["id"]!.GetValue<long>();
    }

    /// <summary>The employee who asked adds a public note (she may, whatever becomes of the trusts around it).</summary>
    private static async Task AddNoteAsRequesterAsync(long id, string text)
    {
        using var api = ConsoleServer.Api("anna.devries@widget.example", "widget");
        using var response = await api.PostAsJsonAsync($"/v1/requests/{id}/notes", new { text });
        Assert.True(response.IsSuccessStatusCode, $"POST note: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task A_change_elsewhere_swaps_the_request_page_in_place_but_not_while_a_note_is_being_typed()
    {
        var id = await ActiveDirectoryRequestAsync();
        await using var chromium = await Chromium.StartAsync();
        var page = await ConsoleServer.SignInAsync(chromium, Specialist);
        await ConsoleServer.OpenLiveAsync(page, $"/console/widget-cc/requests/{id}");
        await page.EvaluateAsync("window.notReloaded = true");

        var first = "I am back from leave " + Guid.NewGuid().ToString("N")[..6];
        await AddNoteAsRequesterAsync(id, first);
        await page.GetByTestId("notes").GetByText(first).WaitForAsync();
        Assert.True(await page.EvaluateAsync<bool>("window.notReloaded === true"), "The page was reloaded instead of updated in place.");

        var typing = "Half a sentence";
        await page.GetByLabel("Add a note").FillAsync(typing);
        var second = "Still locked out " + Guid.NewGuid().ToString("N")[..6];
        await AddNoteAsRequesterAsync(id, second);
        await page.Locator("#live-notice").WaitForAsync();
        Assert.Equal(typing, await page.GetByLabel("Add a note").InputValueAsync());
        Assert.Equal(0, await page.GetByTestId("notes").GetByText(second).CountAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Show the changes" }).ClickAsync();
        await page.GetByTestId("notes").GetByText(second).WaitForAsync();
    }

    [Fact]
    public async Task A_page_whose_first_stream_was_refused_shows_the_change_it_missed_once_a_stream_opens()
    {
        var id = await ActiveDirectoryRequestAsync();
        await using var chromium = await Chromium.StartAsync();
        var page = await ConsoleServer.SignInAsync(chromium, Specialist);
        // The first stream is refused, as while the server's listener reconnects to the database; the next is held
        // until the change has been made, so the page cannot have heard of it.
        var refused = new TaskCompletionSource();
        var changed = new TaskCompletionSource();
        await page.RouteAsync("**/console/widget-cc/events", async route =>
        {
            if (refused.TrySetResult())
            {
                await route.FulfillAsync(new() { Status = 503, ContentType = "application/json", Body = "{\"message\":\"Service Unavailable\"}" });
                return;
            }
            await changed.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync(ConsoleServer.At($"/console/widget-cc/requests/{id}"));
        await refused.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await page.EvaluateAsync("window.notReloaded = true");

        var missed = "Made while the page had no stream " + Guid.NewGuid().ToString("N")[..6];
        await AddNoteAsRequesterAsync(id, missed);
        changed.SetResult();

        await page.GetByTestId("notes").GetByText(missed).WaitForAsync();
        Assert.True(await page.EvaluateAsync<bool>("window.notReloaded === true"), "The page was reloaded instead of updated in place.");
    }

    [Fact]
    public async Task A_request_registered_without_a_team_is_at_the_service_desk_and_the_team_choice_says_which_team_that_is()
    {
        const string Analyst = "nick.jansen@widget.example";
        var subject = "Docking station dead " + Guid.NewGuid().ToString("N")[..6];
        using var api = ConsoleServer.Api(Analyst, "widget-it-nl");
        using var created = await api.PostAsJsonAsync("/v1/requests", new { subject });
        Assert.True(created.IsSuccessStatusCode, $"POST request: {(int)created.StatusCode}");
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<long>();

        await using var chromium = await Chromium.StartAsync();
        var page = await ConsoleServer.SignInAsync(chromium, Analyst);
        await page.GotoAsync(ConsoleServer.At("/console/widget-it-nl?filter=assigned_to_my_team"));
        await page.Locator($"tr[data-request='{id}']").WaitForAsync();
        await page.GotoAsync(ConsoleServer.At($"/console/widget-it-nl/requests/{id}"));
        Assert.Equal("Service Desk NL", await page.GetByTestId("team").InnerTextAsync());
        var team = page.Locator("select#TeamId");
        Assert.Equal("Service Desk NL (service desk)", (await team.Locator("option:checked").InnerTextAsync()).Trim());
        // With a team, there is no "No team" to choose: nothing is left sitting in no queue.
        Assert.Equal(0, await team.Locator("option[value='']").CountAsync());
    }

    [Fact]
    public async Task Console_pages_fit_a_phone_and_their_forms_are_reached_by_keyboard()
    {
        var id = await ActiveDirectoryRequestAsync();
        await using var chromium = await Chromium.StartAsync(width: 360, height: 740);
        var page = await ConsoleServer.SignInAsync(chromium, Specialist);
        foreach (var path in new[] { "/console/widget-cc", "/console/widget-cc?show=tasks", $"/console/widget-cc/requests/{id}", "/console/widget-cc/trusts" })
        {
            var response = await page.GotoAsync(ConsoleServer.At(path));
            Assert.Equal(200, response!.Status);
            await page.AssertNoStackTraceAsync();
            var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, window.innerWidth]");
            Assert.True(widths[0] <= widths[1], $"{path}: {widths[0]} px wide in a {widths[1]} px window");
            Assert.Equal(0, await page.EvaluateAsync<int>(
                "[...document.querySelectorAll('main input:not([type=hidden]), main select, main textarea')].filter(f => !f.labels || f.labels.length === 0).length"));
        }

        // From the note's label, the keyboard reaches the text, the internal switch and the button, in that order.
        await page.GotoAsync(ConsoleServer.At($"/console/widget-cc/requests/{id}"));
        await page.GetByLabel("Add a note").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("NoteInternal", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Add note", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
    }
}
