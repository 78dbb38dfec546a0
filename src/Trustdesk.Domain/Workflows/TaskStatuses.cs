namespace Trustdesk.Domain.Workflows;

/// <summary>
/// The groups of task statuses the workflow rules speak of. A task is registered until it is activated, then
/// active until it finishes; only a completed or approved task lets its successors start.
/// </summary>
public static class TaskStatuses
{
    private static readonly HashSet<WorkflowTaskStatus> Active =
    [
        WorkflowTaskStatus.Assigned, WorkflowTaskStatus.Accepted, WorkflowTaskStatus.InProgress,
        WorkflowTaskStatus.WaitingFor, WorkflowTaskStatus.WaitingForCustomer, WorkflowTaskStatus.RequestPending,
    ];

    private static readonly HashSet<WorkflowTaskStatus> Finished =
    [
        WorkflowTaskStatus.Completed, WorkflowTaskStatus.Approved, WorkflowTaskStatus.Rejected,
        WorkflowTaskStatus.Failed, WorkflowTaskStatus.Canceled, WorkflowTaskStatus.Declined,
    ];

    /// <summary>Activated and not finished: someone is to work on it.</summary>
    public static bool IsActive(WorkflowTaskStatus status) => Active.Contains(status);

    public static bool IsFinished(WorkflowTaskStatus status) => Finished.Contains(status);

    /// <summary>Completed or approved: the only endings that let successors start.</summary>
    public static bool FinishedWell(WorkflowTaskStatus status) =>
        status is WorkflowTaskStatus.Completed or WorkflowTaskStatus.Approved;

    /// <summary>Failed or rejected: the endings that activate a failure task, or halt the workflow without one.</summary>
    public static bool HasFailed(WorkflowTaskStatus status) =>
        status is WorkflowTaskStatus.Failed or WorkflowTaskStatus.Rejected;
}
