using Trustdesk.Browser.Tests.Infrastructure;

namespace Trustdesk.Browser.Tests.Portal;

[Collection(OneAtATime.Name)]
public sealed class LayoutTests
{
    [Fact]
    public async Task At_a_phone_width_the_portal_pages_need_no_horizontal_scrolling()
    {
        await using var chromium = await Chromium.StartAsync(width: 375, height: 740);
        var page = chromium.Page;
        await page.SignInAsync(Demo.NlEmployee);
        var id = await RequestTests.SubmitAsync(page, "Phone check " + Guid.NewGuid().ToString("N")[..8]);

        foreach (var path in new[] { "/portal", "/portal/requests", $"/portal/requests/{id}", "/portal/no-such-page", "/sign-in" })
        {
            await page.VisitAsync(path);
            var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, window.innerWidth]");
            Assert.True(widths[0] <= widths[1], $"{path}: {widths[0]} px wide in a {widths[1]} px window");
        }
    }

    [Fact]
    public async Task No_page_shows_a_stack_trace_whatever_is_asked()
    {
        await using var chromium = await Chromium.StartAsync();
        var page = chromium.Page;
        await page.SignInAsync(Demo.NlEmployee);

        Assert.Equal(404, await page.VisitAsync("/portal/requests/not-a-number"));
        Assert.Equal(404, await page.VisitAsync("/portal/requests/99999999999999999999999"));
        Assert.Equal(404, await page.VisitAsync("/portal/instances/-1/request"));
        Assert.Equal(404, await page.VisitAsync("/console/widget-it-nl"));
        Assert.Equal(404, await page.VisitAsync("/console/%20%27%3B--"));
        Assert.Equal(200, await page.VisitAsync("/portal?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E"));
        Assert.Equal(0, await page.Locator("main script").CountAsync());
        Assert.Equal(200, await page.VisitAsync("/error/500"));
        Assert.Contains("Something went wrong", await page.MainTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_input_has_a_label_and_the_account_acted_in_is_always_named()
    {
        await using var chromium = await Chromium.StartAsync();
        var page = chromium.Page;
        await page.SignInAsync(Demo.NlEmployee);
        var id = await RequestTests.SubmitAsync(page, "Label check " + Guid.NewGuid().ToString("N")[..8]);

        foreach (var path in new[] { "/portal", "/portal/requests", $"/portal/requests/{id}", "/portal/instances/4/request" })
        {
            await page.VisitAsync(path);
            Assert.Equal("Widget International", await page.GetByTestId("current-account").InnerTextAsync());
            var unlabelled = await page.EvaluateAsync<int>(
                "[...document.querySelectorAll('input:not([type=hidden]), select, textarea')].filter(e => e.labels.length === 0).length");
            Assert.Equal(0, unlabelled);
        }
    }
}
