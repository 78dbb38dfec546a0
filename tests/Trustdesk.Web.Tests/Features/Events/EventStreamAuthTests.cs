using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Events;

/// <summary>The stream is authenticated exactly like every <c>/v1</c> call, and refuses with the same answers.</summary>
public sealed class EventStreamAuthTests
{
    private static readonly TestWorld World = TestWorld.Shared;
    private static TrustdeskServer Server => World.Server;

    [Fact]
    public async Task Without_a_usable_token_it_answers_the_apis_401()
    {
        var api = await World.Anonymous.GetAsync("/v1/requests");
        foreach (var token in new string?[] { null, "td_" + Ids.Hex(40) })
        {
            var refused = await EventStreamReader.RefusedAsync(Server, token, null);
            refused.Expect(401, """{"message":"Unauthorized"}""");
            Assert.Equal(api.Body, refused.Body);
            Answers.AssertErrorShape(refused);
        }
    }

    [Fact]
    public async Task In_an_account_without_standing_it_answers_the_apis_403_whether_or_not_the_account_exists()
    {
        var mine = await World.SupportDomainAsync();
        var other = await World.SupportDomainAsync();
        var api = await mine.Owner.In(other.Id).GetAsync("/v1/requests");
        api.Expect(403);

        foreach (var account in new[] { other.Id, Ids.Account() })
        {
            var refused = await EventStreamReader.RefusedAsync(Server, mine.OwnerToken, account);
            refused.Expect(403, """{"message":"Forbidden"}""");
            Assert.Equal(api.Body, refused.Body);
            Answers.AssertErrorShape(refused);
        }
    }

    [Fact]
    public async Task The_platform_operator_reads_no_accounts_events()
    {
        (await EventStreamReader.RefusedAsync(Server, Server.OperatorToken, null)).Expect(403, """{"message":"Forbidden"}""");
    }
}
