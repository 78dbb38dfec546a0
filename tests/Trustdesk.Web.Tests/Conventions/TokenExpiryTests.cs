using System.Globalization;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>Personal access tokens expire by the server's clock, which these tests move.</summary>
public sealed class TokenExpiryTests(FakeClockServer server) : IClassFixture<FakeClockServer>
{
    private string At(TimeSpan fromNow) =>
        (server.Clock.GetUtcNow() + fromNow).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_token_works_until_its_expiry_instant_and_not_from_then_on()
    {
        var account = await server.World.DirectoryAsync();
        var created = (await account.Owner.PostAsync("/v1/access_tokens", new { name = "one hour", expires_at = At(TimeSpan.FromHours(1)) }))
            .Expect(201);
        var token = account.Owner.As(created.Record.Str("token"));

        server.Clock.Advance(TimeSpan.FromHours(1) - TimeSpan.FromSeconds(1));
        (await token.GetAsync("/v1/me")).Expect(200);

        server.Clock.Advance(TimeSpan.FromSeconds(1));
        var expired = (await token.GetAsync("/v1/me")).Expect(401, """{"message":"Unauthorized"}""");
        Answers.AssertErrorShape(expired);
        Assert.Equal((await server.Server.Client("td_never_issued").GetAsync("/v1/me")).Body, expired.Body);
        (await token.In("Not-A-Slug").GetAsync("/v1/me")).Expect(401);

        // The owner's first token has the default lifetime and still works.
        (await account.Owner.GetAsync("/v1/me")).Expect(200);
    }

    [Fact]
    public async Task The_owners_first_token_lasts_ninety_days()
    {
        var account = await server.World.DirectoryAsync();
        var listed = (await account.Owner.GetAsync("/v1/access_tokens")).Expect(200).Items.Single()!;
        Assert.Equal(At(TimeSpan.FromDays(90)), listed.Str("expires_at"));

        server.Clock.Advance(TimeSpan.FromDays(90) - TimeSpan.FromMinutes(1));
        (await account.Owner.GetAsync("/v1/me")).Expect(200);
        server.Clock.Advance(TimeSpan.FromMinutes(1));
        (await account.Owner.GetAsync("/v1/me")).Expect(401);
    }

    [Fact]
    public async Task Expiry_must_lie_between_now_and_two_years_from_now_by_the_servers_clock()
    {
        var account = await server.World.DirectoryAsync();

        (await account.Owner.PostAsync("/v1/access_tokens", new { name = "now", expires_at = At(TimeSpan.Zero) }))
            .ExpectValidation(("expires_at", "must be in the future"));
        (await account.Owner.PostAsync("/v1/access_tokens", new { name = "too far", expires_at = At(TimeSpan.FromDays(730) + TimeSpan.FromSeconds(1)) }))
            .ExpectValidation(("expires_at", "must be within two years"));
        (await account.Owner.PostAsync("/v1/access_tokens", new { name = "longest", expires_at = At(TimeSpan.FromDays(730)) })).Expect(201);

        Assert.Equal(2, (await account.Owner.GetAsync("/v1/access_tokens")).Expect(200).TotalEntries());
    }
}
