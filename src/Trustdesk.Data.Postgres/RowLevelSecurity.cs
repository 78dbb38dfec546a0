using Microsoft.EntityFrameworkCore;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.Records;
using Trustdesk.Domain.Requests;
using Trustdesk.Domain.Trusts;

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
    private const string EitherSide =
        "customer_account_id = current_setting('trustdesk.account_id', true) OR provider_account_id = current_setting('trustdesk.account_id', true)";
    private const string CatalogBrowsing = "current_setting('trustdesk.catalog', true) = 'on'";

    // Same rows as "account = A OR account = D", but as one ANY the planner can use as an index condition;
    // the OR form was checked row by row, which made counting 100,000 people take 11 ms instead of 3.
    private const string AccountOrDirectory =
        "account_id = ANY (ARRAY[current_setting('trustdesk.account_id', true), current_setting('trustdesk.directory_account_id', true)])";

    /// <summary>The tables that hold account-owned rows, with the condition under which a row is readable.</summary>
    public static IReadOnlyList<(string Table, string Readable, string Writable)> Policies(DbContext db) =>
        db.Model.GetEntityTypes()
            .Where(e => typeof(IAccountOwned).IsAssignableFrom(e.ClrType) || typeof(IBetweenAccounts).IsAssignableFrom(e.ClrType))
            .Select(e => (e.GetTableName()!, ReadableWhen(e.ClrType), WritableWhen(e.ClrType)))
            .OrderBy(p => p.Item1, StringComparer.Ordinal)
            .ToList();

    // The request visibility rule (product.md §5) in SQL; the trusts subqueries are themselves bound by the trusts
    // policy, which lets the current account read exactly the trusts it is a side of.
    private static readonly string RequestVisible = $$"""
        account_id = current_setting('trustdesk.account_id', true)
        OR (customer_account_id = current_setting('trustdesk.account_id', true) AND EXISTS (
            SELECT 1 FROM trusts t WHERE t.customer_account_id = requests.customer_account_id
              AND t.provider_account_id = requests.account_id AND t.status = 'accepted' AND (t.options & {{(int)TrustOptions.Services}}) = {{(int)TrustOptions.Services}}))
        OR ((team_account_id = current_setting('trustdesk.account_id', true)
             OR service_instance_account_id = current_setting('trustdesk.account_id', true)) AND EXISTS (
            SELECT 1 FROM trusts t WHERE t.customer_account_id = requests.account_id
              AND t.provider_account_id = current_setting('trustdesk.account_id', true)
              AND t.status = 'accepted' AND (t.options & {{(int)TrustOptions.Requests}}) = {{(int)TrustOptions.Requests}}))
        """;

    private static string ReadableWhen(Type type) =>
        type == typeof(Request) ? RequestVisible
        : type == typeof(Trust) ? $"{EitherSide} OR ({CatalogBrowsing} AND status = 'accepted')"
        : typeof(IBetweenAccounts).IsAssignableFrom(type) ? EitherSide
        : typeof(ICatalogRecord).IsAssignableFrom(type) ? $"{Account} OR {CatalogBrowsing}"
        : typeof(IDirectoryShared).IsAssignableFrom(type) ? AccountOrDirectory
        : type == typeof(AccessToken) ? $"{Account} OR {Token}"
        : Account;

    /// <summary>Rows are only ever written into the current account (either side, for records between two).</summary>
    private static string WritableWhen(Type type) => typeof(IBetweenAccounts).IsAssignableFrom(type) ? EitherSide : Account;

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
        foreach (var (table, readable, writable) in Policies(ownerContext))
        {
            var t = Quote(table);
            sql.Add($"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY");
            sql.Add($"ALTER TABLE {t} FORCE ROW LEVEL SECURITY");
            sql.Add($"DROP POLICY IF EXISTS {PolicyName} ON {t}");
            sql.Add($"CREATE POLICY {PolicyName} ON {t} USING ({readable}) WITH CHECK ({writable})");
        }
        await using var transaction = await ownerContext.Database.BeginTransactionAsync(cancellationToken);
        foreach (var statement in sql) await ownerContext.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
