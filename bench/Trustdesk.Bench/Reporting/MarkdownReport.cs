using System.Globalization;
using System.Text;
using Trustdesk.Bench.Measuring;

namespace Trustdesk.Bench.Reporting;

/// <summary>The report as Markdown, ready to paste into docs/benchmarks.md.</summary>
internal static class MarkdownReport
{
    public static string Render(BenchReport report)
    {
        var md = new StringBuilder();
        Line(md, $"## {report.Provider}: {report.Runs.Count} run(s), {report.StartedAt:yyyy-MM-dd HH:mm} UTC");
        Line(md);
        Line(md, $"- Command: `{report.CommandLine}`");
        Line(md, $"- Machine: {report.Machine.Cpu}, {report.Machine.LogicalCores} logical cores, {report.Machine.MemoryGib} GiB, " +
                 $"{report.Machine.OperatingSystem}, {report.Machine.Runtime}");
        Line(md, $"- Database: {report.Database}");
        if (report.Runs.Select(r => r.Load).OfType<Databases.LoadedPeople>().ToList() is { Count: > 0 } loads)
        {
            var load = loads[0];
            var seconds = string.Join(", ", loads.Select(l => l.Seconds.ToString("F1", CultureInfo.InvariantCulture)));
            Line(md, $"- Dataset: {load.People:N0} people, {load.Organizations:N0} organizations, {load.Sites:N0} sites in one directory " +
                     $"account; load + analyze took {seconds} s");
        }
        var loadAverages = report.Runs.Select(r => $"{r.LoadAverageAtStart:F2} → {r.LoadAverageAtEnd:F2}");
        Line(md, $"- 1-minute load average at the start → end of each run (2 cores; the bench alone adds about 1): " +
                 string.Join(", ", loadAverages));
        if (report.Budget is { } budget)
        {
            Line(md, $"- Budget: {budget.Operation} {budget.Statistic} ≤ {budget.LimitMilliseconds} ms — " +
                     $"{(budget.Met ? "**met**" : "**missed**")} ({budget.MeasuredMilliseconds:F2} ms)");
        }
        Line(md);

        Line(md, "### Median run per operation (the run with the median p95)");
        Line(md);
        Table(md, report.MedianRuns, withRun: true);

        if (report.Runs.Count > 1)
        {
            foreach (var run in report.Runs)
            {
                Line(md, $"### Run {run.Run}");
                Line(md);
                Table(md, run.Latencies, withRun: false);
            }
        }

        if (report.Runs[^1].Plans is { Count: > 0 } plans)
        {
            Line(md, $"### Query plans (run {report.Runs[^1].Run}, after the measured calls)");
            Line(md);
            foreach (var plan in plans)
            {
                Line(md, $"#### {plan.Name}");
                Line(md);
                Line(md, "```sql");
                Line(md, plan.Sql);
                Line(md, "```");
                Line(md);
                Line(md, "```");
                Line(md, plan.Plan.TrimEnd());
                Line(md, "```");
                Line(md);
            }
        }
        return md.ToString();
    }

    private static void Table(StringBuilder md, IEnumerable<LatencySummary> latencies, bool withRun)
    {
        Line(md, withRun
            ? "| Operation | Run | Calls | p50 ms | p95 ms | p99 ms | max ms | mean ms | calls/s |"
            : "| Operation | Calls | p50 ms | p95 ms | p99 ms | max ms | mean ms | calls/s |");
        Line(md, withRun ? "|---|--:|--:|--:|--:|--:|--:|--:|--:|" : "|---|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var l in latencies)
        {
            var run = withRun ? $" {l.Run} |" : "";
            Line(md, $"| `{l.Operation}` |{run} {l.Calls} | {l.P50:F2} | {l.P95:F2} | {l.P99:F2} | {l.Max:F2} | {l.Mean:F2} | {l.CallsPerSecond:F0} |");
        }
        Line(md);
    }

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
