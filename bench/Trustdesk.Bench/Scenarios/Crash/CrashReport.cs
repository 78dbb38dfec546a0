using System.Globalization;
using System.Text;

namespace Trustdesk.Bench.Scenarios.Crash;

/// <summary>The crash run in Markdown (for docs/benchmarks.md) and in one line (for ./test).</summary>
internal static class CrashReport
{
    public static void Append(StringBuilder md, CrashOutcome crash)
    {
        var all = crash.All;
        void Line(string text = "") => md.Append(text).Append('\n');
        void Row(string what, Func<WriteFigures, int> figure) =>
            Line($"| {what} | {string.Join(" | ", crash.Writes.Select(w => figure(w).ToString("N0", CultureInfo.InvariantCulture)))} |");

        Line($"### Crash test: {crash.Kills} kills of the server, PostgreSQL {crash.PostgresKill}");
        Line();
        Line($"- {crash.Clients} writing clients, seed {crash.Seed}, {crash.Provider}, server built in {crash.ServerBuild}; the clients ran " +
             $"{crash.WritingSeconds:F0} s (the restarts included), {crash.Seconds:F0} s in all");
        Line();
        Line($"| | {string.Join(" | ", crash.Writes.Select(w => w.Kind))} |");
        Line($"|---|{string.Concat(crash.Writes.Select(_ => "--:|"))}");
        Row("writes attempted", w => w.Attempted);
        Row("acknowledged (2xx, or a step's retry refused 412: made by its lost attempt)", w => w.Acknowledged);
        Row("answer lost (in flight at a kill, or 5xx)", w => w.Lost);
        Row("… retried, same Idempotency-Key / If-Match", w => w.Retried);
        Row("… … the lost attempt had made it (replayed, or 412)", w => w.MadeByLostAttempt);
        Row("… … made by the retry", w => w.MadeByRetry);
        Row("… not retried", w => w.Unretried);
        Row("… … yet there (made, never acknowledged)", w => w.UnretriedThere);
        Row("answered 503, yet made by that attempt (its commit under way as PostgreSQL went)", w => w.UnavailableYetMade);
        Row("found exactly once, where written (acknowledged)", w => w.ExactlyOnce);
        Row("missing (acknowledged)", w => w.Missing);
        Row("duplicated (any)", w => w.Duplicated);
        Row("misplaced, or there though refused", w => w.MisplacedOrUnexpected);
        Row("refused (4xx) / never answered", w => w.Refused + w.GaveUp);
        Line();
        var sql = crash.Provider == "SQLite" ? "by SQL on the file" : "by SQL as the superuser";
        Line($"- Read back {sql} and through the API: they disagree on {crash.ApiDisagreements} markers; " +
             $"{crash.MarkersUnknown} markers in the database no client wrote.");
        Line($"- Half-written: {crash.Invariants.Sum(i => i.Violations.Count)} violations of {crash.Invariants.Count} invariants:");
        foreach (var check in crash.Invariants)
            Line($"  - {check.Name}: {(check.Holds ? "holds" : $"**{check.Violations.Count} violations** ({string.Join(", ", check.Violations.Take(10))})")}");
        Line("- 5xx answers: " + (crash.Outage is null ? "" : $"{crash.OutageServiceUnavailable} × 503 while PostgreSQL was away; any other: ") +
             (crash.OtherServerErrors.Count == 0 ? "none" : string.Join(", ", crash.OtherServerErrors.Select(e => $"{e.Value} × {e.Key}"))) +
             $". Connections failed while the server was up: {crash.StrayFailures}. Unexpected answers: {crash.UnexpectedAnswers}.");
        foreach (var sample in crash.UnexpectedSamples.Take(5)) Line($"  - {sample}");
        Line($"- Recovery after a kill -9, {crash.RestartSeconds.Count} kills: the new process answers `GET /v1` after a median " +
             $"{Median(crash.RestartSeconds):F2} s (max {Max(crash.RestartSeconds):F2} s); the first write is acknowledged after a median " +
             $"{Median(crash.FirstWriteSeconds):F2} s (max {Max(crash.FirstWriteSeconds):F2} s).");
        if (crash.Outage is { } o)
            Line($"- PostgreSQL: SIGKILL of its {o.Processes} processes at {o.KilledAt:F1} s, down {o.DownSeconds:F1} s, `pg_ctl start` (crash recovery) " +
                 $"{o.RestartSeconds:F2} s; the server, not restarted, served `GET /v1/me` again {o.ServerBackSeconds:F2} s after that, and acknowledged " +
                 $"a write {o.FirstWriteSeconds:F2} s after it (its clients wait the `Retry-After` of their 503s).");
        Line($"- Verdict: {(crash.Held ? "**held**" : "**failed**: " + string.Join("; ", crash.Failures))}");
        Line();
    }

    /// <summary>One line: what ./test prints.</summary>
    public static string Summary(CrashOutcome crash)
    {
        var all = crash.All;
        var postgres = crash.Outage is null ? $"PostgreSQL {crash.PostgresKill}" : "PostgreSQL killed once";
        return $"crash test: {(crash.Held ? "held" : "FAILED")} — {crash.Kills} kills of the server, {postgres}, {crash.Clients} clients; " +
               $"{all.Acknowledged:N0} of {all.Attempted:N0} writes acknowledged, {all.Lost} answers lost ({all.Retried} retried, {all.Unretried} not, " +
               $"{all.UnretriedThere} of those there); {all.Missing} missing, {all.Duplicated} duplicated, " +
               $"{crash.Invariants.Sum(i => i.Violations.Count)} half-written; {crash.OtherServerErrors.Values.Sum()} unexpected 5xx; " +
               $"restart median {Median(crash.RestartSeconds):F1} s, max {Max(crash.RestartSeconds):F1} s; {crash.Seconds:F0} s" +
               (crash.Held ? "" : $" — {string.Join("; ", crash.Failures)}");
    }

    private static double Median(IReadOnlyList<double> values) => values.Count == 0 ? 0 : values.Order().ElementAt((values.Count - 1) / 2);

    private static double Max(IReadOnlyList<double> values) => values.Count == 0 ? 0 : values.Max();
}
