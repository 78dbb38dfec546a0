using Trustdesk.Bench.Databases;
using Trustdesk.Bench.Measuring;

namespace Trustdesk.Bench.Reporting;

/// <summary>Everything one run measured, and how busy the machine was around it.</summary>
internal sealed record RunResult(
    int Run, IReadOnlyList<LatencySummary> Latencies, LoadedPeople? Load, IReadOnlyList<QueryPlan> Plans,
    double? LoadAverageAtStart, double? LoadAverageAtEnd);
