using Microsoft.EntityFrameworkCore;

namespace Trustdesk.Data;

/// <summary>
/// Makes concurrent units of work that decide on the same thing take turns, for the rest of the current transaction.
/// On PostgreSQL a transaction-scoped advisory lock on a hash of the key (it needs no row, so it also serializes
/// callers of different accounts, whom row-level security shows different rows); SQLite serializes every write
/// transaction already (Microsoft.Data.Sqlite begins them IMMEDIATE), so there it is nothing to do.
/// </summary>
public static class TransactionLocks
{
    public static async Task TakeAsync(this TrustdeskDbContext db, string key, CancellationToken cancel)
    {
        if (db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL")
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", cancel);
    }
}
