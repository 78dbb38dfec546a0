using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace Trustdesk.Bench.Databases.Postgres;

/// <summary>How a requests dataset was generated; stored as the database's comment, which marks it complete.</summary>
internal sealed record RequestsDataset(
    string Version, int Accounts, int PeoplePerAccount, int Requests, long LastRequestId, double GeneratedSeconds,
    IReadOnlyList<(string Step, double Seconds)> Steps, DateTimeOffset GeneratedAt)
{
    public const string CurrentVersion = "requests-v1";
    public const int People = 50;

    /// <summary>The dataset's database: one per shape and version, so a changed generator never reuses old rows.</summary>
    public static string DatabaseName(int accounts, int requests) =>
        $"trustdesk_bench_{CurrentVersion.Replace('-', '_')}_{accounts}a_{requests}r";
}

/// <summary>
/// Generates the requests dataset (<c>RequestsDataset.sql</c>) with set-based SQL as the superuser, who is not bound
/// by row-level security, after the server has migrated the database; then VACUUM (ANALYZE) and a CHECKPOINT. The
/// result is recorded as the database's comment, so a later run finds it complete and reuses it.
/// </summary>
internal static class PostgresRequestsLoader
{
    /// <summary>Whole seconds in UTC, as the server stores them.</summary>
    private static readonly DateTime SetUpAt = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Request n is created n minutes after this, so a million span 694 days up to late 2026.</summary>
    private static readonly DateTime FirstRequestAt = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly JsonSerializerOptions Json = new() { IncludeFields = true };

    public static async Task<RequestsDataset?> FindAsync(string superuser, string database, CancellationToken cancellationToken) =>
        await DatasetMark.ReadAsync<StoredDataset>(superuser, database, cancellationToken, Json) is { Version: RequestsDataset.CurrentVersion } stored
            ? stored.ToDataset()
            : null;

    public static async Task<RequestsDataset> GenerateAsync(
        PostgresBenchDatabase database, int accounts, int requests, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var connection = new NpgsqlConnection(database.BenchConnectionString);
        await connection.OpenAsync(cancellationToken);
        var steps = new List<(string, double)>();
        foreach (var (name, sql) in DatasetMark.SqlSteps("RequestsDataset.sql"))
        {
            var stepStarted = Stopwatch.GetTimestamp();
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 3600 };
            command.Parameters.AddWithValue("accounts", accounts);
            command.Parameters.AddWithValue("people", RequestsDataset.People);
            command.Parameters.AddWithValue("requests", requests);
            command.Parameters.AddWithValue("ts", SetUpAt);
            command.Parameters.AddWithValue("start", FirstRequestAt);
            await command.ExecuteNonQueryAsync(cancellationToken);
            var seconds = Stopwatch.GetElapsedTime(stepStarted).TotalSeconds;
            steps.Add((name, Math.Round(seconds, 1)));
            Console.Error.WriteLine($"  {name}: {seconds:F1} s");
        }
        foreach (var (name, sql) in new[] { ("vacuum analyze", "VACUUM (ANALYZE)"), ("checkpoint", "CHECKPOINT") })
        {
            var stepStarted = Stopwatch.GetTimestamp();
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 3600 };
            await command.ExecuteNonQueryAsync(cancellationToken);
            steps.Add((name, Math.Round(Stopwatch.GetElapsedTime(stepStarted).TotalSeconds, 1)));
        }

        long lastId;
        await using (var last = new NpgsqlCommand("SELECT max(id) FROM requests", connection))
            lastId = (long)(await last.ExecuteScalarAsync(cancellationToken))!;
        var dataset = new RequestsDataset(RequestsDataset.CurrentVersion, accounts, RequestsDataset.People, requests, lastId,
            Math.Round(Stopwatch.GetElapsedTime(started).TotalSeconds, 1), steps, DateTimeOffset.UtcNow);
        await DatasetMark.WriteAsync(database, StoredDataset.From(dataset), cancellationToken, Json);
        return dataset;
    }

    /// <summary>The comment's JSON shape (tuples do not serialize by name).</summary>
    private sealed record StoredDataset(
        string Version, int Accounts, int PeoplePerAccount, int Requests, long LastRequestId, double GeneratedSeconds,
        Dictionary<string, double> Steps, DateTimeOffset GeneratedAt)
    {
        public static StoredDataset From(RequestsDataset d) => new(d.Version, d.Accounts, d.PeoplePerAccount, d.Requests,
            d.LastRequestId, d.GeneratedSeconds, d.Steps.ToDictionary(s => s.Step, s => s.Seconds), d.GeneratedAt);

        public RequestsDataset ToDataset() => new(Version, Accounts, PeoplePerAccount, Requests, LastRequestId, GeneratedSeconds,
            Steps.Select(s => (s.Key, s.Value)).ToList(), GeneratedAt);
    }

    public static string AccountId(int number) => "b-rq-" + number.ToString("D5", CultureInfo.InvariantCulture);
}
