using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Pages;

/// <summary>A page as the server answered it: status, where a redirect points, and the HTML (decoded for text checks).</summary>
public sealed record PageResponse(HttpStatusCode Status, string? Location, string Html)
{
    public string Text => WebUtility.HtmlDecode(Html);

    public PageResponse Expect(HttpStatusCode status)
    {
        Assert.True(Status == status, $"Expected {(int)status}, got {(int)Status} {Location}: {Text[..Math.Min(Text.Length, 2000)]}");
        return this;
    }

    /// <summary>The 404 page: the same for a record that does not exist and one the person may not see.</summary>
    public void ExpectNotFoundPage()
    {
        Expect(HttpStatusCode.NotFound);
        Assert.Contains("Page not found", Text, StringComparison.Ordinal);
    }

    public string? Field(string name) =>
        Regex.Match(Html, $"""name="{Regex.Escape(name)}"[^>]*value="([^"]*)"|value="([^"]*)"[^>]*name="{Regex.Escape(name)}" """.TrimEnd()) is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value) : null;
}

/// <summary>
/// A person signed in to the web UI with a cookie, as a browser would be: it keeps the session and antiforgery cookies
/// and sends the form's antiforgery token with every post. No redirects are followed, so tests see them.
/// </summary>
public sealed partial class PageSession(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public static PageSession Anonymous(TrustdeskServer server) =>
        new(server.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public static async Task<PageSession> SignInAsync(TrustdeskServer server, string email, string password)
    {
        var session = Anonymous(server);
        var signedIn = await session.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = email, ["Password"] = password });
        Assert.True(signedIn.Status == HttpStatusCode.Redirect, $"Sign-in as {email} failed: {signedIn.Text}");
        return session;
    }

    /// <summary>One sign-in attempt from a browser with no session: the answer, whatever it is.</summary>
    public static async Task<PageResponse> AttemptSignInAsync(TrustdeskServer server, string email, string password)
    {
        using var session = Anonymous(server);
        return await session.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = email, ["Password"] = password });
    }

    public async Task<PageResponse> GetAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        return await ReadAsync(response);
    }

    /// <summary>Posts <paramref name="fields"/> to <paramref name="path"/> with the antiforgery token of the page at <paramref name="formPage"/>.</summary>
    public Task<PageResponse> PostFormAsync(string formPage, string path, Dictionary<string, string> fields) =>
        PostFieldsAsync(formPage, path, [.. fields]);

    /// <summary>As <see cref="PostFormAsync"/>, for a form that sends a field more than once (checkboxes of one name).</summary>
    public async Task<PageResponse> PostFieldsAsync(string formPage, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await GetAsync(formPage);
        var token = AntiforgeryToken().Match(page.Html);
        Assert.True(token.Success, $"No antiforgery token on {formPage} ({(int)page.Status})");
        using var content = new FormUrlEncodedContent(
            [.. fields.Where(f => f.Key != "__RequestVerificationToken"), new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))]);
        using var response = await Http.PostAsync(path, content);
        return await ReadAsync(response);
    }

    private static async Task<PageResponse> ReadAsync(HttpResponseMessage response) =>
        new(response.StatusCode, response.Headers.Location?.ToString(), await response.Content.ReadAsStringAsync());

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)" """)]
    private static partial Regex AntiforgeryToken();

    public void Dispose() => Http.Dispose();
}
