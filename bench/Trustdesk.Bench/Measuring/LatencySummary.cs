namespace Trustdesk.Bench.Measuring;

/// <summary>
/// The latency distribution of one measured operation in one run, in milliseconds, with every sample in call
/// order (in the JSON only) so a tail can be traced to when it happened.
/// </summary>
internal sealed record LatencySummary(
    string Scenario, string Operation, int Run, int Calls,
    double P50, double P95, double P99, double Max, double Mean, double CallsPerSecond, IReadOnlyList<double> Samples)
{
    /// <summary>Clients calling at once: 1 for sequential calls; more for a throughput measurement.</summary>
    public int Clients { get; init; } = 1;

    /// <summary>
    /// A part of a throughput measurement (one kind of its calls): the median run is chosen by p95, not by rate, and
    /// its calls/s is that kind's share of the measurement's rate.
    /// </summary>
    public bool ByLatency { get; init; }

    public static LatencySummary From(string scenario, string operation, int run, IReadOnlyList<double> milliseconds, TimeSpan wallClock)
    {
        var sorted = milliseconds.Order().ToArray();
        return new LatencySummary(
            scenario, operation, run, sorted.Length,
            Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted[^1], sorted.Average(),
            sorted.Length / wallClock.TotalSeconds, milliseconds.Select(m => Math.Round(m, 3)).ToArray());
    }

    /// <summary>Nearest rank: a value that was actually observed, never an interpolation between two calls.</summary>
    internal static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}
