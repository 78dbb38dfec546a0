using System.Globalization;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>On a server that allows three calls an hour: per-token windows, 429 with Retry-After, and the reset.</summary>
public sealed class RateLimitTests(RateLimitedServer server) : IClassFixture<RateLimitedServer>
{
    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_token_over_its_hourly_limit_gets_429_with_retry_after_until_the_window_resets()
    {
        var account = await server.World.DirectoryAsync();
        var windowEnd = server.Clock.GetUtcNow().AddHours(1).ToUnixTimeSeconds();

        for (var call = 1; call <= RateLimitedServer.Limit; call++)
        {
            var allowed = (await account.Owner.GetAsync("/v1/me")).Expect(200);
            Assert.Equal(Text(RateLimitedServer.Limit), allowed.Header("X-RateLimit-Limit"));
            Assert.Equal(Text(RateLimitedServer.Limit - call), allowed.Header("X-RateLimit-Remaining"));
            Assert.Equal(Text(windowEnd), allowed.Header("X-RateLimit-Reset"));
        }

        server.Clock.Advance(TimeSpan.FromMinutes(10));
        var refused = (await account.Owner.GetAsync("/v1/me")).Expect(429, """{"message":"Too Many Requests"}""");
        Answers.AssertErrorShape(refused);
        Assert.Equal(Text((long)TimeSpan.FromMinutes(50).TotalSeconds), refused.Header("Retry-After"));
        Assert.Equal("0", refused.Header("X-RateLimit-Remaining"));
        Assert.Equal(Text(windowEnd), refused.Header("X-RateLimit-Reset"));
        Assert.True(refused.HasHeader("X-Request-Id"));

        // Another token has its own window.
        (await server.Server.Operator.GetAsync("/v1/enums")).Expect(200);

        server.Clock.Advance(TimeSpan.FromMinutes(50));
        var again = (await account.Owner.GetAsync("/v1/me")).Expect(200);
        Assert.Equal(Text(RateLimitedServer.Limit - 1), again.Header("X-RateLimit-Remaining"));
    }

    [Fact]
    public async Task Writing_the_same_token_differently_does_not_buy_a_new_window()
    {
        var client = server.World.Anonymous;
        var token = "td_" + Ids.Hex(20);
        string[] spellings = [$"Bearer {token}", $"bearer {token}", $"BEARER   {token}", $"Bearer {token}  "];

        for (var call = 0; call < RateLimitedServer.Limit; call++)
            (await client.GetAsync("/v1/me", ("Authorization", spellings[call]))).Expect(401);

        // Each spelling names the same token, whose window is used up.
        (await client.GetAsync("/v1/me", ("Authorization", spellings[^1]))).Expect(429);
        (await client.GetAsync("/v1/me", ("Authorization", spellings[0]))).Expect(429);
    }

    [Fact]
    public async Task Callers_without_a_token_are_limited_too_and_get_the_headers_on_every_refusal()
    {
        var anonymous = server.World.Anonymous;

        for (var call = 1; call <= RateLimitedServer.Limit; call++)
        {
            var refused = (await anonymous.GetAsync("/v1/people")).Expect(401);
            Assert.Equal(Text(RateLimitedServer.Limit - call), refused.Header("X-RateLimit-Remaining"));
        }

        var limited = (await anonymous.GetAsync("/v1/people")).Expect(429);
        Answers.AssertErrorShape(limited);
        Assert.True(int.Parse(limited.Header("Retry-After")!, CultureInfo.InvariantCulture) is > 0 and <= 3600);
        Assert.Equal("0", limited.Header("X-RateLimit-Remaining"));
    }
}
