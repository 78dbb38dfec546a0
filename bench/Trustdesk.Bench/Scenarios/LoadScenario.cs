using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Trustdesk.Bench.Databases.Postgres;
using Trustdesk.Bench.Http;
using Trustdesk.Bench.Measuring;
using Trustdesk.Bench.Reporting;
using Trustdesk.Bench.Server;

namespace Trustdesk.Bench.Scenarios;

/// <summary>
/// Load held (issue 14): the mixed load of <see cref="LoadMix"/> offered open-loop at each of <c>--rates</c> for
/// <c>--seconds</c> (after a warm-up at the same rate), with <c>--streams</c> live event streams held open
/// (<see cref="LoadStreams"/>), on PostgreSQL. A rate is held when p99 ≤ 100 ms with no error of any kind. Then each
/// kind of call alone at a modest rate, for its own CPU cost per call.
/// </summary>
internal static class LoadScenario
{
    public const string Name = "load";
    public const int KindsAloneRate = 200;

    public static async Task<(IReadOnlyList<LatencySummary> Latencies, LoadRun Load)> RunAsync(
        ServerProcess server, ApiClient api, PostgresBenchDatabase database, string operatorToken, int run, BenchOptions options,
        CancellationToken cancellationToken)
    {
        Console.Error.WriteLine($"Run {run}: load — building the world…");
        var world = await LoadWorld.CreateAsync(api, operatorToken, database, cancellationToken);
        using var client = new LoadClient(server.BaseAddress);
        await TryEveryKindAsync(world, client, cancellationToken);
        var postgres = await database.PostmasterPidAsync(cancellationToken);
        var beforeStreams = CpuAndMemory.ProcessMemoryMib(server.Pid).Resident;
        await using var streams = await LoadStreams.OpenAsync(server.BaseAddress, world, options.ExtraStreams, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        var streamsMemory = (beforeStreams, CpuAndMemory.ProcessMemoryMib(server.Pid).Resident);
        Console.Error.WriteLine($"  server RSS {streamsMemory.beforeStreams:F0} MiB before the streams, {streamsMemory.Item2:F0} MiB with them");
        Console.Error.WriteLine($"  {streams.Count} event streams open; rates {string.Join(", ", options.Rates)} calls/s, {options.Seconds} s each…");

        var measured = TimeSpan.FromSeconds(options.Seconds);
        var warmup = TimeSpan.FromSeconds(Math.Min(10, Math.Max(2, options.Seconds / 4)));
        var steps = new List<LoadStep>();
        var latencies = new List<LatencySummary>();
        foreach (var (rate, s) in options.Rates.Select((rate, s) => (rate, s)))
        {
            var seed = run * 1_000 + s * 2;
            await OfferAsync(client, LoadMix.Plan(world, Count(rate, warmup), seed), rate, warmup, null, cancellationToken);
            streams.Reset();
            var registered = new ConcurrentDictionary<long, (long, int)>();
            var plan = LoadMix.Plan(world, Count(rate, measured), seed + 1);
            var loadAverage = LoadAverage.Now();
            var (results, cost) = await MeasureAsync(server, postgres, () => OfferAsync(client, plan, rate, measured, registered, cancellationToken));
            var (delays, expected) = await streams.DeliveriesAsync(registered, cancellationToken);
            var step = LoadSummary.Step(rate, measured, results, cost, streams.Count, delays, expected) with { LoadAverageBefore = loadAverage };
            steps.Add(step);
            latencies.Add(LatencySummary.From(Name, $"mixed load, {rate} calls/s offered", run, results.Select(r => r.Milliseconds).ToList(), measured)
                with { Samples = [] });
            Console.Error.WriteLine("  " + LoadSummary.Line(step));
        }

        var alone = new List<LoadKindFigures>();
        var aloneSeconds = TimeSpan.FromSeconds(Math.Min(options.Seconds, 10));
        for (var kind = 0; kind < LoadMix.Kinds.Length; kind++)
        {
            var seed = run * 1_000 + 500 + kind * 2;
            await OfferAsync(client, LoadMix.Plan(world, Count(KindsAloneRate, warmup / 2), seed, kind), KindsAloneRate, warmup / 2, null, cancellationToken);
            var plan = LoadMix.Plan(world, Count(KindsAloneRate, aloneSeconds), seed + 1, kind);
            var (results, cost) = await MeasureAsync(server, postgres, () => OfferAsync(client, plan, KindsAloneRate, aloneSeconds, null, cancellationToken));
            var figures = LoadSummary.Kind(LoadMix.Kinds[kind].Name, results) with
            {
                ServerCpuPerCall = cost.Server / results.Length, PostgresCpuPerCall = cost.Postgres / results.Length,
            };
            alone.Add(figures);
            Console.Error.WriteLine($"  alone at {KindsAloneRate}/s: {figures.Kind}: p50 {figures.P50:F2} ms, p99 {figures.P99:F2} ms, " +
                                    $"server {figures.ServerCpuPerCall:F3} ms CPU/call, PostgreSQL {figures.PostgresCpuPerCall:F3} ms CPU/call, {figures.Errors} errors");
        }
        return (latencies, new LoadRun(steps, alone, KindsAloneRate) { StreamsMemoryMib = streamsMemory });
    }

    private static int Count(int rate, TimeSpan period) => (int)Math.Round(rate * period.TotalSeconds);

    private static Task<CallResult[]> OfferAsync(
        LoadClient client, PlannedCall[] plan, int rate, TimeSpan period,
        ConcurrentDictionary<long, (long, int)>? registered, CancellationToken cancellationToken) =>
        OpenLoop.RunAsync(rate, period, i => plan[i].Kind, async (i, cancel) =>
        {
            var call = plan[i];
            var keep = registered is not null && call.Customer >= 0;
            var (end, status, body) = await client.SendAsync(call.Method, call.Path, call.Actor.Token, call.Actor.AccountId, call.Json, keep, cancel);
            if (keep && end == CallEnd.Answered)
                registered![JsonNode.Parse(body!)!["id"]!.GetValue<long>()] = (Stopwatch.GetTimestamp(), call.Customer);
            else if (end is CallEnd.Refused or CallEnd.Shed or CallEnd.ConnectionFailed) LoadSummary.NoteError(call, status, body);
            return (end, status);
        }, cancellationToken);

    /// <summary>The calls' results and what they cost: CPU time of the server, PostgreSQL, the bench and the machine; the server's memory.</summary>
    private static async Task<(CallResult[], LoadCost)> MeasureAsync(ServerProcess server, int? postgres, Func<Task<CallResult[]>> offer)
    {
        var before = LoadCost.Read(server.Pid, postgres);
        var results = await offer();
        return (results, LoadCost.Read(server.Pid, postgres) - before);
    }

    /// <summary>Each kind of call once, by every kind of caller it has, must answer 2xx before anything is measured.</summary>
    private static async Task TryEveryKindAsync(LoadWorld world, LoadClient client, CancellationToken cancellationToken)
    {
        foreach (var call in LoadMix.Plan(world, 200, seed: 42))
        {
            var (end, status, body) = await client.SendAsync(call.Method, call.Path, call.Actor.Token, call.Actor.AccountId, call.Json, true, cancellationToken);
            if (end != CallEnd.Answered)
                throw new InvalidOperationException($"{call.Method} {call.Path} ({call.Actor.Name}) answered {status}: {body}");
        }
        var list = await client.SendAsync(HttpMethod.Get, "/v1/requests?status=assigned", world.ProviderSpecialists[0].Token,
            world.ProviderSpecialists[0].AccountId, null, true, cancellationToken);
        if (list.End != CallEnd.Answered || JsonNode.Parse(list.Body!)!.AsArray().Count == 0)
            throw new InvalidOperationException($"The provider's list of assigned requests is empty or failed ({list.Status}): the lists would measure nothing.");
    }
}

/// <summary>CPU milliseconds used so far by the server, PostgreSQL, the bench and the machine; the server's memory now and at peak.</summary>
internal readonly record struct LoadCost(double Server, double Postgres, double Bench, double Machine, double Seconds, double ResidentMib, double PeakMib)
{
    public static LoadCost Read(int server, int? postgres)
    {
        var (resident, peak) = CpuAndMemory.ProcessMemoryMib(server);
        return new LoadCost(
            CpuAndMemory.ProcessCpuMilliseconds(server),
            postgres is { } pid ? CpuAndMemory.ProcessTreeCpuMilliseconds(pid) : 0,
            Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds,
            CpuAndMemory.MachineBusyMilliseconds(),
            Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency,
            resident, peak);
    }

    /// <summary>What was used between two readings; memory as of the later one.</summary>
    public static LoadCost operator -(LoadCost after, LoadCost before) => new(
        after.Server - before.Server, after.Postgres - before.Postgres, after.Bench - before.Bench, after.Machine - before.Machine,
        after.Seconds - before.Seconds, after.ResidentMib, after.PeakMib);
}
