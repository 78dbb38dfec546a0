using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Trustdesk.Browser.Tests.Infrastructure;
using Trustdesk.Web.Demo;

namespace Trustdesk.Browser.Tests.Console;

/// <summary>
/// Issue 17's CIs and contracts in the console, on the reference scenario: Wendy registers a CI and relates it to NL's print
/// server; Pieter of Printfix opens the printer his team supports from his CI list and records a repair with a note, which
/// NL's specialist reads on the same CI; NL's managers find the printer maintenance contract under "notice soon". The
/// printer goes back in production at the end, as the other tests know it.
/// </summary>
[Collection(OneAtATime.Name)]
public sealed class ConfigurationItemTests
{
    private const string Wendy = "wendy.admin@widget.example";
    private const string Nick = "nick.jansen@widget.example";
    private const string Pieter = "pieter@printfix.example";

    [Fact]
    public async Task Wendy_registers_a_CI_in_the_console_and_relates_it_to_the_print_server()
    {
        var label = "NL-SRV-Q" + Guid.NewGuid().ToString("N")[..6];
        var name = "Print queue server " + label[^6..];
        await using var browser = await Chromium.StartAsync();
        var page = await ConsoleServer.SignInAsync(browser, Wendy);

        await page.GotoAsync(ConsoleServer.At("/console/widget-it-nl/cis"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Register a CI" }).ClickAsync();
        await page.GetByLabel("Product", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Dell PowerEdge R650" });
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Label", new() { Exact = true }).FillAsync(label);
        await page.GetByLabel("Site", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Amsterdam Office" });
        await page.Locator("#Form_SupportTeamId").SelectOptionAsync(new SelectOptionValue { Label = "Workplace NL" });
        await page.GetByLabel("Warranty expiry date").FillAsync("2031-03-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save CI" }).ClickAsync();
        await page.ArrivesAtAsync("**/console/widget-it-nl/cis/*?done=saved");
        Assert.Equal("In production", await page.GetByTestId("status").InnerTextAsync());
        Assert.Equal("Workplace NL", await page.GetByTestId("support-team").InnerTextAsync());
        var ci = page.Url.Split('/')[^1].Split('?')[0];

        var relations = page.GetByTestId("relations");
        await relations.GetByLabel("This CI").SelectOptionAsync(new SelectOptionValue { Label = "Depends on" });
        await relations.GetByLabel("the CI labelled").FillAsync("NL-SRV-PRINT");
        await relations.GetByRole(AriaRole.Button, new() { Name = "Relate" }).ClickAsync();
        await page.ArrivesAtAsync($"**/console/widget-it-nl/cis/{ci}?done=related#relations");
        Assert.Contains("Depends on Print server Amsterdam", await page.GetByTestId("relations").InnerTextAsync(), StringComparison.Ordinal);

        // The print server reads the relation from its end, and leads back.
        await page.GetByTestId("relations").GetByRole(AriaRole.Link, new() { Name = "Print server Amsterdam" }).ClickAsync();
        await page.ArrivesAtAsync("**/console/widget-it-nl/cis/*");
        Assert.Contains($"Dependency of {name}", await page.GetByTestId("relations").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByTestId("relations").GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await page.ArrivesAtAsync($"**/console/widget-it-nl/cis/{ci}");
    }

    [Fact]
    public async Task Pieter_records_a_repair_of_the_printer_he_supports_and_NL_reads_his_note()
    {
        var note = "Replaced the fuser unit " + Guid.NewGuid().ToString("N")[..6];
        using var nl = ConsoleServer.Api(Nick, "widget-it-nl");
        var printer = (await nl.GetFromJsonAsync<JsonArray>("/v1/cis?label=" + ConfigurationItemsLoader.PrinterThirdFloor))!.Single()!["id"]!.GetValue<long>();
        await using var printfixBrowser = await Chromium.StartAsync();
        await using var nlBrowser = await Chromium.StartAsync();
        var pieter = await ConsoleServer.SignInAsync(printfixBrowser, Pieter);
        var nick = await ConsoleServer.SignInAsync(nlBrowser, Nick);
        try
        {
            await pieter.GotoAsync(ConsoleServer.At("/console/printfix/cis"));
            await pieter.GetByRole(AriaRole.Link, new() { Name = "Supported by my teams" }).ClickAsync();
            await pieter.GetByTestId("cis").GetByRole(AriaRole.Link, new() { Name = "Printer Amsterdam 3rd floor" }).ClickAsync();
            await pieter.ArrivesAtAsync($"**/console/printfix/cis/{printer}");
            var form = pieter.GetByTestId("ci-form");
            // Printfix records status, remarks and notes; NL sets the rest.
            Assert.Equal(0, await form.Locator("#Form_Name, #Form_ProductId, #Form_SupportTeamId").CountAsync());
            await form.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "Being repaired" });
            await form.Locator("#Form_Note").FillAsync(note);
            await form.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
            await pieter.ArrivesAtAsync($"**/console/printfix/cis/{printer}?done=saved");
            Assert.Equal("Being repaired", await pieter.GetByTestId("status").InnerTextAsync());
            Assert.Contains(note, await pieter.GetByTestId("notes").InnerTextAsync(), StringComparison.Ordinal);

            await nick.GotoAsync(ConsoleServer.At("/console/widget-it-nl/cis?q=NL-PRN-003"));
            await nick.GetByTestId("cis").GetByRole(AriaRole.Link, new() { Name = "Printer Amsterdam 3rd floor" }).ClickAsync();
            await nick.ArrivesAtAsync($"**/console/widget-it-nl/cis/{printer}");
            Assert.Equal("Being repaired", await nick.GetByTestId("status").InnerTextAsync());
            var notes = await nick.GetByTestId("notes").InnerTextAsync();
            Assert.Contains(note, notes, StringComparison.Ordinal);
            Assert.Contains("Pieter Fix (Printfix)", notes, StringComparison.Ordinal);
            Assert.Contains("Pieter Fix (Printfix) changed status from in production to being repaired",
                await nick.GetByTestId("trail").InnerTextAsync(), StringComparison.Ordinal);
        }
        finally
        {
            using var back = await nl.PatchAsJsonAsync($"/v1/cis/{printer}", new { status = "in_production" });
            Assert.True(back.IsSuccessStatusCode, $"PATCH the printer back: {(int)back.StatusCode}");
        }
    }

    [Fact]
    public async Task The_notice_soon_list_shows_the_printer_maintenance_contract()
    {
        await using var browser = await Chromium.StartAsync();
        var page = await ConsoleServer.SignInAsync(browser, Wendy);
        await page.GotoAsync(ConsoleServer.At("/console/widget-it-nl"));
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Contracts" }).ClickAsync();
        await page.ArrivesAtAsync("**/console/widget-it-nl/contracts");
        await page.GetByRole(AriaRole.Link, new() { Name = "Notice soon" }).ClickAsync();
        await page.ArrivesAtAsync("**/console/widget-it-nl/contracts?filter=notice_soon");
        var row = page.GetByTestId("contracts").Locator("tbody tr", new() { HasTextString = ConfigurationItemsLoader.PrinterContract });
        Assert.Equal(1, await row.CountAsync());
        Assert.Matches("^\\d+ days$", (await row.GetByTestId("days-left").InnerTextAsync()).Trim());
        await row.GetByRole(AriaRole.Link, new() { Name = ConfigurationItemsLoader.PrinterContract }).ClickAsync();
        var covered = await page.GetByTestId("covered-cis").InnerTextAsync();
        Assert.Contains("Printer Amsterdam 3rd floor", covered, StringComparison.Ordinal);
        Assert.Contains("Printer Amsterdam 4th floor", covered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_CI_and_contract_pages_fit_a_phone_and_every_field_has_a_label()
    {
        using var nl = ConsoleServer.Api(Wendy, "widget-it-nl");
        var printer = (await nl.GetFromJsonAsync<JsonArray>("/v1/cis?label=" + ConfigurationItemsLoader.PrinterThirdFloor))!.Single()!["id"]!.GetValue<long>();
        var contract = (await nl.GetFromJsonAsync<JsonArray>("/v1/contracts?name=" + Uri.EscapeDataString(ConfigurationItemsLoader.PrinterContract)))!
            .Single()!["id"]!.GetValue<long>();
        await using var browser = await Chromium.StartAsync(width: 360, height: 740);
        var page = await ConsoleServer.SignInAsync(browser, Wendy);
        foreach (var path in new[]
                 {
                     "/console/widget-it-nl/cis", "/console/widget-it-nl/cis/new", $"/console/widget-it-nl/cis/{printer}", "/console/widget-it-nl/products",
                     "/console/widget-it-nl/contracts?filter=notice_soon", $"/console/widget-it-nl/contracts/{contract}", "/console/widget-it-nl/contracts/new",
                 })
        {
            var response = await page.GotoAsync(ConsoleServer.At(path));
            Assert.Equal(200, response!.Status);
            await page.AssertNoStackTraceAsync();
            var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, window.innerWidth]");
            Assert.True(widths[0] <= widths[1], $"{path}: {widths[0]} px wide in a {widths[1]} px window");
            Assert.Equal(0, await page.EvaluateAsync<int>(
                "[...document.querySelectorAll('main input:not([type=hidden]), main select, main textarea')].filter(f => !f.labels || f.labels.length === 0).length"));
        }
    }
}
