namespace Trustdesk.Domain.Problems;

/// <summary>4me's problem statuses, roughly in the order a problem goes through them.</summary>
public enum ProblemStatus
{
    Declined,
    OnBacklog,
    Assigned,
    Accepted,
    InProgress,
    WaitingFor,
    Analyzed,
    ChangeRequested,
    WorkflowPending,
    ProjectPending,
    ProgressHalted,
    Solved,
}

/// <summary>Whether the problem was found from requests (reactive) or ahead of them (proactive).</summary>
public enum ProblemCategory
{
    Reactive,
    Proactive,
}

public static class ProblemStatuses
{
    /// <summary>A problem no longer worked on: solved or declined. The others are active (4me's <c>/problems/active</c>).</summary>
    public static bool IsClosed(this ProblemStatus status) => status is ProblemStatus.Solved or ProblemStatus.Declined;
}
