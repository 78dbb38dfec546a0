using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Trustdesk.Web.Demo;

namespace Trustdesk.Browser.Tests.Infrastructure;

/// <summary>What the tests do on the web UI as a person would: through labels, roles and visible text.</summary>
public static class PortalPages
{
    public static async Task SignInAsync(this IPage page, ReferenceScenario.DemoPerson person, string? password = null)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("E-mail address").FillAsync(person.Email);
        await page.GetByLabel("Password").FillAsync(password ?? person.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForLoadStateAsync();
        await page.AssertNoStackTraceAsync();
    }

    /// <summary>
    /// Waits until the page is at an address ending like <paramref name="glob"/> (<c>**</c> any text, <c>*</c> any text
    /// without a slash) and its document has loaded. Playwright's own <c>WaitForURLAsync</c> checks the address and then
    /// subscribes to the load event, and can miss a load that falls between the two (playwright-dotnet#3364: a CI run
    /// waited its full two minutes on a page long loaded); this polls both instead.
    /// </summary>
    public static async Task ArrivesAtAsync(this IPage page, string glob)
    {
        await Assertions.Expect(page).ToHaveURLAsync(AddressEndingLike(glob), new() { Timeout = 120_000 });
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'", null, new() { Timeout = 120_000 });
    }

    private static Regex AddressEndingLike(string glob)
    {
        var pattern = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            if (glob[i] != '*') pattern.Append(Regex.Escape(glob[i].ToString()));
            else if (i + 1 < glob.Length && glob[i + 1] == '*') { pattern.Append(".*"); i++; }
            else pattern.Append("[^/]*");
        }
        return new Regex(pattern.Append('$').ToString());
    }

    /// <summary>Goes to <paramref name="path"/> and answers the status code, checking the page shows no stack trace.</summary>
    public static async Task<int> VisitAsync(this IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        await page.AssertNoStackTraceAsync();
        return response!.Status;
    }

    public static async Task AssertNoStackTraceAsync(this IPage page) => ErrorPages.AssertNoStackTrace(await page.ContentAsync());

    /// <summary>The text of the page's <c>main</c> element: what a person reads, without the per-request antiforgery tokens.</summary>
    public static Task<string> MainTextAsync(this IPage page) => page.Locator("main").InnerTextAsync();

    /// <summary>The antiforgery token of the page's forms (every signed-in page has one, in the sign-out form).</summary>
    public static async Task<string> AntiforgeryTokenAsync(this IPage page) =>
        (await page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value"))!;
}

public static class ErrorPages
{
    /// <summary>No exception name, no stack frame: whatever went wrong, a page never shows how the server works inside.</summary>
    public static void AssertNoStackTrace(string html)
    {
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Trustdesk.Web.", html, StringComparison.Ordinal);
    }
}
