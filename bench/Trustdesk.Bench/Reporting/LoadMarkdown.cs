using System.Globalization;
using System.Text;
using Trustdesk.Bench.Scenarios;

namespace Trustdesk.Bench.Reporting;

/// <summary>The load scenario's figures as Markdown tables: the steps of each run, then each kind of call alone.</summary>
internal static class LoadMarkdown
{
    public static void Render(StringBuilder md, BenchReport report)
    {
        var runs = report.Runs.Where(r => r.Held is not null).ToList();
        if (runs.Count == 0) return;
        var highest = runs.Select(r => r.Held!.HighestHeld?.ToString(CultureInfo.InvariantCulture) ?? "none");
        md.Append(CultureInfo.InvariantCulture, $"### Load held (p99 ≤ {LoadStep.HeldP99Milliseconds} ms, no error): highest rate per run {string.Join(" / ", highest)} calls/s\n\n");
        foreach (var run in runs)
        {
            md.Append(CultureInfo.InvariantCulture, $"#### Run {run.Run}: steps\n\nServer RSS {run.Held!.StreamsMemoryMib.Before:F0} MiB before the held streams were opened, {run.Held.StreamsMemoryMib.After:F0} MiB with them.\n\n");
            md.Append("| offered/s | answered/s | p50 ms | p95 ms | p99 ms | max ms | p99 answered / shed ms | errors | server CPU ms/call | PostgreSQL | bench | machine (busy) | server RSS / peak MiB | events p50 / p95 ms (delivered/expected) | load avg | held |\n");
            md.Append("|--:|--:|--:|--:|--:|--:|--:|---|--:|--:|--:|--:|--:|--:|--:|---|\n");
            foreach (var s in run.Held!.Steps)
            {
                var errors = s.Errors.Count == 0 ? "0" : string.Join(", ", s.Errors.Select(e => $"{e.Key}: {e.Value}"));
                md.Append(CultureInfo.InvariantCulture,
                    $"| {s.OfferedRate} | {s.AnsweredPerSecond:F0} | {s.P50:F2} | {s.P95:F2} | {s.P99:F2} | {s.Max:F0} | {s.AnsweredP99:F1} / {s.ShedP99:F1} | {errors} | " +
                    $"{s.ServerCpuPerCall:F3} | {s.PostgresCpuPerCall:F3} | {s.BenchCpuPerCall:F3} | {s.MachineCpuPerCall:F3} ({s.MachineBusyPercent:F0} %) | " +
                    $"{s.ServerResidentMib:F0} / {s.ServerPeakMib:F0} | {s.EventP50:F1} / {s.EventP95:F1} ({s.EventsDelivered}/{s.EventsExpected}) | " +
                    $"{s.LoadAverageBefore:F2} → {s.LoadAverageAfter:F2} | {(s.Held ? "**yes**" : "no")} |\n");
            }
            md.Append('\n');
            var steps = run.Held.Steps;
            if ((steps.Where(s => s.Held).MaxBy(s => s.OfferedRate) ?? (steps.Count > 0 ? steps[0] : null)) is { } shown)
            {
                md.Append(CultureInfo.InvariantCulture, $"By kind at {shown.OfferedRate} calls/s:\n\n| kind | calls | p50 ms | p99 ms | errors |\n|---|--:|--:|--:|--:|\n");
                foreach (var k in shown.Kinds) md.Append(CultureInfo.InvariantCulture, $"| `{k.Kind}` | {k.Calls} | {k.P50:F2} | {k.P99:F2} | {k.Errors} |\n");
                md.Append('\n');
            }
            md.Append(CultureInfo.InvariantCulture, $"Each kind alone at {run.Held.KindsAloneRate} calls/s:\n\n| kind | p50 ms | p99 ms | server CPU ms/call | PostgreSQL CPU ms/call | errors |\n|---|--:|--:|--:|--:|--:|\n");
            foreach (var k in run.Held.KindsAlone)
                md.Append(CultureInfo.InvariantCulture, $"| `{k.Kind}` | {k.P50:F2} | {k.P99:F2} | {k.ServerCpuPerCall:F3} | {k.PostgresCpuPerCall:F3} | {k.Errors} |\n");
            md.Append('\n');
        }
    }
}
