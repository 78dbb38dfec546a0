using System.Text;
using Npgsql;

namespace Trustdesk.Bench.Databases.Postgres;

/// <summary>
/// EXPLAIN (ANALYZE, BUFFERS) of the server's statements as the app role, inside a transaction with the same
/// settings the server's interceptor (AccountSettingsInterceptor) sets, so row-level security adds its predicates
/// exactly as in production.
/// </summary>
internal static class PostgresQueryPlans
{
    private const string SetSettings =
        "SELECT set_config('trustdesk.account_id', @account, true), " +
        "set_config('trustdesk.directory_account_id', '', true), " +
        "set_config('trustdesk.token_hash', '', true), " +
        "set_config('trustdesk.catalog', @catalog, true), " +
        "set_config('trustdesk.requester_id', '', true)";

    public static Task<IReadOnlyList<QueryPlan>> ExplainAsync(
        string appConnectionString, PeopleQueryArguments arguments, CancellationToken cancellationToken) =>
        ExplainAsync(appConnectionString, arguments.AccountId, PeopleQueries.For(arguments, postgres: true), cancellationToken);

    public static Task<IReadOnlyList<QueryPlan>> ExplainAsync(
        string appConnectionString, string accountId, IEnumerable<ServerQuery> queries, CancellationToken cancellationToken) =>
        ExplainAsync(appConnectionString, accountId, browsingCatalog: false, queries, cancellationToken);

    /// <param name="browsingCatalog">As inside <c>AccountScope.BrowseCatalog()</c>: the policies' catalog branches open.</param>
    public static async Task<IReadOnlyList<QueryPlan>> ExplainAsync(
        string appConnectionString, string accountId, bool browsingCatalog, IEnumerable<ServerQuery> queries, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(appConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await EnterAccountAsync(connection, transaction, accountId, browsingCatalog, cancellationToken);

        var plans = new List<QueryPlan>();
        foreach (var query in queries)
        {
            await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + query.Sql, connection, transaction);
            foreach (var (name, value) in query.Parameters) explain.Parameters.AddWithValue(name, value);
            var plan = new StringBuilder();
            await using (var reader = await explain.ExecuteReaderAsync(cancellationToken))
                while (await reader.ReadAsync(cancellationToken)) plan.Append(reader.GetString(0)).Append('\n');
            plans.Add(new QueryPlan(query.Name, query.Sql, plan.ToString()));
        }
        await transaction.RollbackAsync(cancellationToken);
        return plans;
    }

    /// <summary>The transaction-local settings the server sets for a caller acting in <paramref name="accountId"/>.</summary>
    public static Task EnterAccountAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string accountId, CancellationToken cancellationToken) =>
        EnterAccountAsync(connection, transaction, accountId, browsingCatalog: false, cancellationToken);

    private static async Task EnterAccountAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string accountId, bool browsingCatalog, CancellationToken cancellationToken)
    {
        await using var settings = new NpgsqlCommand(SetSettings, connection, transaction);
        settings.Parameters.AddWithValue("account", accountId);
        settings.Parameters.AddWithValue("catalog", browsingCatalog ? "on" : "off");
        await settings.ExecuteNonQueryAsync(cancellationToken);
    }
}
