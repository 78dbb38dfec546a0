using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Data.Stamping;
using Trustdesk.Domain.Access;

namespace Trustdesk.Web.Api.Idempotency;

/// <summary>A key's kept use: the fingerprint of its request and its sealed answer, or an expired one, free to take over.</summary>
internal sealed record KeptAnswer(string Fingerprint, byte[]? Answer, bool Expired);

/// <summary>
/// The <c>idempotency_keys</c> table, written in the call's own transaction (<see cref="UnitOfWorkFilter"/>): a key is
/// claimed before the work, so it is kept exactly when the work is, and rolled back with it. A concurrent first use of
/// the same key meets the claim on the unique index and waits there until the claim's transaction ends: then it finds
/// the answer (or, after a rollback, claims the key itself). No call ever sees a claim in progress.
/// </summary>
internal sealed class KeptAnswers(TrustdeskDbContext db, TimeProvider time)
{
    /// <summary>How long a key is kept: a client retries one call within minutes; a day leaves room for one that was down.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(24);

    // Each answer kept takes away at most this many expired keys of its account, so the table holds about a day of keys
    // without a job of its own (which would have to cross accounts, as row-level security does not let the app do).
    private const int PurgeBatch = 16;

    /// <summary>Null when the key is new, or its last use expired, and is now this call's; else its kept use.</summary>
    public async Task<KeptAnswer?> ClaimAsync(KeyOwner owner, string keyHash, string fingerprint, CancellationToken cancel)
    {
        var now = time.UtcNowToTheSecond();
        using var scope = Enter(owner);
        // A second round only when another call took the expired key over, or purged it, between this one's steps.
        for (var round = 0; round < 3; round++)
        {
            if (await InsertAsync(owner, keyHash, fingerprint, now, cancel) == 1) return null;
            var kept = await Mine(owner, keyHash)
                .Select(k => new KeptAnswer(k.Fingerprint, k.Answer, k.ExpiresAt <= now))
                .FirstOrDefaultAsync(cancel);
            if (kept is { Expired: false }) return kept;
            if (kept is not null && await TakeOverAsync(owner, keyHash, fingerprint, now, cancel) == 1) return null;
        }
        throw new InvalidOperationException("An Idempotency-Key could neither be claimed nor found.");
    }

    /// <summary>Keeps the answer of the call that claimed the key, and purges some of the account's expired keys.</summary>
    public async Task KeepAsync(KeyOwner owner, string keyHash, byte[] answer, CancellationToken cancel)
    {
        using var scope = Enter(owner);
        await Mine(owner, keyHash).ExecuteUpdateAsync(k => k.SetProperty(x => x.Answer, answer), cancel);
        await PurgeAsync(owner.AccountId, time.UtcNowToTheSecond(), cancel);
    }

    // The operator acts in no account: its keys are read and written in their own scope, entered around these steps only.
    private IDisposable? Enter(KeyOwner owner) =>
        db.Scope.AccountId == owner.AccountId ? null : db.Scope.Cross(Crossing.KeptAnswers, owner.AccountId, null);

    private IQueryable<IdempotencyKey> Mine(KeyOwner owner, string keyHash) =>
        db.IdempotencyKeys.Where(k => k.AccountId == owner.AccountId && k.PersonId == owner.PersonId && k.KeyHash == keyHash);

    // ON CONFLICT DO NOTHING (both databases): a conflict with a claim in progress waits for its transaction to end.
    private Task<int> InsertAsync(KeyOwner owner, string keyHash, string fingerprint, DateTime now, CancellationToken cancel) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO idempotency_keys (account_id, person_id, key_hash, fingerprint, created_at, expires_at)
            VALUES ({owner.AccountId}, {owner.PersonId}, {keyHash}, {fingerprint}, {now}, {now + KeptFor})
            ON CONFLICT (account_id, person_id, key_hash) DO NOTHING
            """, cancel);

    // Only while still expired: of two calls taking the same key over, the second waits for the first and finds it taken.
    private Task<int> TakeOverAsync(KeyOwner owner, string keyHash, string fingerprint, DateTime now, CancellationToken cancel) =>
        Mine(owner, keyHash).Where(k => k.ExpiresAt <= now).ExecuteUpdateAsync(k => k
            .SetProperty(x => x.Fingerprint, fingerprint)
            .SetProperty(x => x.Answer, (byte[]?)null)
            .SetProperty(x => x.CreatedAt, now)
            .SetProperty(x => x.ExpiresAt, now + KeptFor), cancel);

    // On PostgreSQL, SKIP LOCKED: calls purging at once take different rows, none waits for another's commit. The rows
    // are chosen once, in a materialized CTE: as a plain IN (subquery) the plan may run the subquery again for each row,
    // and each run skips what the statement has deleted already and takes the next ones, until none is left. SQLite has
    // one writer at a time, so nothing to skip.
    private Task<int> PurgeAsync(string accountId, DateTime now, CancellationToken cancel) => db.Database.IsNpgsql()
        ? db.Database.ExecuteSqlAsync($"""
            WITH expired AS MATERIALIZED (SELECT id FROM idempotency_keys WHERE account_id = {accountId} AND expires_at <= {now}
                ORDER BY expires_at LIMIT {PurgeBatch} FOR UPDATE SKIP LOCKED)
            DELETE FROM idempotency_keys WHERE id IN (SELECT id FROM expired)
            """, cancel)
        : db.Database.ExecuteSqlAsync($"""
            DELETE FROM idempotency_keys WHERE id IN (SELECT id FROM idempotency_keys
                WHERE account_id = {accountId} AND expires_at <= {now} ORDER BY expires_at LIMIT {PurgeBatch})
            """, cancel);
}
