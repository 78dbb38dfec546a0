using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Trustdesk.Browser.Tests.Infrastructure;

namespace Trustdesk.Browser.Tests.Console;

/// <summary>
/// The pages live within their own Content-Security-Policy (ADR 40): Chromium refuses, and reports, any inline script
/// or style, foreign resource or frame the policy does not allow; a page that needed one would be broken in a browser.
/// </summary>
[Collection(OneAtATime.Name)]
public sealed class ContentPolicyTests
{
    [Fact]
    public async Task No_page_of_the_portal_the_console_or_the_api_reference_breaks_its_policy()
    {
        await using var chromium = await Chromium.StartAsync();
        var page = chromium.Page;
        var refusals = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) lock (refusals) refusals.Add($"{page.Url}: {message.Text}");
        };
        await ConsoleServer.SignInAsync(chromium, "chris.cole@widget.example");

        foreach (var path in new[] { "/", "/portal", "/portal/requests", "/portal/password", "/console/widget-cc", "/console/widget-cc?show=tasks", "/console/widget-cc/trusts" })
        {
            var answer = await page.GotoAsync(ConsoleServer.At(path));
            Assert.Equal(200, answer!.Status);
        }
        // A console page with its live stream, which its script opens.
        using (var api = ConsoleServer.Api("chris.cole@widget.example", "widget-cc"))
        {
            var requests = (await api.GetFromJsonAsync<JsonArray>("/v1/requests?per_page=1"))!;
            await ConsoleServer.OpenLiveAsync(page, $"/console/widget-cc/requests/{requests[0]!["id"]}");
        }
        // The API reference draws itself with script: it must get as far as listing the API's operations.
        await page.GotoAsync(ConsoleServer.At("/reference/"));
        await page.GetByText("/v1/me").First.WaitForAsync();

        Assert.Empty(refusals);
    }

    [Fact]
    public async Task The_api_reference_loads_nothing_from_outside_the_server_and_shows_nothing_but_the_api()
    {
        await using var chromium = await Chromium.StartAsync();
        var page = chromium.Page;
        var origin = new Uri(ConsoleServer.At("/")).GetLeftPart(UriPartial.Authority);
        var elsewhere = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(origin, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                lock (elsewhere) elsewhere.Add(request.Url);
        };
        await page.GotoAsync(ConsoleServer.At("/reference/"));
        await page.GetByText("/v1/me").First.WaitForAsync();
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        Assert.Empty(elsewhere);
        var text = await page.InnerTextAsync("body");
        foreach (var vendor in new[] { "Ask AI", "Generate SDK", "Deploy" })
            Assert.DoesNotContain(vendor, text, StringComparison.OrdinalIgnoreCase);
    }
}
