using System.Collections.Concurrent;
using System.Net;
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
    private static readonly TimeSpan PostgresDownFor = TimeSpan.FromSeconds(2);

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
        PostgresOutage? outage;
        try
        {
            outage = await WriteAndKillAsync(clients, options, lives, cluster, world, tally, cancel);
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
            tally.StrayFailures, tally.UnexpectedCount, tally.UnexpectedSamples, diedByItself, lives.RestartSeconds, writingSeconds, tally.Now);
    }

    /// <summary>
    /// Lets the clients write, kills the server <c>--kills</c> times (and PostgreSQL once, before a seeded one of them),
    /// then stops the clients after a last stretch of writing. A client that fails ends the run.
    /// </summary>
    private static async Task<PostgresOutage?> WriteAndKillAsync(
        List<WritingClient> clients, BenchOptions options, ServerLives lives, PostgresCluster? cluster, CrashWorld world, CrashTally tally,
        CancellationToken cancel)
    {
        var random = new Random(options.Seed);
        TimeSpan Writing() => TimeSpan.FromSeconds(2 + (3 * random.NextDouble()));
        var outageBefore = cluster is null ? 0 : random.Next(1, options.Kills + 1);
        using var stop = new CancellationTokenSource();
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var running = clients.Select(c => Task.Run(() => c.RunAsync(stop.Token, abort.Token), CancellationToken.None)).ToList();
        async Task WriteForAWhileAsync()
        {
            await Task.WhenAny(Task.Delay(Writing(), cancel), Task.WhenAny(running));
            // A client ends only when stopped: one that ended early failed, and its failure ends the run.
            if (running.FirstOrDefault(t => t.IsCompleted) is { } ended)
            {
                await ended;
                throw new InvalidOperationException("A writing client ended before it was stopped.");
            }
        }

        PostgresOutage? outage = null;
        try
        {
            for (var kill = 1; kill <= options.Kills; kill++)
            {
                await WriteForAWhileAsync();
                if (kill == outageBefore)
                {
                    outage = await KillPostgresAsync(cluster!, lives, world.Workflows.HrSpecialist, tally, cancel);
                    Console.Error.WriteLine($"  PostgreSQL killed at {outage.KilledAt:F1} s ({outage.Processes} processes), down {outage.DownSeconds:F1} s, " +
                                            $"started again in {outage.RestartSeconds:F1} s; the server answered {outage.ServerBackSeconds:F2} s later");
                    await WriteForAWhileAsync();
                }
                var at = tally.Now;
                await lives.KillAndRestartAsync(cancel);
                Console.Error.WriteLine($"  kill {kill}/{options.Kills} at {at:F1} s: answering again after {lives.RestartSeconds[^1]:F2} s");
            }
            await WriteForAWhileAsync();
            await stop.CancelAsync();
            await Task.WhenAll(running);
        }
        catch
        {
            await abort.CancelAsync();
            await Task.WhenAll(running.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
            throw;
        }
        return outage;
    }

    private static async Task<PostgresOutage> KillPostgresAsync(PostgresCluster cluster, ServerLives lives, Actor probe, CrashTally tally, CancellationToken cancel)
    {
        var killedAt = tally.Now;
        var processes = await cluster.KillAsync(cancel);
        await Task.Delay(PostgresDownFor, cancel);
        var starting = tally.Now;
        await cluster.StartAsync(cancel);
        var up = tally.Now;
        // The server is not restarted: it must serve again by itself (ADR 35), first with 503s, then as before.
        using var api = new ApiClient(lives.BaseAddress);
        for (var attempt = 0; (await api.GetAsync("/v1/me", probe.Token, probe.AccountId, cancel)).Status != HttpStatusCode.OK; attempt++)
        {
            if (attempt == 600) throw new TimeoutException("The server did not serve again within 60 s of PostgreSQL's restart.");
            await Task.Delay(100, cancel);
        }
        var back = tally.Now;
        return new PostgresOutage(killedAt, processes, starting - killedAt, up - starting, back - up, back, lives.DiedByItself);
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
