using System.Text;
using Npgsql;

namespace Trustdesk.Bench.Databases.Postgres;

/// <summary>
/// EXPLAIN (ANALYZE, BUFFERS) of the people statements as the app role, inside a transaction with the same
/// settings the server's interceptor sets, so row-level security adds its predicates exactly as in production.
/// </summary>
internal static class PostgresQueryPlans
{
    private const string SetSettings =
        "SELECT set_config('trustdesk.account_id', @account, true), " +
        "set_config('trustdesk.directory_account_id', '', true), " +
        "set_config('trustdesk.token_hash', '', true)";

    public static async Task<IReadOnlyList<QueryPlan>> ExplainAsync(
        string appConnectionString, PeopleQueryArguments arguments, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(appConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var settings = new NpgsqlCommand(SetSettings, connection, transaction))
        {
            settings.Parameters.AddWithValue("account", arguments.AccountId);
            await settings.ExecuteNonQueryAsync(cancellationToken);
        }

        var plans = new List<QueryPlan>();
        foreach (var query in PeopleQueries.For(arguments, postgres: true))
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
}
