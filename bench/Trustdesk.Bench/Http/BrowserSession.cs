using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Trustdesk.Bench.Http;

/// <summary>
/// A person signed in to the web UI as a browser is: the <c>/sign-in</c> form with its antiforgery token, then the session
/// cookie on every page, over one kept-alive loopback connection. Redirects are not followed. The clock of a page runs, as
/// <see cref="ApiClient"/>'s does, from sending the request to having the whole body.
/// </summary>
internal sealed partial class BrowserSession : IDisposable
{
    private readonly HttpClient _http;

    private BrowserSession(Uri server) =>
        _http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 1,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
        })
        {
            BaseAddress = server,
            Timeout = TimeSpan.FromSeconds(60),
        };

    public static async Task<BrowserSession> SignInAsync(Uri server, string email, string password, CancellationToken cancellationToken)
    {
        var session = new BrowserSession(server);
        try
        {
            var form = await session._http.GetStringAsync("/sign-in", cancellationToken);
            var token = AntiforgeryToken().Match(form);
            if (!token.Success) throw new InvalidOperationException("The sign-in page has no antiforgery token.");
            using var fields = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            });
            using var answer = await session._http.PostAsync("/sign-in", fields, cancellationToken);
            if (answer.StatusCode != HttpStatusCode.Redirect || answer.Headers.Location?.ToString() != "/portal")
                throw new InvalidOperationException($"Signing in as {email} answered {(int)answer.StatusCode} {answer.Headers.Location}.");
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    public async Task<TimedResponse> GetAsync(string path, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await _http.GetAsync(path, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return new TimedResponse(response.StatusCode, response.Headers, body, elapsed.TotalMilliseconds);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    public void Dispose() => _http.Dispose();
}
