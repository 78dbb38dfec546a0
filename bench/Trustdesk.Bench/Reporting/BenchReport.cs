using Trustdesk.Bench.Measuring;
using Trustdesk.Bench.Scenarios;

namespace Trustdesk.Bench.Reporting;

/// <summary>
/// All runs of one invocation, and per operation the run to quote: the one with the median p95 (the median rate
/// for a throughput measurement, but the median p95 for a part of one).
/// </summary>
internal sealed record BenchReport(
    string Provider, string Database, DateTimeOffset StartedAt, string CommandLine, MachineInfo Machine,
    IReadOnlyList<RunResult> Runs, IReadOnlyList<LatencySummary> MedianRuns, IReadOnlyList<BudgetCheck> Budgets)
{
    public static BenchReport Create(
        BenchOptions options, string database, DateTimeOffset startedAt, string commandLine, IReadOnlyList<RunResult> runs)
    {
        var medians = runs.SelectMany(r => r.Latencies)
            .GroupBy(l => (l.Scenario, l.Operation))
            .Select(g => g.OrderBy(l => l.Clients > 1 && !l.ByLatency ? l.CallsPerSecond : l.P95).ElementAt((g.Count() - 1) / 2))
            .ToList();
        var budgets = options.Sqlite ? [] : CheckBudgets(medians);
        return new BenchReport(options.Provider, database, startedAt, commandLine, MachineInfo.Current(), runs, medians, budgets);
    }

    /// <summary>The budgets of the issues, checked on PostgreSQL against the median run.</summary>
    private static List<BudgetCheck> CheckBudgets(IReadOnlyList<LatencySummary> medians)
    {
        var budgets = new List<BudgetCheck>();
        void AtMost(string operation, double limit)
        {
            if (medians.FirstOrDefault(l => l.Operation == operation) is { } m)
                budgets.Add(new BudgetCheck(operation, "p95", "≤", limit, m.P95, "ms", m.P95 <= limit));
        }
        void AtLeast(string operation, double limit)
        {
            if (medians.FirstOrDefault(l => l.Operation == operation) is { } m)
                budgets.Add(new BudgetCheck(operation, $"throughput ({m.Clients} clients)", "≥", limit, m.CallsPerSecond, "calls/s",
                    m.CallsPerSecond >= limit));
        }
        AtMost(AccountCreationScenario.Operation, AccountCreationScenario.BudgetP95Milliseconds);
        AtMost(CoverageScenario.Operation, CoverageScenario.BudgetP95Milliseconds);
        AtMost(EventsScenario.Operation, EventsScenario.BudgetP95Milliseconds);
        AtMost(KnowledgeScenario.Search, KnowledgeScenario.SearchBudgetP95Milliseconds);
        AtMost(KnowledgeScenario.Suggestions, KnowledgeScenario.SuggestionsBudgetP95Milliseconds);
        AtMost(ProblemsScenario.Page, ProblemsScenario.PageBudgetP95Milliseconds);
        AtMost(RequestsScenario.List, RequestsScenario.ListBudgetP95Milliseconds);
        AtMost(RequestsScenario.Show, RequestsScenario.ShowBudgetP95Milliseconds);
        AtLeast(RequestsScenario.RegisterBySpecialist, RequestsScenario.RegisterBudgetPerSecond);
        AtLeast(RequestsScenario.RegisterByEndUser, RequestsScenario.RegisterBudgetPerSecond);
        return budgets;
    }
}

internal sealed record BudgetCheck(string Operation, string Statistic, string Comparison, double Limit, double Measured, string Unit, bool Met);
