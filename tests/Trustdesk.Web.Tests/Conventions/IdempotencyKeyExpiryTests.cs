using Microsoft.EntityFrameworkCore;
using Trustdesk.Web.Api.Idempotency;
using Trustdesk.Web.Tests.Features.Events;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>Keys are kept a day by the server's clock, which these tests move; expired ones are purged as new ones come.</summary>
public sealed class IdempotencyKeyExpiryTests(FakeClockServer server) : IClassFixture<FakeClockServer>
{
    private static (string, string) Key(string key) => (IdempotencyKeyHeader.Name, key);

    [Fact]
    public async Task A_key_is_kept_a_day_and_then_is_new_again()
    {
        var account = await server.World.SupportDomainAsync();
        var subject = "Kept a day " + Ids.Hex(6);
        var key = Guid.NewGuid().ToString();
        var first = (await account.Owner.PostAsync("/v1/requests", new { subject }, Key(key))).Expect(201);

        server.Clock.Advance(KeptAnswers.KeptFor - TimeSpan.FromSeconds(1));
        var retry = (await account.Owner.PostAsync("/v1/requests", new { subject }, Key(key))).Expect(201);
        Assert.Equal(first.Body, retry.Body);
        Assert.Equal("true", retry.Header(IdempotencyFilter.ReplayedHeader));

        // From the instant it expires, the key is new: the work is done again, and that answer is the one kept now.
        server.Clock.Advance(TimeSpan.FromSeconds(1));
        var again = (await account.Owner.PostAsync("/v1/requests", new { subject }, Key(key))).Expect(201);
        Assert.Null(again.Header(IdempotencyFilter.ReplayedHeader));
        Assert.NotEqual(first.Id, again.Id);
        Assert.Equal(again.Body, (await account.Owner.PostAsync("/v1/requests", new { subject }, Key(key))).Expect(201).Body);
        // An expired key may even be used for another request.
        server.Clock.Advance(KeptAnswers.KeptFor);
        (await account.Owner.PostAsync("/v1/teams", new { name = subject }, Key(key))).Expect(201);
        Assert.Equal(2, (await account.Owner.GetAsync($"/v1/requests?subject={Uri.EscapeDataString(subject)}")).Expect(200).TotalEntries());
    }

    [Fact]
    public async Task Each_answer_kept_purges_up_to_sixteen_expired_keys_of_its_account()
    {
        var account = await server.World.SupportDomainAsync();
        for (var i = 0; i < 18; i++)
            (await account.Owner.PostAsync("/v1/teams", new { name = $"Team {i} {Ids.Hex(6)}" }, Key(Guid.NewGuid().ToString()))).Expect(201);
        Assert.Equal(18, await KeptKeysAsync(account.Id));

        server.Clock.Advance(KeptAnswers.KeptFor);
        (await account.Owner.PostAsync("/v1/teams", new { name = "After a day " + Ids.Hex(6) }, Key(Guid.NewGuid().ToString()))).Expect(201);
        Assert.Equal(18 - 16 + 1, await KeptKeysAsync(account.Id));
        (await account.Owner.PostAsync("/v1/teams", new { name = "And one more " + Ids.Hex(6) }, Key(Guid.NewGuid().ToString()))).Expect(201);
        Assert.Equal(2, await KeptKeysAsync(account.Id));
    }

    /// <summary>The account's rows, read through the server's own context in the account (filter and row-level security on).</summary>
    private async Task<int> KeptKeysAsync(string accountId)
    {
        var count = 0;
        await ServerWrites.InAccountAsync(server.Server, accountId, async db => count = await db.IdempotencyKeys.CountAsync());
        return count;
    }
}
