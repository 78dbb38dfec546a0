using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Trustdesk.Bench.Databases.Sqlite;

/// <summary>
/// EXPLAIN QUERY PLAN of the people statements, plus their median execution time over a few runs, since SQLite
/// has no EXPLAIN ANALYZE.
/// </summary>
internal static class SqliteQueryPlans
{
    private const int TimedExecutions = 11;

    public static async Task<IReadOnlyList<QueryPlan>> ExplainAsync(
        string connectionString, PeopleQueryArguments arguments, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var plans = new List<QueryPlan>();
        foreach (var query in PeopleQueries.For(arguments, postgres: false))
        {
            var plan = await PlanAsync(connection, query, cancellationToken);
            var milliseconds = await MedianExecutionAsync(connection, query, cancellationToken);
            plan.Append(CultureInfo.InvariantCulture, $"Execution (median of {TimedExecutions}, all rows read): {milliseconds:F3} ms\n");
            plans.Add(new QueryPlan(query.Name, query.Sql, plan.ToString()));
        }
        return plans;
    }

    private static async Task<StringBuilder> PlanAsync(SqliteConnection connection, ServerQuery query, CancellationToken cancellationToken)
    {
        await using var explain = Command(connection, "EXPLAIN QUERY PLAN " + query.Sql, query);
        var depth = new Dictionary<long, int> { [0] = 0 };
        var plan = new StringBuilder();
        await using var reader = await explain.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            // Rows are (id, parent, notused, detail); a row is one level deeper than its parent.
            var level = depth.GetValueOrDefault(reader.GetInt64(1)) + 1;
            depth[reader.GetInt64(0)] = level;
            plan.Append(' ', (level - 1) * 2).Append(reader.GetString(3)).Append('\n');
        }
        return plan;
    }

    private static async Task<double> MedianExecutionAsync(SqliteConnection connection, ServerQuery query, CancellationToken cancellationToken)
    {
        var timings = new double[TimedExecutions];
        for (var i = 0; i < timings.Length; i++)
        {
            await using var command = Command(connection, query.Sql, query);
            var started = Stopwatch.GetTimestamp();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
                while (await reader.ReadAsync(cancellationToken)) { }
            timings[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        Array.Sort(timings);
        return timings[timings.Length / 2];
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, ServerQuery query)
    {
        var command = new SqliteCommand(sql, connection);
        foreach (var (name, value) in query.Parameters) command.Parameters.AddWithValue("@" + name, value);
        return command;
    }
}
