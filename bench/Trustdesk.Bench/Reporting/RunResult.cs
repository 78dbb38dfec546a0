using Trustdesk.Bench.Databases;
using Trustdesk.Bench.Measuring;
using Trustdesk.Bench.Scenarios;

namespace Trustdesk.Bench.Reporting;

/// <summary>Everything one run measured, and how busy the machine was around it.</summary>
internal sealed record RunResult(
    int Run, IReadOnlyList<LatencySummary> Latencies, LoadedPeople? Load, IReadOnlyList<QueryPlan> Plans,
    double? LoadAverageAtStart, double? LoadAverageAtEnd)
{
    /// <summary>The requests scenario's dataset and what the measured account saw, when that scenario ran.</summary>
    public RequestsLoad? Requests { get; init; }

    /// <summary>The knowledge scenario's dataset, employees and answers, when that scenario ran.</summary>
    public KnowledgeLoad? Knowledge { get; init; }

    /// <summary>The problems scenario's dataset, problem and answers, when that scenario ran.</summary>
    public ProblemsLoad? Problems { get; init; }

    /// <summary>What the workflows scenario made and verified, when it ran.</summary>
    public WorkflowsLoad? Workflows { get; init; }

    /// <summary>The load scenario's steps and kinds alone, when it ran (load held).</summary>
    public LoadRun? Held { get; init; }

    /// <summary>What the crash scenario did and found, when it ran.</summary>
    public Scenarios.Crash.CrashOutcome? Crash { get; init; }
}
