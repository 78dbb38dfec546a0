using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Trustdesk.Browser.Tests.Infrastructure;

namespace Trustdesk.Browser.Tests.Console;

/// <summary>
/// Amending a trust and the work it strands (ADR 31), in three browsers on the reference scenario: NL's administrator
/// unticks <c>requests</c> on the trust with Printfix, which at once no longer sees the printer request handed to it;
/// NL's analyst finds that request under the inbox's Stranded tab, reads why on its page and takes it back to an NL
/// team; the administrator proposes <c>requests</c> again, Printfix accepts on its trusts page, and the analyst hands
/// the request back to Printfix, as the scenario had it. Runs on <see cref="ConsoleServer"/>, which others change too.
/// </summary>
[Collection(OneAtATime.Name)]
public sealed class TrustAmendmentTests
{
    private const string Subject = "Printer on the 3rd floor jams";

    private static async Task<long> PrinterRequestAsync()
    {
        using var api = ConsoleServer.Api("nick.jansen@widget.example", "widget-it-nl");
        var requests = (await api.GetFromJsonAsync<JsonArray>("/v1/requests?per_page=100"))!;
        return requests.First(r => r!["subject"]!.GetValue<string>() == Subject)!["id"]!.GetValue<long>();
    }

    /// <summary>The row of the trust with Printfix on NL's trusts page (or of the trust with NL on Printfix's).</summary>
    private static ILocator TrustRow(IPage page, string other) => page.Locator("tr[data-trust]").Filter(new() { HasText = other });

    [Fact]
    public async Task Requests_taken_away_from_printfix_strand_its_request_which_nl_takes_back_until_printfix_accepts_requests_again()
    {
        var id = await PrinterRequestAsync();
        await using var adminBrowser = await Chromium.StartAsync();
        await using var analystBrowser = await Chromium.StartAsync();
        await using var printfixBrowser = await Chromium.StartAsync();
        var admin = await ConsoleServer.SignInAsync(adminBrowser, "wendy.admin@widget.example");
        var analyst = await ConsoleServer.SignInAsync(analystBrowser, "nick.jansen@widget.example");
        var printfix = await ConsoleServer.SignInAsync(printfixBrowser, "pieter@printfix.example");
        Assert.Equal(200, (await printfix.GotoAsync(ConsoleServer.At($"/console/printfix/requests/{id}")))!.Status);

        // NL's administrator unticks Requests: it goes at once.
        await admin.GotoAsync(ConsoleServer.At("/console/widget-it-nl/trusts"));
        var row = TrustRow(admin, "Printfix");
        await row.GetByText("Change options").ClickAsync();
        await row.GetByLabel("Requests", new() { Exact = true }).UncheckAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Save the options of the trust with Printfix" }).ClickAsync();
        await admin.ArrivesAtAsync("**/console/widget-it-nl/trusts?done=amended&removed=requests");
        Assert.Contains("Removed at once: Requests", await admin.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Services, Configuration items", await row.GetByTestId("options").InnerTextAsync());
        Assert.Equal(404, (await printfix.GotoAsync(ConsoleServer.At($"/console/printfix/requests/{id}")))!.Status);

        // NL's analyst finds it stranded, reads why, and takes it back to an NL team.
        await analyst.GotoAsync(ConsoleServer.At("/console/widget-it-nl"));
        await analyst.GetByRole(AriaRole.Link, new() { Name = "Stranded" }).ClickAsync();
        var line = analyst.Locator($"tr[data-request='{id}']");
        Assert.Contains("Provider no longer trusted", await line.InnerTextAsync(), StringComparison.Ordinal);
        await line.GetByRole(AriaRole.Link).ClickAsync();
        Assert.Contains("no longer trusts with requests", await analyst.GetByTestId("stranded").InnerTextAsync(), StringComparison.Ordinal);
        await analyst.Locator("#TeamId").SelectOptionAsync(new SelectOptionValue { Label = "Service Desk NL (service desk)" });
        await analyst.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await analyst.ArrivesAtAsync($"**/console/widget-it-nl/requests/{id}?done=update");
        Assert.Equal(0, await analyst.GetByTestId("stranded").CountAsync());
        Assert.Equal("Service Desk NL", await analyst.GetByTestId("team").InnerTextAsync());
        await analyst.GotoAsync(ConsoleServer.At("/console/widget-it-nl?filter=stranded"));
        Assert.Equal(0, await analyst.Locator($"tr[data-request='{id}']").CountAsync());

        // The administrator ticks Requests again: only proposed, until Printfix accepts it on its own page.
        await admin.GotoAsync(ConsoleServer.At("/console/widget-it-nl/trusts"));
        await row.GetByText("Change options").ClickAsync();
        await row.GetByLabel("Requests", new() { Exact = true }).CheckAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Save the options of the trust with Printfix" }).ClickAsync();
        await admin.ArrivesAtAsync("**/console/widget-it-nl/trusts?done=amended&proposed=requests");
        Assert.Contains("You proposed to add Requests", await row.GetByTestId("proposal").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Services, Configuration items", await row.GetByTestId("options").InnerTextAsync());

        await printfix.GotoAsync(ConsoleServer.At("/console/printfix/trusts"));
        var theirs = TrustRow(printfix, "Widget IT Netherlands");
        Assert.Contains("Widget IT Netherlands proposes to add Requests", await theirs.GetByTestId("proposal").InnerTextAsync(), StringComparison.Ordinal);
        await theirs.GetByRole(AriaRole.Button, new() { Name = "Accept the new options of the trust with Widget IT Netherlands" }).ClickAsync();
        await printfix.ArrivesAtAsync("**/console/printfix/trusts?done=accept_amendment");
        Assert.Equal("Services, Requests, Configuration items", await theirs.GetByTestId("options").InnerTextAsync());

        // The analyst hands the request back to Printfix's engineers, who see it again.
        await analyst.GotoAsync(ConsoleServer.At($"/console/widget-it-nl/requests/{id}"));
        await analyst.Locator("#TeamId").SelectOptionAsync(new SelectOptionValue { Label = "Printer Engineers" });
        await analyst.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await analyst.ArrivesAtAsync($"**/console/widget-it-nl/requests/{id}?done=update");
        Assert.Equal(200, (await printfix.GotoAsync(ConsoleServer.At($"/console/printfix/requests/{id}")))!.Status);
    }
}
