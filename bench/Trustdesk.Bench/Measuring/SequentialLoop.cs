using System.Diagnostics;

namespace Trustdesk.Bench.Measuring;

/// <summary>Warms up, then measures a bounded number of calls made strictly one after another.</summary>
internal static class SequentialLoop
{
    // call(i) makes call number i (warm-up calls first, numbering on) and returns its latency in ms.
    public static async Task<LatencySummary> MeasureAsync(
        string scenario, string operation, int run, int warmup, int calls,
        Func<int, CancellationToken, Task<double>> call, CancellationToken cancellationToken)
    {
        for (var i = 0; i < warmup; i++) await call(i, cancellationToken);

        var latencies = new double[calls];
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < calls; i++) latencies[i] = await call(warmup + i, cancellationToken);
        var summary = LatencySummary.From(scenario, operation, run, latencies, Stopwatch.GetElapsedTime(started));
        Console.Error.WriteLine($"  {operation}: p50 {summary.P50:F2} ms, p95 {summary.P95:F2} ms, p99 {summary.P99:F2} ms");
        return summary;
    }
}
