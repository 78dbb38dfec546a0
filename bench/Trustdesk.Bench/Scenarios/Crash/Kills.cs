using System.Net;
using Trustdesk.Bench.Http;

namespace Trustdesk.Bench.Scenarios.Crash;

/// <summary>
/// The crash scenario's kills, while the clients write: the server <c>--kills</c> times, and PostgreSQL once, before a
/// seeded one of them. Each comes after a seeded 2–5 s of writing, counted from the first write acknowledged since the
/// last kill: a cold server's first calls take a while, and a kill is to find the clients writing, not waiting.
/// </summary>
internal sealed class Kills(BenchOptions options, ServerLives lives, PostgresCluster? cluster, Actor probe, CrashTally tally)
{
    private static readonly TimeSpan PostgresDownFor = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan NoWriteFor = TimeSpan.FromMinutes(2);

    private readonly Random _random = new(options.Seed);
    private readonly List<double> _firstWriteSeconds = [];

    public PostgresOutage? Outage { get; private set; }

    /// <summary>Seconds from each kill of the server to the first write acknowledged by the new process.</summary>
    public IReadOnlyList<double> FirstWriteSeconds => _firstWriteSeconds;

    /// <summary>Kills away; a client that ends meanwhile (it ends only when stopped) has failed, and its failure ends the run.</summary>
    public async Task RunAsync(IReadOnlyList<Task> clients, CancellationToken cancel)
    {
        var postgresBefore = cluster is null ? 0 : _random.Next(1, options.Kills + 1);
        for (var kill = 1; kill <= options.Kills; kill++)
        {
            await WriteForAWhileAsync(clients, cancel);
            if (kill == postgresBefore)
            {
                Outage = await KillPostgresAsync(cluster!, clients, cancel);
                Console.Error.WriteLine($"  PostgreSQL killed at {Outage.KilledAt:F1} s ({Outage.Processes} processes), down {Outage.DownSeconds:F1} s, " +
                                        $"started again in {Outage.RestartSeconds:F1} s; the server served again {Outage.ServerBackSeconds:F2} s later, " +
                                        $"a write was acknowledged {Outage.FirstWriteSeconds:F2} s later");
                await WriteForAWhileAsync(clients, cancel);
            }
            var killedAt = tally.Now;
            await lives.KillAndRestartAsync(cancel);
            await FirstWriteAsync(tally.Acknowledged, clients, cancel);
            _firstWriteSeconds.Add(tally.Now - killedAt);
            Console.Error.WriteLine($"  kill {kill}/{options.Kills} at {killedAt:F1} s: answering again after {lives.RestartSeconds[^1]:F2} s, " +
                                    $"a write acknowledged after {_firstWriteSeconds[^1]:F2} s");
        }
        await WriteForAWhileAsync(clients, cancel);
    }

    private async Task WriteForAWhileAsync(IReadOnlyList<Task> clients, CancellationToken cancel)
    {
        await Task.WhenAny(Task.Delay(TimeSpan.FromSeconds(2 + (3 * _random.NextDouble())), cancel), Task.WhenAny(clients));
        await EndedEarlyAsync(clients);
    }

    /// <summary>Waits for a write acknowledged after <paramref name="acknowledged"/> writes in all.</summary>
    private async Task FirstWriteAsync(int acknowledged, IReadOnlyList<Task> clients, CancellationToken cancel)
    {
        var deadline = tally.Now + NoWriteFor.TotalSeconds;
        while (tally.Acknowledged == acknowledged)
        {
            await EndedEarlyAsync(clients);
            if (tally.Now > deadline) throw new TimeoutException($"No write was acknowledged within {NoWriteFor.TotalSeconds} s.");
            await Task.Delay(20, cancel);
        }
    }

    private static async Task EndedEarlyAsync(IReadOnlyList<Task> clients)
    {
        if (clients.FirstOrDefault(t => t.IsCompleted) is not { } ended) return;
        await ended;
        throw new InvalidOperationException("A writing client ended before it was stopped.");
    }

    private async Task<PostgresOutage> KillPostgresAsync(PostgresCluster postgres, IReadOnlyList<Task> clients, CancellationToken cancel)
    {
        var killedAt = tally.Now;
        var processes = await postgres.KillAsync(cancel);
        await Task.Delay(PostgresDownFor, cancel);
        var starting = tally.Now;
        await postgres.StartAsync(cancel);
        var up = tally.Now;
        var acknowledged = tally.Acknowledged;
        // The server is not restarted: it must serve again by itself (ADR 35), first with 503s, then as before.
        using (var api = new ApiClient(lives.BaseAddress))
            for (var attempt = 0; (await api.GetAsync("/v1/me", probe.Token, probe.AccountId, cancel)).Status != HttpStatusCode.OK; attempt++)
            {
                if (attempt == 600) throw new TimeoutException("The server did not serve again within 60 s of PostgreSQL's restart.");
                await Task.Delay(100, cancel);
            }
        var back = tally.Now;
        await FirstWriteAsync(acknowledged, clients, cancel);
        return new PostgresOutage(killedAt, processes, starting - killedAt, up - starting, back - up, tally.Now - up, back, lives.DiedByItself);
    }
}
