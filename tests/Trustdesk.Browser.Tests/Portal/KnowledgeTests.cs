using Microsoft.Playwright;
using Trustdesk.Browser.Tests.Infrastructure;

namespace Trustdesk.Browser.Tests.Portal;

/// <summary>
/// Issue 16 in a real browser: an employee about to ask finds the answer among the articles the request form suggests
/// while she types, says it solved her question, and the article's account sees the question answered without a request.
/// </summary>
[Collection(OneAtATime.Name)]
public sealed class KnowledgeTests
{
    [Fact]
    public async Task An_employee_finds_an_article_before_asking_and_the_deflection_is_counted_where_the_article_lives()
    {
        await using var chromium = await Chromium.StartAsync();
        var page = chromium.Page;
        await page.SignInAsync(Demo.NlEmployee);
        var before = await DemoApi.OwnSubjectsAsync(Demo.NlEmployee);

        await page.GetByRole(AriaRole.Link, new() { Name = "Request Laptops and desktops NL" }).ClickAsync();
        // Typing the subject brings the matching answers of every account serving her, as she types.
        await page.GetByLabel("Subject").PressSequentiallyAsync("My wifi does not connect", new() { Delay = 30 });
        var suggestion = page.GetByTestId("suggestions").GetByRole(AriaRole.Link, new() { Name = "Connect your laptop to the office Wi-Fi" });
        await suggestion.WaitForAsync();
        await suggestion.ClickAsync();
        await page.ArrivesAtAsync("**/portal/articles/*");

        Assert.Equal("Widget IT Netherlands", await page.GetByTestId("provided-by").InnerTextAsync());
        Assert.Contains("Choose the network Widget-NL", await page.GetByTestId("instructions").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "This solved my question" }).ClickAsync();
        await page.ArrivesAtAsync("**/portal/articles/*?solved=true");
        Assert.Contains("Glad it helped", await page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
        var article = new Uri(page.Url).Segments[^1];
        // No request was registered.
        Assert.Equal(before, await DemoApi.OwnSubjectsAsync(Demo.NlEmployee));

        // NL's service desk sees the question answered on the article's page.
        await using var console = await Chromium.StartAsync();
        await console.Page.SignInAsync(Demo.NlAnalyst);
        Assert.Equal(200, await console.Page.VisitAsync($"/console/widget-it-nl/knowledge/{article}"));
        Assert.Equal("1 question", await console.Page.GetByTestId("deflections").InnerTextAsync());
    }
}
