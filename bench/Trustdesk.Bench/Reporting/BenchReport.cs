using Trustdesk.Bench.Measuring;
using Trustdesk.Bench.Scenarios;

namespace Trustdesk.Bench.Reporting;

/// <summary>All runs of one invocation, and per operation the run to quote: the one with the median p95.</summary>
internal sealed record BenchReport(
    string Provider, string Database, DateTimeOffset StartedAt, string CommandLine, MachineInfo Machine,
    IReadOnlyList<RunResult> Runs, IReadOnlyList<LatencySummary> MedianRuns, BudgetCheck? Budget)
{
    public static BenchReport Create(
        BenchOptions options, string database, DateTimeOffset startedAt, string commandLine, IReadOnlyList<RunResult> runs)
    {
        var medians = runs.SelectMany(r => r.Latencies)
            .GroupBy(l => (l.Scenario, l.Operation))
            .Select(g => g.OrderBy(l => l.P95).ElementAt((g.Count() - 1) / 2))
            .ToList();
        var accounts = medians.FirstOrDefault(l => l.Operation == AccountCreationScenario.Operation);
        var events = medians.FirstOrDefault(l => l.Operation == EventsScenario.Operation);
        var budget = accounts is not null && !options.Sqlite
            ? new BudgetCheck(AccountCreationScenario.Operation, "p95", AccountCreationScenario.BudgetP95Milliseconds, accounts.P95,
                accounts.P95 <= AccountCreationScenario.BudgetP95Milliseconds)
            : events is not null
                ? new BudgetCheck(EventsScenario.Operation, "p95", EventsScenario.BudgetP95Milliseconds, events.P95,
                    events.P95 <= EventsScenario.BudgetP95Milliseconds)
                : null;
        return new BenchReport(options.Provider, database, startedAt, commandLine, MachineInfo.Current(), runs, medians, budget);
    }
}

internal sealed record BudgetCheck(string Operation, string Statistic, double LimitMilliseconds, double MeasuredMilliseconds, bool Met);
