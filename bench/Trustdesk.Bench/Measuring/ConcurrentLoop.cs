using System.Diagnostics;

namespace Trustdesk.Bench.Measuring;

/// <summary>
/// Throughput: several clients, each calling one call after another on its own connection, first for a warm-up
/// period, then for a measured period. Every call started in the measured period counts; the rate is those calls
/// over the time from the period's start until the last of them has answered.
/// </summary>
internal static class ConcurrentLoop
{
    // call(client, i) makes client's call number i and returns its latency in ms.
    public static async Task<LatencySummary> MeasureAsync(
        string scenario, string operation, int run, int clients, TimeSpan warmup, TimeSpan measured,
        Func<int, int, CancellationToken, Task<double>> call, CancellationToken cancellationToken)
    {
        var counters = new int[clients];
        await RunAsync(clients, warmup, counters, call, null, cancellationToken);

        var latencies = new List<double>[clients];
        for (var c = 0; c < clients; c++) latencies[c] = [];
        var started = Stopwatch.GetTimestamp();
        await RunAsync(clients, measured, counters, call, latencies, cancellationToken);
        var wall = Stopwatch.GetElapsedTime(started);

        var all = latencies.SelectMany(l => l).ToList();
        var summary = LatencySummary.From(scenario, operation, run, all, wall) with { Clients = clients };
        Console.Error.WriteLine($"  {operation}: {summary.CallsPerSecond:F0} calls/s with {clients} clients, " +
                                $"p50 {summary.P50:F2} ms, p95 {summary.P95:F2} ms");
        return summary;
    }

    private static Task RunAsync(
        int clients, TimeSpan period, int[] counters, Func<int, int, CancellationToken, Task<double>> call,
        List<double>[]? latencies, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(period.TotalSeconds * Stopwatch.Frequency);
        return Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var milliseconds = await call(c, counters[c]++, cancellationToken);
                latencies?[c].Add(milliseconds);
            }
        }, cancellationToken)));
    }
}
