using Trustdesk.Web.Api;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>
/// Every answer, API or page, success or error, tells the browser not to sniff it, not to frame it, to send no referrer
/// and what it may load (ADR 40). The pages' policy allows no inline script or style; only the API reference needs them.
/// </summary>
public sealed class SecurityHeadersTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    [Fact]
    public async Task Api_answers_and_errors_carry_the_headers_and_a_policy_that_lets_nothing_run()
    {
        var account = await _world.DirectoryAsync();
        var answers = new[]
        {
            (await account.Owner.GetAsync("/v1/me")).Expect(200),
            (await _world.Anonymous.GetAsync("/v1/me")).Expect(401),
            (await account.Owner.GetAsync("/v1/nowhere")).Expect(404),
            (await account.Owner.PostAsync("/v1/people", new { })).Expect(422),
            (await account.Owner.SendRawAsync(HttpMethod.Post, "/v1/people", "{")).Expect(400),
            (await _world.Anonymous.GetAsync("/openapi/v1.json")).Expect(200),
        };

        foreach (var answer in answers)
        {
            ExpectCommonHeaders(answer);
            Assert.Equal("default-src 'none'; frame-ancestors 'none'", answer.Header("Content-Security-Policy"));
        }
    }

    [Theory]
    [InlineData("/", 200)]
    [InlineData("/sign-in", 200)]
    [InlineData("/portal", 302)]
    [InlineData("/no-such-page", 404)]
    [InlineData("/trustdesk.css", 200)]
    public async Task Pages_carry_the_headers_and_a_policy_without_inline_code_or_framing(string path, int status)
    {
        var answer = (await _world.Anonymous.GetAsync(path)).Expect(status);

        ExpectCommonHeaders(answer);
        var policy = answer.Header("Content-Security-Policy")!;
        Assert.Equal(SecurityHeaders.PagePolicy, policy);
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_reference_alone_may_run_inline_code_and_still_loads_nothing_from_elsewhere()
    {
        var answer = (await _world.Anonymous.GetAsync("/reference/")).Expect(200);

        ExpectCommonHeaders(answer);
        var policy = answer.Header("Content-Security-Policy")!;
        Assert.Contains("script-src 'self' 'unsafe-inline'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", policy, StringComparison.Ordinal);
        // Scalar's default fonts come from its CDN: turned off, so the reference asks nothing of another site.
        Assert.DoesNotContain("fonts.scalar.com", answer.Text, StringComparison.Ordinal);
    }

    private static void ExpectCommonHeaders(ApiResponse answer)
    {
        Assert.Equal("nosniff", answer.Header("X-Content-Type-Options"));
        Assert.Equal("DENY", answer.Header("X-Frame-Options"));
        Assert.Equal("no-referrer", answer.Header("Referrer-Policy"));
        Assert.Equal("same-origin", answer.Header("Cross-Origin-Opener-Policy"));
    }
}
