using System.Diagnostics;
using Npgsql;

namespace Trustdesk.Bench.Databases.Postgres;

/// <summary>How a problems dataset was generated; stored as the database's comment, which marks it complete.</summary>
internal sealed record ProblemsDataset(
    string Version, int Customers, int LinkedPerCustomer, int NoiseAccounts, int Requests, int Problems, int Links,
    IReadOnlyDictionary<string, double> Steps, double GeneratedSeconds, DateTimeOffset GeneratedAt)
{
    public const string CurrentVersion = "problems-v1";

    /// <summary>Issue 16's shape: 1,000 linked requests across 20 accounts.</summary>
    public const int DefaultCustomers = 20;
    public const int DefaultLinkedPerCustomer = 50;

    /// <summary>Unrelated accounts with requests, problems and links of their own, so the indexes have something to skip.</summary>
    public const int DefaultNoiseAccounts = 200;

    public const int PeoplePerAccount = 20;
    public const string CompetenceCenter = "b-pb-cc";

    /// <summary>The competence center's owner (an administrator, who sets the specialist's password) and the measured specialist.</summary>
    public static string OwnerEmail => $"person1@{CompetenceCenter}.bench.example";
    public static string SpecialistEmail => $"person2@{CompetenceCenter}.bench.example";

    /// <summary>The dataset's database: one per shape and version, so a changed generator never reuses old rows.</summary>
    public static string DatabaseName(int customers, int linkedPerCustomer, int noise) =>
        $"trustdesk_bench_{CurrentVersion.Replace('-', '_')}_{customers}c_{linkedPerCustomer}l_{noise}n";

    public static async Task<ProblemsDataset?> FindAsync(string superuser, string database, CancellationToken cancellationToken) =>
        await DatasetMark.ReadAsync<ProblemsDataset>(superuser, database, cancellationToken) is { Version: CurrentVersion } dataset ? dataset : null;

    public Task MarkAsync(PostgresBenchDatabase database, CancellationToken cancellationToken) => DatasetMark.WriteAsync(database, this, cancellationToken);
}

/// <summary>
/// Generates the problems dataset (<c>ProblemsDataset.sql</c>) with set-based SQL as the superuser, who is not bound by
/// row-level security, after the server has migrated the database; then VACUUM (ANALYZE) and a CHECKPOINT, and the mark
/// that makes the database reusable.
/// </summary>
internal static class PostgresProblemsLoader
{
    /// <summary>Whole seconds in UTC, as the server stores them.</summary>
    private static readonly DateTime SetUpAt = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Request n is created n minutes after this: 50,000 span five weeks.</summary>
    private static readonly DateTime FirstRequestAt = new(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc);

    public static async Task<ProblemsDataset> GenerateAsync(
        PostgresBenchDatabase database, int customers, int linkedPerCustomer, int noise, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var connection = new NpgsqlConnection(database.BenchConnectionString);
        await connection.OpenAsync(cancellationToken);
        // Two measured requests per cycle of 100, so the cycles are set by the measured problem's links.
        var cycles = customers * linkedPerCustomer / 2;
        var steps = new Dictionary<string, double>();
        async Task TimedAsync(string step, string sql)
        {
            var stepStarted = Stopwatch.GetTimestamp();
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 3600 };
            command.Parameters.AddWithValue("customers", customers);
            command.Parameters.AddWithValue("linked", linkedPerCustomer);
            command.Parameters.AddWithValue("noise", noise);
            command.Parameters.AddWithValue("people", ProblemsDataset.PeoplePerAccount);
            command.Parameters.AddWithValue("cycles", cycles);
            command.Parameters.AddWithValue("ts", SetUpAt);
            command.Parameters.AddWithValue("start", FirstRequestAt);
            await command.ExecuteNonQueryAsync(cancellationToken);
            var seconds = Stopwatch.GetElapsedTime(stepStarted).TotalSeconds;
            steps[step] = Math.Round(seconds, 1);
            Console.Error.WriteLine($"  {step}: {seconds:F1} s");
        }
        foreach (var (name, sql) in DatasetMark.SqlSteps("ProblemsDataset.sql")) await TimedAsync(name, sql);
        await TimedAsync("vacuum analyze", "VACUUM (ANALYZE)");
        await TimedAsync("checkpoint", "CHECKPOINT");

        async Task<int> CountAsync(string table)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*)::int FROM {table} WHERE account_id LIKE 'b-pb-%'", connection);
            return (int)(await count.ExecuteScalarAsync(cancellationToken))!;
        }
        var dataset = new ProblemsDataset(ProblemsDataset.CurrentVersion, customers, linkedPerCustomer, noise, await CountAsync("requests"),
            await CountAsync("problems"), await CountAsync("problem_requests"), steps, Math.Round(Stopwatch.GetElapsedTime(started).TotalSeconds, 1),
            DateTimeOffset.UtcNow);
        await dataset.MarkAsync(database, cancellationToken);
        return dataset;
    }

}
