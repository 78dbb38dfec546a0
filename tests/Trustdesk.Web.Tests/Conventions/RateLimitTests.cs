using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Trustdesk.Web.Api.Limits;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>
/// On a server that allows three calls an hour: a window per usable token, one per client address for every call
/// without one (no token, a made-up one), 429 with Retry-After, and the reset. A made-up token costs no window of its
/// own, so no flood of them can grow the table the limits keep.
/// </summary>
public sealed class RateLimitTests(RateLimitedServer server) : IClassFixture<RateLimitedServer>
{
    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private RateLimits Limits => server.Server.Services.GetRequiredService<RateLimits>();

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
    public async Task Made_up_tokens_count_in_their_client_addresss_window_and_take_no_window_of_their_own()
    {
        var client = ("X-Test-Client-Address", ClientAddresses.NewIPv4());
        var anonymous = server.World.Anonymous;
        var tracked = Limits.TrackedCallers;

        // Each call names another token, spelled as clients do: none buys a fresh window.
        string[] spellings = ["Bearer {0}", "bearer {0}", "BEARER   {0}  "];
        for (var call = 0; call < RateLimitedServer.Limit; call++)
            (await anonymous.GetAsync("/v1/me", ("Authorization", string.Format(CultureInfo.InvariantCulture, spellings[call], "td_" + Ids.Hex(20))), client))
                .Expect(401);
        (await anonymous.GetAsync("/v1/me", ("Authorization", "Bearer td_" + Ids.Hex(20)), client)).Expect(429);
        (await anonymous.GetAsync("/v1/me", client)).Expect(429);
        Assert.Equal(tracked + 1, Limits.TrackedCallers);
    }

    [Fact]
    public async Task A_usable_token_keeps_its_own_window_when_its_client_address_is_used_up()
    {
        var account = await server.World.DirectoryAsync();
        var token = await account.NewOwnerTokenAsync();
        var client = ("X-Test-Client-Address", ClientAddresses.NewIPv4());
        for (var call = 0; call < RateLimitedServer.Limit; call++) (await server.World.Anonymous.GetAsync("/v1/me", client)).Expect(401);
        (await server.World.Anonymous.GetAsync("/v1/me", client)).Expect(429);

        // Someone else behind the same address (a company's NAT) is not held back by the guesser.
        var fromTheSameAddress = (await account.Owner.As(token).GetAsync("/v1/me", client)).Expect(200);
        Assert.Equal(Text(RateLimitedServer.Limit - 1), fromTheSameAddress.Header("X-RateLimit-Remaining"));
    }

    [Fact]
    public async Task Callers_without_a_token_are_limited_too_and_get_the_headers_on_every_refusal()
    {
        var anonymous = server.World.Anonymous;
        var client = ("X-Test-Client-Address", ClientAddresses.NewIPv4());

        for (var call = 1; call <= RateLimitedServer.Limit; call++)
        {
            var refused = (await anonymous.GetAsync("/v1/people", client)).Expect(401);
            Assert.Equal(Text(RateLimitedServer.Limit - call), refused.Header("X-RateLimit-Remaining"));
        }

        var limited = (await anonymous.GetAsync("/v1/people", client)).Expect(429);
        Answers.AssertErrorShape(limited);
        Assert.True(int.Parse(limited.Header("Retry-After")!, CultureInfo.InvariantCulture) is > 0 and <= 3600);
        Assert.Equal("0", limited.Header("X-RateLimit-Remaining"));
        // An unknown path needs no token and is counted in the address's window too.
        Assert.Equal("0", (await anonymous.GetAsync("/v1/no-such-thing", client)).Expect(404).Header("X-RateLimit-Remaining"));
    }

    [Fact]
    public async Task The_hosts_of_one_IPv6_network_share_a_window()
    {
        var anonymous = server.World.Anonymous;
        var network = $"2001:db8:{Random.Shared.Next(1, 0xffff):x}:{Random.Shared.Next(1, 0xffff):x}";
        for (var host = 1; host <= RateLimitedServer.Limit; host++)
            (await anonymous.GetAsync("/v1/me", ("X-Test-Client-Address", $"{network}::{host:x}"))).Expect(401);
        (await anonymous.GetAsync("/v1/me", ("X-Test-Client-Address", $"{network}:ffff:ffff:ffff:ffff"))).Expect(429);
    }
}
