using Microsoft.Playwright;
using Trustdesk.Browser.Tests.Infrastructure;

namespace Trustdesk.Browser.Tests.Portal;

/// <summary>
/// The screenshots of the README: the portal's catalog and a request page. Written to the test's output folder; with
/// <c>TRUSTDESK_SCREENSHOTS</c> set to a folder (e.g. <c>docs/screenshots</c>), there (see the README).
/// </summary>
[Collection(OneAtATime.Name)]
public sealed class Screenshots
{
    [Fact]
    public async Task The_portal_and_a_request_page_are_photographed()
    {
        var folder = ScreenshotFolder.Create();
        await using var chromium = await Chromium.StartAsync(width: 1100, height: 800);
        var page = chromium.Page;
        await page.SignInAsync(Demo.NlEmployee);

        await page.VisitAsync("/portal");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "portal.png"), FullPage = true });
        var id = await RequestTests.SubmitAsync(page, "Cannot reach the shared drive from home", impact: "medium");
        await page.GetByLabel("Add a note").FillAsync("It works in the office, not over the VPN.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await page.ArrivesAtAsync($"**/portal/requests/{id}#notes");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "portal-request.png"), FullPage = true });

        Assert.True(new FileInfo(Path.Combine(folder, "portal.png")).Length > 10_000);
        Assert.True(new FileInfo(Path.Combine(folder, "portal-request.png")).Length > 10_000);
    }
}
