using Microsoft.EntityFrameworkCore;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.Records;

namespace Trustdesk.Data.Postgres;

/// <summary>
/// Row-level security for every account-owned table, derived from the model so no table can be forgotten:
/// enabled and forced (the owner is bound too), one policy reading the transaction-local settings that
/// <see cref="AccountSettingsInterceptor"/> sets. Idempotent; applied by the owner right after the migrations.
/// </summary>
public static class RowLevelSecurity
{
    public const string PolicyName = "account_isolation";
    private const string Account = "account_id = current_setting('trustdesk.account_id', true)";
    private const string Token = "token_hash = current_setting('trustdesk.token_hash', true)";

    // Same rows as "account = A OR account = D", but as one ANY the planner can use as an index condition;
    // the OR form was checked row by row, which made counting 100,000 people take 11 ms instead of 3.
    private const string AccountOrDirectory =
        "account_id = ANY (ARRAY[current_setting('trustdesk.account_id', true), current_setting('trustdesk.directory_account_id', true)])";

    /// <summary>The tables that hold account-owned rows, with the condition under which a row is readable.</summary>
    public static IReadOnlyList<(string Table, string Readable)> Policies(DbContext db) =>
        db.Model.GetEntityTypes()
            .Where(e => typeof(IAccountOwned).IsAssignableFrom(e.ClrType))
            .Select(e => (e.GetTableName()!, ReadableWhen(e.ClrType)))
            .OrderBy(p => p.Item1, StringComparer.Ordinal)
            .ToList();

    private static string ReadableWhen(Type type) =>
        typeof(IDirectoryShared).IsAssignableFrom(type) ? AccountOrDirectory
        : type == typeof(AccessToken) ? $"{Account} OR {Token}"
        : Account;

    public static async Task ApplyAsync(DbContext ownerContext, string appRole, CancellationToken cancellationToken)
    {
        var role = Quote(appRole);
        var sql = new List<string>
        {
            $"GRANT USAGE ON SCHEMA public TO {role}",
            $"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
            $"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
            // The migrations history is the owner's business alone.
            $"REVOKE ALL ON TABLE \"__EFMigrationsHistory\" FROM {role}",
        };
        foreach (var (table, readable) in Policies(ownerContext))
        {
            var t = Quote(table);
            sql.Add($"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY");
            sql.Add($"ALTER TABLE {t} FORCE ROW LEVEL SECURITY");
            sql.Add($"DROP POLICY IF EXISTS {PolicyName} ON {t}");
            sql.Add($"CREATE POLICY {PolicyName} ON {t} USING ({readable}) WITH CHECK ({Account})");
        }
        await using var transaction = await ownerContext.Database.BeginTransactionAsync(cancellationToken);
        foreach (var statement in sql) await ownerContext.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
