using System.Collections.Concurrent;
using Trustdesk.Bench.Databases;
using Trustdesk.Bench.Http;

namespace Trustdesk.Bench.Scenarios.Crash;

/// <summary>
/// The crash test (issue 14): <c>--clients</c> clients write through the API (<see cref="WritingClient"/>) while the
/// server is killed with SIGKILL <c>--kills</c> times at seeded moments, a few seconds of writing apart, and started
/// again on the same database; once, PostgreSQL itself is killed and started again under the running server. Then what
/// the clients were told is compared with what the database holds (<see cref="StoredWrites"/>) and what the API shows
/// (<see cref="ApiReadBack"/>): an acknowledged write is there exactly once, any write at most once, nothing is
/// half-written, and no call was answered 5xx but while PostgreSQL was away.
/// </summary>
internal static class CrashScenario
{
    public static async Task<CrashOutcome> RunAsync(
        BenchOptions options, IBenchDatabase database, string serverDll, IReadOnlyDictionary<string, string> environment, string logFolder,
        CancellationToken cancel)
    {
        var (cluster, postgresKill) = await PostgresToKillAsync(options, cancel);
        Console.Error.WriteLine($"Crash test: {options.Kills} kills of the server, {options.Clients} clients, seed {options.Seed}; PostgreSQL {postgresKill}.");
        Directory.CreateDirectory(logFolder);
        var tally = new CrashTally();
        await using var lives = new ServerLives(serverDll, environment, logFolder);
        await lives.StartAsync(cancel);
        var world = await CrashWorld.CreateAsync(lives.BaseAddress, environment["Platform__OperatorToken"], cancel);

        var unanswered = new ConcurrentQueue<long>();
        var connections = Enumerable.Range(0, options.Clients).Select(_ => new ApiClient(lives.BaseAddress)).ToList();
        var clients = Enumerable.Range(0, options.Clients).Select(i =>
        {
            var random = new Random(unchecked((options.Seed * 101) + i + 1));
            return new WritingClient(i, world, new CarefulCalls(connections[i], lives, tally, random), random, unanswered, tally);
        }).ToList();
        var writingFrom = tally.Now;
        var kills = new Kills(options, lives, cluster, world.Workflows.HrSpecialist, tally);
        try
        {
            await WriteAndKillAsync(clients, kills, cancel);
        }
        finally
        {
            foreach (var connection in connections) connection.Dispose();
        }
        var writingSeconds = tally.Now - writingFrom;
        var diedByItself = lives.DiedByItself;

        Console.Error.WriteLine("  reading back what was written, by SQL and through the API…");
        var (stored, invariants) = await StoredWrites.ReadAsync(database, cancel);
        var shown = await ApiReadBack.ReadAsync(lives.BaseAddress, world, options.Clients, cancel);
        var writes = clients.SelectMany(c => c.Writes).ToList();
        var known = writes.Select(w => w.Marker).ToHashSet(StringComparer.Ordinal);
        var outage = kills.Outage;
        bool InOutage(ServerError e) => outage is { } o && e.Status == 503 && e.SentAt <= o.BackAt && e.AnsweredAt >= o.KilledAt;
        var errors = tally.ServerErrors.ToList();
        return new CrashOutcome(
            options.Provider, options.Configuration, options.Clients, options.Seed, options.Kills, postgresKill, outage,
            [
                .. Enum.GetValues<WriteKind>().Select(k => WriteFigures.Of(KindName(k), writes.Where(w => w.Kind == k).ToList(), stored)),
                WriteFigures.Of("all", writes, stored),
            ],
            invariants, stored.Keys.Count(m => !known.Contains(m)),
            stored.Keys.Union(shown.Keys).Count(m => !Same(stored.GetValueOrDefault(m), shown.GetValueOrDefault(m))),
            errors.Count(InOutage), errors.Where(e => !InOutage(e)).GroupBy(e => e.Status).ToDictionary(g => g.Key, g => g.Count()),
            tally.StrayFailures, tally.UnexpectedCount, tally.UnexpectedSamples, diedByItself, lives.RestartSeconds, kills.FirstWriteSeconds,
            writingSeconds, tally.Now);
    }

    /// <summary>Runs the clients while <see cref="Kills"/> kills; stops them after its last stretch of writing.</summary>
    private static async Task WriteAndKillAsync(List<WritingClient> clients, Kills kills, CancellationToken cancel)
    {
        using var stop = new CancellationTokenSource();
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var running = clients.Select(c => Task.Run(() => c.RunAsync(stop.Token, abort.Token), CancellationToken.None)).ToList();
        try
        {
            await kills.RunAsync(running, cancel);
            await stop.CancelAsync();
            await Task.WhenAll(running);
        }
        catch
        {
            await abort.CancelAsync();
            await Task.WhenAll(running.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
            throw;
        }
    }

    private static async Task<(PostgresCluster? Cluster, string Description)> PostgresToKillAsync(BenchOptions options, CancellationToken cancel)
    {
        if (options.Sqlite) return (null, "not used (SQLite)");
        if (!options.KillPostgres) return (null, "not killed (--no-postgres-kill)");
        var (cluster, why) = await PostgresCluster.LocateAsync(options.PostgresConnectionString!, options.PostgresData, cancel);
        return cluster is null ? (null, $"not killed: {why}") : (cluster, $"killed once (data directory {cluster.DataDirectory})");
    }

    private static string KindName(WriteKind kind) => kind switch
    {
        WriteKind.Request => "requests",
        WriteKind.Note => "notes",
        WriteKind.Workflow => "workflows",
        _ => "workflow steps",
    };

    private static bool Same(List<long>? a, List<long>? b) => (a ?? []).Order().SequenceEqual((b ?? []).Order());
}
