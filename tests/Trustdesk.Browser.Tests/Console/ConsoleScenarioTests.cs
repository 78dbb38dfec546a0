using System.Globalization;
using Microsoft.Playwright;
using Trustdesk.Browser.Tests.Infrastructure;

namespace Trustdesk.Browser.Tests.Console;

/// <summary>
/// The console's end-to-end scenario of issue #6, in four browsers at once: an NL employee asks for Active Directory in
/// the portal; the competence center's specialist sees it arrive in the open inbox without reloading, and answers with
/// a public note; the employee reads it; the NL service desk sees the request in widget-it-nl; NL's administrator revokes
/// the trust on the trusts page, and the NL console no longer shows it. It runs on <see cref="ConsoleServer"/>, since
/// it revokes a trust of the reference scenario that the other browser tests rely on. Photographs the console for the
/// README (<c>inbox.png</c>, <c>request.png</c>; into <c>TRUSTDESK_SCREENSHOTS</c> when set).
/// </summary>
[Collection(OneAtATime.Name)]
public sealed class ConsoleScenarioTests
{
    [Fact]
    public async Task A_request_travels_from_the_portal_to_the_competence_center_live_and_leaves_nl_with_the_trust()
    {
        var folder = ScreenshotFolder.Create();
        await using var employeeBrowser = await Chromium.StartAsync();
        await using var specialistBrowser = await Chromium.StartAsync(width: 1200, height: 800);
        await using var analystBrowser = await Chromium.StartAsync();
        await using var adminBrowser = await Chromium.StartAsync();
        var employee = await ConsoleServer.SignInAsync(employeeBrowser, "anna.devries@widget.example");
        var specialist = await ConsoleServer.SignInAsync(specialistBrowser, "chris.cole@widget.example");
        var analyst = await ConsoleServer.SignInAsync(analystBrowser, "nick.jansen@widget.example");
        var admin = await ConsoleServer.SignInAsync(adminBrowser, "wendy.admin@widget.example");

        // The specialist's inbox is open, its live stream connected, before anything is asked.
        await ConsoleServer.OpenLiveAsync(specialist, "/console/widget-cc");
        await specialist.EvaluateAsync("window.notReloaded = true");

        var subject = "Locked out after the password reset " + Guid.NewGuid().ToString("N")[..8];
        await employee.GetByRole(AriaRole.Link, new() { Name = "Request Active Directory for Widget NL" }).ClickAsync();
        await employee.GetByLabel("Subject").FillAsync(subject);
        await employee.GetByRole(AriaRole.Button, new() { Name = "Submit request" }).ClickAsync();
        await employee.ArrivesAtAsync("**/portal/requests/*?submitted=true");
        var id = long.Parse(new Uri(employee.Url).Segments[^1], CultureInfo.InvariantCulture);

        var row = specialist.Locator($"tr[data-request='{id}']");
        await row.WaitForAsync();
        Assert.True(await specialist.EvaluateAsync<bool>("window.notReloaded === true"), "The inbox was reloaded instead of updated in place.");
        Assert.Contains(subject, await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Widget Competence Centers", await specialist.GetByTestId("current-account").InnerTextAsync(), StringComparison.Ordinal);
        await specialist.ScreenshotAsync(new() { Path = Path.Combine(folder, "inbox.png"), FullPage = true });

        await row.GetByRole(AriaRole.Link).ClickAsync();
        var note = "We have unlocked your account; please try again. " + Guid.NewGuid().ToString("N")[..6];
        await specialist.GetByLabel("Add a note").FillAsync(note);
        await specialist.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await specialist.ArrivesAtAsync($"**/console/widget-cc/requests/{id}?done=note#notes");
        Assert.Contains("sees it", (await specialist.GetByTestId("audience").InnerTextAsync()).ToLowerInvariant(), StringComparison.Ordinal);
        await specialist.ScreenshotAsync(new() { Path = Path.Combine(folder, "request.png"), FullPage = true });

        await employee.ReloadAsync();
        Assert.Contains(note, await employee.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        await analyst.GotoAsync(ConsoleServer.At("/console/widget-it-nl"));
        Assert.Equal(1, await analyst.Locator($"tr[data-request='{id}']").CountAsync());
        Assert.Contains(note, await (await analyst.GotoAsync(ConsoleServer.At($"/console/widget-it-nl/requests/{id}")))!.TextAsync(), StringComparison.Ordinal);

        await admin.GotoAsync(ConsoleServer.At("/console/widget-it-nl/trusts"));
        await admin.GetByRole(AriaRole.Button, new() { Name = "Revoke the trust with Widget Competence Centers" }).ClickAsync();
        await admin.ArrivesAtAsync("**/console/widget-it-nl/trusts?done=revoke");

        await analyst.GotoAsync(ConsoleServer.At("/console/widget-it-nl"));
        Assert.Equal(0, await analyst.Locator($"tr[data-request='{id}']").CountAsync());
        Assert.Equal(404, (await analyst.GotoAsync(ConsoleServer.At($"/console/widget-it-nl/requests/{id}")))!.Status);
    }
}
