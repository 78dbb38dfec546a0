using Npgsql;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Isolation.Tests.Checks;

/// <summary>
/// The PostgreSQL catalog, read from outside the application: every account-owned table (one with an account column)
/// has row-level security enabled and forced; the app role owns no table and is neither superuser nor BYPASSRLS; every
/// unique index of an account-owned table includes an account column, so a duplicate-key error never tells one account
/// what another holds. Primary keys are left out: ids come from the database's own sequences, never from a client.
/// </summary>
public static class CatalogAudit
{
    private const string AccountOwnedTables = """
        SELECT DISTINCT c.relname, c.relrowsecurity, c.relforcerowsecurity
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attname IN ('account_id', 'customer_account_id', 'provider_account_id')
        """;

    private const string UniqueIndexesWithoutAccount = """
        SELECT t.relname, i.relname
        FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = 'public' AND x.indisunique AND NOT x.indisprimary
          AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attname = 'account_id')
          AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attnum = ANY (x.indkey)
                          AND a.attname IN ('account_id', 'customer_account_id', 'provider_account_id'))
        """;

    public static async Task<List<string>> FindingsAsync(TestDatabase database)
    {
        var findings = new List<string>();
        await using var connection = await PostgresQueries.OpenAsync(database.SuperuserConnectionString!);
        var tables = 0;
        await foreach (var (table, enabled, forced) in RowsAsync(connection, AccountOwnedTables, r => (r.GetString(0), r.GetBoolean(1), r.GetBoolean(2))))
        {
            tables++;
            if (!enabled) findings.Add($"table {table}: row-level security is not enabled");
            if (!forced) findings.Add($"table {table}: row-level security is not forced (its owner would bypass it)");
        }
        if (tables < 20) findings.Add($"only {tables} account-owned tables found: the audit's query no longer matches the schema");
        await foreach (var (table, index) in RowsAsync(connection, UniqueIndexesWithoutAccount, r => (r.GetString(0), r.GetString(1))))
            findings.Add($"table {table}: unique index {index} does not include an account column");

        var role = database.AppRole!;
        await foreach (var (super, bypass) in RowsAsync(connection, $"SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = '{role}'",
                           r => (r.GetBoolean(0), r.GetBoolean(1))))
        {
            if (super) findings.Add($"app role {role} is a superuser");
            if (bypass) findings.Add($"app role {role} can bypass row-level security");
        }
        await foreach (var table in RowsAsync(connection, $"SELECT tablename FROM pg_tables WHERE tableowner = '{role}'", r => r.GetString(0)))
            findings.Add($"app role {role} owns table {table}");
        return findings;
    }

    private static async IAsyncEnumerable<T> RowsAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) yield return read(reader);
    }
}
