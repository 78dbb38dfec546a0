using System.Net;
using Trustdesk.Browser.Tests.Infrastructure;

namespace Trustdesk.Browser.Tests.Http;

/// <summary>Sessions over plain HTTP: the cookie, sign-out, antiforgery, and a caller that fails closed.</summary>
[Collection(OneAtATime.Name)]
public sealed class SessionHttpTests
{
    [Fact]
    public async Task Signing_in_sets_an_http_only_same_site_cookie_that_names_no_roles_and_signing_out_clears_it()
    {
        using var client = PortalServer.Client();
        var token = await FormPosts.AntiforgeryTokenAsync(client, "/sign-in");
        using var signedIn = await FormPosts.PostAsync(client, "/sign-in",
            ("Email", Demo.NlAnalyst.Email.ToUpperInvariant()), ("Password", Demo.NlAnalyst.Password), ("__RequestVerificationToken", token));

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/portal", signedIn.Headers.Location!.OriginalString);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("trustdesk.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        // Plain HTTP without a proxy in front: the cookie cannot be marked Secure (the next test has the proxy).
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/portal")).StatusCode);

        var signOutToken = await FormPosts.AntiforgeryTokenAsync(client, "/portal");
        using var signedOut = await FormPosts.PostAsync(client, "/sign-out", ("__RequestVerificationToken", signOutToken));
        Assert.Equal("/sign-in", signedOut.Headers.Location!.OriginalString);
        using var after = await client.GetAsync("/portal");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/sign-in?ReturnUrl=", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_on_the_server_so_a_copy_of_its_cookie_stops_working_too()
    {
        var cookies = new CookieContainer();
        using var browser = await FormPosts.SignedInAsync(Demo.NlAnalyst, cookies);
        using var copy = PortalServer.Client();
        copy.DefaultRequestHeaders.Add("Cookie", cookies.GetCookieHeader(PortalServer.Address));
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/console/widget-it-nl")).StatusCode);
        using var otherSession = await FormPosts.SignedInAsync(Demo.NlAnalyst);

        var token = await FormPosts.AntiforgeryTokenAsync(browser, "/portal");
        using var signedOut = await FormPosts.PostAsync(browser, "/sign-out", ("__RequestVerificationToken", token));
        Assert.Equal("/sign-in", signedOut.Headers.Location!.OriginalString);

        foreach (var path in new[] { "/portal", "/console/widget-it-nl" })
        {
            using var refused = await copy.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/sign-in", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        // The console's live stream is refused like an account the person may not work in.
        using (var stream = await copy.GetAsync("/console/widget-it-nl/events", HttpCompletionOption.ResponseHeadersRead))
            Assert.Equal(HttpStatusCode.NotFound, stream.StatusCode);
        // The person's other session, in another browser, goes on.
        Assert.Equal(HttpStatusCode.OK, (await otherSession.GetAsync("/console/widget-it-nl")).StatusCode);
    }

    [Fact]
    public async Task Behind_a_tls_proxy_on_the_same_host_the_session_cookie_is_marked_secure()
    {
        using var client = PortalServer.Client();
        var token = await FormPosts.AntiforgeryTokenAsync(client, "/sign-in");
        // The proxy (a loopback address, trusted by default) says the browser came over HTTPS.
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        using var signedIn = await FormPosts.PostAsync(client, "/sign-in",
            ("Email", Demo.NlAnalyst.Email), ("Password", Demo.NlAnalyst.Password), ("__RequestVerificationToken", token));

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("trustdesk.session=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_post_without_its_antiforgery_token_is_refused_and_writes_nothing()
    {
        using var client = await FormPosts.SignedInAsync(Demo.NlEmployee);
        var subject = "Without a token " + Guid.NewGuid();

        using var submitted = await FormPosts.PostAsync(client, "/portal/instances/4/request", ("Subject", subject), ("Category", "incident"));
        using var signIn = await FormPosts.PostAsync(PortalServer.Client(), "/sign-in", ("Email", Demo.NlEmployee.Email), ("Password", Demo.NlEmployee.Password));

        Assert.Equal(HttpStatusCode.BadRequest, submitted.StatusCode);
        Assert.Contains("The form could not be accepted", await submitted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(subject, await DemoApi.OwnSubjectsAsync(Demo.NlEmployee));
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.False(signIn.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("trustdesk.session=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Without_a_valid_session_every_portal_and_console_page_sends_to_sign_in()
    {
        using var anonymous = PortalServer.Client();
        using var forged = PortalServer.Client();
        forged.DefaultRequestHeaders.Add("Cookie", "trustdesk.session=CfDJ8forged");

        foreach (var client in new[] { anonymous, forged })
            foreach (var path in new[] { "/portal", "/portal/requests", "/portal/requests/1", "/console/widget-it-nl" })
            {
                using var response = await client.GetAsync(path);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/sign-in?ReturnUrl=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            }
    }

    [Fact]
    public async Task An_account_without_the_persons_roles_answers_exactly_like_one_that_does_not_exist()
    {
        using var client = await FormPosts.SignedInAsync(Demo.NlAnalyst);

        using var noRole = await client.GetAsync("/console/widget-it-br");
        using var missing = await client.GetAsync("/console/no-such-account");
        using var own = await client.GetAsync("/console/widget-it-nl");

        Assert.Equal(HttpStatusCode.NotFound, noRole.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(await missing.Content.ReadAsStringAsync(), await noRole.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task The_api_never_takes_the_session_cookie_for_a_credential()
    {
        using var client = await FormPosts.SignedInAsync(Demo.NlEmployee);

        using var response = await client.GetAsync("/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"message":"Unauthorized"}""", await response.Content.ReadAsStringAsync());
    }
}
