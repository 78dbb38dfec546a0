using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Trustdesk.Data.Stamping;
using Trustdesk.Domain.Access;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Idempotency;
using Trustdesk.Web.Tests.Features.Events;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>
/// PostgreSQL, where calls run truly side by side: a POST whose key another call has claimed, in a transaction still
/// doing its work, waits on the unique index until that transaction ends, then answers what it kept (committed) or does
/// the work itself (rolled back). Never both, and never a "try again later".
/// </summary>
public sealed class IdempotencyKeyClaimTests
{
    [Theory]
    [Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_call_waits_for_the_claim_in_progress_and_follows_its_outcome(bool committed)
    {
        PostgresOnly.Require();
        var server = TestServers.Shared;
        var account = await TestWorld.Shared.SupportDomainAsync();
        var key = Guid.NewGuid().ToString();
        var subject = "Claimed " + Ids.Hex(6);
        var body = $$"""{"subject":"{{subject}}"}""";

        // The first call, caught in the middle of its work: its key claimed with the answer it will give, not committed.
        var secrets = KeySecrets.Derive(key, new KeyOwner(account.Id, account.OwnerId));
        var request = new DefaultHttpContext().Request;
        request.Path = "/v1/requests";
        var now = TimeProvider.System.UtcNowToTheSecond();
        await using var scope = server.Services.CreateAsyncScope();
        var db = await ServerWrites.EnterAsync(scope, account.Id);
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.IdempotencyKeys.Add(new IdempotencyKey
        {
            PersonId = account.OwnerId,
            KeyHash = secrets.KeyHash,
            Fingerprint = secrets.Fingerprint(request, System.Text.Encoding.UTF8.GetBytes(body)),
            Answer = secrets.Seal(new ApiResult(201, new JsonObject { ["held"] = subject }).WithETag(7)),
            CreatedAt = now,
            ExpiresAt = now + KeptAnswers.KeptFor,
        });
        await db.SaveChangesAsync();

        var retry = account.Owner.PostAsync("/v1/requests", body, (IdempotencyKeyHeader.Name, key));
        await WaitForALockWaitAsync(server.Database);
        Assert.False(retry.IsCompleted);

        if (committed) await transaction.CommitAsync();
        else await transaction.RollbackAsync();
        var answer = await retry;
        var count = (await account.Owner.GetAsync($"/v1/requests?subject={Uri.EscapeDataString(subject)}")).Expect(200).TotalEntries();
        if (committed)
        {
            answer.Expect(201, $$"""{"held":"{{subject}}"}""");
            Assert.Equal("W/\"7\"", answer.Header("ETag"));
            Assert.Equal("true", answer.Header(IdempotencyFilter.ReplayedHeader));
            Assert.Equal(0, count);
        }
        else
        {
            Assert.Equal(subject, answer.Expect(201).Record.Str("subject"));
            Assert.Null(answer.Header(IdempotencyFilter.ReplayedHeader));
            Assert.Equal(1, count);
        }
    }

    /// <summary>Polls, with a deadline, until a connection of the app waits for a lock on claiming a key: the call has reached the claim.</summary>
    private static async Task WaitForALockWaitAsync(TestDatabase database)
    {
        await using var superuser = await PostgresQueries.OpenAsync(database.SuperuserConnectionString!);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (await superuser.ScalarAsync<long>(
                   """
                   SELECT count(*) FROM pg_stat_activity WHERE datname = @db AND usename = @app
                     AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO idempotency_keys%'
                   """,
                   ("db", database.Name), ("app", database.AppRole!)) == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the call never waited for the claim in progress");
            await Task.Delay(20);
        }
    }
}
