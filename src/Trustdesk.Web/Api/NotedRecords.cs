using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Data.Stamping;
using Trustdesk.Domain.Records;

namespace Trustdesk.Web.Api;

/// <summary>
/// A note added to a request, task or workflow moves the record's <c>updated_at</c>, as in 4me, so that a client polling
/// <c>updated_at=&gt;…</c> sees the note. Its <c>lock_version</c> (and so its ETag) stays: none of its fields changed, and
/// whoever holds its version to change a field (an <c>If-Match</c>, a console form) is not refused for a note (ADR 28).
/// </summary>
public sealed class NotedRecords(TrustdeskDbContext db, TimeProvider time)
{
    /// <summary>
    /// Moves <paramref name="record"/>'s <c>updated_at</c> to now, once its note is saved. Written in the record's own
    /// account whoever added the note (a provider, a customer's specialist, the requester): adding the note is what
    /// allows it, and the statement sets nothing else. One statement, outside the change tracker, so that neither the
    /// version nor a concurrent editor's save is touched.
    /// </summary>
    public async Task TouchAsync<T>(T record, CancellationToken cancel) where T : Record
    {
        var now = time.UtcNowToTheSecond();
        // Saved in this call with a change of its own: its updated_at is now already.
        if (record.UpdatedAt >= now) return;
        using (db.Scope.AccountId == record.AccountId ? null : db.Scope.Cross(Crossing.RecordsOwnAccount, record.AccountId, null))
            await db.Set<T>().Where(r => r.Id == record.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.UpdatedAt, now), cancel);
        record.UpdatedAt = now;
        // A tracked copy shows the new time without counting it as a change of its own at a later save.
        if (db.Entry(record) is { State: not EntityState.Detached } entry) entry.Property(r => r.UpdatedAt).OriginalValue = now;
    }
}
