using System.Collections.Concurrent;
using Trustdesk.Bench.Measuring;
using Trustdesk.Bench.Reporting;

namespace Trustdesk.Bench.Scenarios;

/// <summary>Turns a step's call results and readings into its figures; says the first few distinct errors on stderr.</summary>
internal static class LoadSummary
{
    private static readonly ConcurrentDictionary<(int Kind, int Status), bool> Said = new();

    public static LoadStep Step(int rate, TimeSpan measured, CallResult[] results, LoadCost cost, int streams, List<double> delays, int expected)
    {
        var sorted = results.Select(r => r.Milliseconds).Order().ToArray();
        var answered = results.Count(r => r.End == CallEnd.Answered);
        var errors = results.Where(r => r.End != CallEnd.Answered).GroupBy(LoadRun.ErrorName)
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
        var events = delays.Order().ToArray();
        var calls = Math.Max(1, results.Length);
        return new LoadStep(
            rate, measured.TotalSeconds, results.Length, answered, answered / cost.Seconds,
            Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted.Length > 0 ? sorted[^1] : 0,
            errors,
            cost.Server / calls, cost.Postgres / calls, cost.Bench / calls, cost.Machine / calls,
            100 * cost.Machine / (cost.Seconds * 1000 * Environment.ProcessorCount),
            cost.ResidentMib, cost.PeakMib,
            streams, expected, events.Length, Percentile(events, 0.50), Percentile(events, 0.95), events.Length > 0 ? events[^1] : 0,
            results.GroupBy(r => r.Kind).OrderBy(g => g.Key).Select(g => Kind(LoadMix.Kinds[g.Key].Name, [.. g])).ToList(),
            null, LoadAverage.Now())
        {
            AnsweredP99 = P99Of(results, CallEnd.Answered),
            ShedP99 = P99Of(results, CallEnd.Shed),
        };
    }

    private static double P99Of(CallResult[] results, CallEnd end) =>
        Percentile(results.Where(r => r.End == end).Select(r => r.Milliseconds).Order().ToArray(), 0.99);

    public static LoadKindFigures Kind(string name, CallResult[] results)
    {
        var sorted = results.Select(r => r.Milliseconds).Order().ToArray();
        return new LoadKindFigures(name, results.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.99), results.Count(r => r.End != CallEnd.Answered));
    }

    public static string Line(LoadStep s) =>
        $"{s.OfferedRate} calls/s offered: {s.AnsweredPerSecond:F0}/s answered, p50 {s.P50:F2} ms, p95 {s.P95:F2} ms, p99 {s.P99:F2} ms, " +
        $"max {s.Max:F0} ms (answered p99 {s.AnsweredP99:F2} ms, shed p99 {s.ShedP99:F2} ms); errors {(s.Errors.Count == 0 ? "none" : string.Join(", ", s.Errors.Select(e => $"{e.Key}: {e.Value}")))}; " +
        $"CPU ms/call server {s.ServerCpuPerCall:F3}, PostgreSQL {s.PostgresCpuPerCall:F3}, bench {s.BenchCpuPerCall:F3}, machine {s.MachineCpuPerCall:F3} " +
        $"({s.MachineBusyPercent:F0} % busy); server RSS {s.ServerResidentMib:F0} MiB (peak {s.ServerPeakMib:F0}); " +
        $"events {s.EventsDelivered}/{s.EventsExpected} on {s.Streams} streams, p50 {s.EventP50:F1} ms, p95 {s.EventP95:F1} ms; " +
        (s.Held ? "HELD" : "not held");

    /// <summary>The first error of each kind of call and status goes to stderr, so a wrong call is seen, not just counted.</summary>
    public static void NoteError(PlannedCall call, int status, string? body)
    {
        if (Said.TryAdd((call.Kind, status), true))
            Console.Error.WriteLine($"  error: {call.Method} {call.Path} ({call.Actor.Name}) → {status}: {body?[..Math.Min(200, body.Length)]}");
    }

    /// <summary>Nearest rank, as <see cref="LatencySummary"/>; 0 for no samples.</summary>
    private static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? 0 : LatencySummary.Percentile(sorted, fraction);
}
