using Microsoft.Playwright;
using Trustdesk.Browser.Tests.Infrastructure;

namespace Trustdesk.Browser.Tests.Portal;

[Collection(OneAtATime.Name)]
public sealed class CatalogTests
{
    [Fact]
    public async Task The_NL_employee_sees_the_services_of_every_account_offering_to_her_and_none_only_for_Brazil()
    {
        await using var chromium = await Chromium.StartAsync();
        var page = chromium.Page;
        await page.SignInAsync(Demo.NlEmployee);

        Assert.EndsWith("/portal", page.Url, StringComparison.Ordinal);
        Assert.Equal("Widget International", await page.GetByTestId("current-account").InnerTextAsync());
        var providers = await page.Locator("main section h2").AllInnerTextsAsync();
        Assert.Superset(new HashSet<string> { "Widget IT Netherlands", "Widget Competence Centers", "Widget HR", "Widget Facilities" }, providers.ToHashSet());
        Assert.DoesNotContain("Widget IT Brazil", providers);
        var catalog = await page.MainTextAsync();
        Assert.Contains("Active Directory for Widget NL", catalog, StringComparison.Ordinal);
        Assert.Contains("HR Service Center", catalog, StringComparison.Ordinal);
        Assert.DoesNotContain(" BR", catalog, StringComparison.Ordinal);
        // Grouped by provider, then service: the competence center's section holds its two services.
        var competenceCenter = page.Locator("section[data-account=widget-cc]");
        Assert.Equal(["Active Directory", "E-mail"], await competenceCenter.Locator("h3").AllInnerTextsAsync());
    }

    [Fact]
    public async Task A_search_lists_the_matching_services_and_answers_on_the_server()
    {
        await using var chromium = await Chromium.StartAsync();
        var page = chromium.Page;
        await page.SignInAsync(Demo.NlEmployee);

        await page.GetByLabel("Search services and answers").FillAsync("active directory");
        await page.Keyboard.PressAsync("Enter");
        await page.ArrivesAtAsync("**/portal?q=active+directory");

        var service = page.Locator("main li[data-kind=service]").First;
        Assert.Equal("widget-cc", await service.GetAttributeAsync("data-account"));
        Assert.Equal(["Active Directory for Widget NL"], await service.Locator("li span").AllInnerTextsAsync());
        Assert.Equal("active directory", await page.GetByLabel("Search services and answers").InputValueAsync());
        Assert.DoesNotContain(" BR", await page.MainTextAsync(), StringComparison.Ordinal);

        Assert.Equal(200, await page.VisitAsync("/portal?q=nothing+like+this"));
        Assert.Contains("Nothing matches “nothing like this”.", await page.MainTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("main li[data-kind]").CountAsync());
    }

    [Fact]
    public async Task A_specialist_switches_to_the_console_of_an_account_they_hold_roles_in()
    {
        await using var chromium = await Chromium.StartAsync();
        var page = chromium.Page;
        await page.SignInAsync(Demo.NlAnalyst);

        await page.GetByText("Accounts").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Widget IT Netherlands" }).ClickAsync();
        await page.ArrivesAtAsync("**/console/widget-it-nl");

        Assert.Equal("Widget IT Netherlands", await page.GetByTestId("current-account").InnerTextAsync());
        Assert.Contains("service desk analyst, specialist", await page.MainTextAsync(), StringComparison.Ordinal);
        // An account where he holds no role answers the page of an account that does not exist.
        Assert.Equal(404, await page.VisitAsync("/console/widget-it-br"));
        var noRole = await page.MainTextAsync();
        Assert.Equal(404, await page.VisitAsync("/console/no-such-account"));
        Assert.Equal(noRole, await page.MainTextAsync());
        Assert.Contains("Page not found", noRole, StringComparison.Ordinal);
    }
}
