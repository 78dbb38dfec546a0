using System.Globalization;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>
/// 4me clients read <c>X-RateLimit-Limit</c>, <c>-Remaining</c> and <c>-Reset</c> after every call (one SDK throws
/// when they are absent), so every /v1 response carries them, errors included.
/// </summary>
public sealed class RateLimitHeadersTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    [Fact]
    public async Task Every_response_carries_the_rate_limit_headers_whatever_its_status()
    {
        var account = await _world.DirectoryAsync();
        var person = await account.AddPersonAsync();
        var token = (await account.Owner.PostAsync("/v1/access_tokens", new { name = "to revoke" })).Expect(201);
        var answers = new List<ApiResponse>
        {
            (await account.Owner.GetAsync("/v1/people")).Expect(200),
            (await account.Owner.GetAsync($"/v1/people/{person}")).Expect(200),
            (await account.Owner.PostAsync("/v1/sites", new { name = "Site" })).Expect(201),
            (await account.Owner.DeleteAsync($"/v1/access_tokens/{token.Id}")).Expect(204),
            (await account.Owner.GetAsync("/v1/people?bogus=1")).Expect(400),
            (await account.Owner.SendRawAsync(HttpMethod.Post, "/v1/people", "{")).Expect(400),
            (await _world.Anonymous.GetAsync("/v1/people")).Expect(401),
            (await account.Owner.In(Ids.Account()).GetAsync("/v1/people")).Expect(403),
            (await account.Owner.GetAsync($"/v1/people/{Answers.NeverExistingId}")).Expect(404),
            (await account.Owner.GetAsync("/v1/no-such-thing")).Expect(404),
            (await account.Owner.PatchAsync($"/v1/people/{person}", new { name = "x" }, ("If-Match", "W/\"9\""))).Expect(412),
            (await account.Owner.PostAsync("/v1/people", new { })).Expect(422),
            (await _world.Server.Operator.GetAsync("/v1/enums")).Expect(200),
        };

        var hourFromNow = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        foreach (var answer in answers)
        {
            Assert.True(answer.Header("X-RateLimit-Limit") == "1000000", $"{answer.Request}: X-RateLimit-Limit {answer.Header("X-RateLimit-Limit")}");
            Assert.True(int.TryParse(answer.Header("X-RateLimit-Remaining"), CultureInfo.InvariantCulture, out var remaining) && remaining is >= 0 and < 1000000,
                $"{answer.Request}: X-RateLimit-Remaining {answer.Header("X-RateLimit-Remaining")}");
            Assert.True(long.TryParse(answer.Header("X-RateLimit-Reset"), CultureInfo.InvariantCulture, out var reset) && reset > hourFromNow - 3700 && reset <= hourFromNow,
                $"{answer.Request}: X-RateLimit-Reset {answer.Header("X-RateLimit-Reset")} is not epoch seconds within the hour");
        }
    }

    [Fact]
    public async Task Each_call_with_a_token_uses_one_from_its_own_budget()
    {
        var account = await _world.DirectoryAsync();
        var fresh = account.Owner.As(await account.NewOwnerTokenAsync());

        var first = (await fresh.GetAsync("/v1/me")).Expect(200);
        var second = (await fresh.GetAsync($"/v1/people/{Answers.NeverExistingId}")).Expect(404);
        // A path no endpoint serves reads no token: it is counted in the client address's window, not the token's.
        var unrouted = (await fresh.GetAsync("/v1/people/not-a-number")).Expect(404);
        var third = (await fresh.GetAsync("/v1/me")).Expect(200);

        Assert.Equal("999999", first.Header("X-RateLimit-Remaining"));
        Assert.Equal("999998", second.Header("X-RateLimit-Remaining"));
        Assert.True(unrouted.HasHeader("X-RateLimit-Remaining"));
        Assert.Equal("999997", third.Header("X-RateLimit-Remaining"));
        Assert.Equal(first.Header("X-RateLimit-Reset"), third.Header("X-RateLimit-Reset"));
    }
}
