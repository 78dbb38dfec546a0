using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Fuzz;

/// <summary>
/// A browser of the web UI for the fuzz: its own cookies (the session's and the antiforgery cookie), the antiforgery
/// token of its forms, and the e-mail and password it signs in with (none: anonymous). Unlike <c>PageSession</c> it
/// can tell whether it is still signed in, since a fuzzed form may sign it out (<c>/sign-out</c> is a form too).
/// </summary>
public sealed partial class FormSession : IDisposable
{
    private static readonly Uri Base = new("http://localhost");

    private readonly CookieContainerHandler _cookies = new();
    private CookieCollection _signedIn = [];
    private FormSession(string name, TrustdeskServer server, string? email, string? password)
    {
        (Name, Email, Password) = (name, email, password);
        Http = server.CreateDefaultClient(Base, _cookies);
    }

    public string Name { get; }
    public string? Email { get; }
    public string? Password { get; }
    public HttpClient Http { get; }

    /// <summary>The token this session's forms carry (from the last page read with <see cref="RefreshTokenAsync"/>).</summary>
    public string Token { get; private set; } = "";

    public bool IsSignedIn => _cookies.Container.GetCookies(Base)["trustdesk.session"] is { Expired: false, Value.Length: > 0 };

    public static async Task<FormSession> OpenAsync(string name, TrustdeskServer server, string? email = null, string? password = null)
    {
        var session = new FormSession(name, server, email, password);
        await session.SignInAsync();
        return session;
    }

    /// <summary>Signs in again (after a fuzzed form signed the session out), then reads a fresh token: the token is bound to who is signed in.</summary>
    public async Task SignInAsync()
    {
        if (Email is not null)
        {
            await RefreshTokenAsync("/sign-in");
            var fields = $"Email={Escaping.Url(Email)}&Password={Escaping.Url(Password!)}&__RequestVerificationToken={Escaping.Url(Token)}";
            using var content = new StringContent(fields, Encoding.UTF8, "application/x-www-form-urlencoded");
            using var signedIn = await Http.PostAsync("/sign-in", content);
            if (signedIn.StatusCode != HttpStatusCode.Redirect || !IsSignedIn)
                throw new InvalidOperationException($"the fuzz could not sign in as {Name}: {(int)signedIn.StatusCode}");
            _signedIn = _cookies.Container.GetCookies(Base);
        }
        await RefreshTokenAsync(Email is null ? "/sign-in" : "/portal");
    }

    /// <summary>
    /// Takes the session back after a fuzzed form signed it out, as a browser that kept its cookie would: signing out
    /// only drops the cookie (the session lives in it), and signing in again would cost a password hash each time.
    /// Whether the session still stands is then the server's to say, at the next call. True when it had to.
    /// </summary>
    public bool Resume()
    {
        if (Email is null || IsSignedIn) return false;
        _cookies.Container.Add(_signedIn);
        return true;
    }

    private async Task RefreshTokenAsync(string page)
    {
        var html = await Http.GetStringAsync(page);
        var token = AntiforgeryToken().Match(html);
        if (!token.Success) throw new InvalidOperationException($"no antiforgery token on {page} for {Name}");
        Token = WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)" """)]
    private static partial Regex AntiforgeryToken();

    public void Dispose()
    {
        Http.Dispose();
        _cookies.Dispose();
    }
}
