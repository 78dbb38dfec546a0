namespace Trustdesk.Domain.Workflows;

/// <summary>
/// A workflow is halted by a failed or rejected task that no failure task takes over: it has none, or its failure
/// task was canceled or declined. (A failure task that fails in turn is judged the same way, by its own failure
/// task.) While halted, no further task is activated except failure tasks; the workflow manager decides what next.
/// </summary>
public static class WorkflowHalt
{
    public static bool IsHalted(WorkflowSnapshot workflow) => workflow.Tasks.Any(task => Halts(workflow, task));

    /// <summary>The ids of the tasks that halt the workflow, for telling why.</summary>
    public static IReadOnlyList<long> HaltingTasks(WorkflowSnapshot workflow) =>
        [.. workflow.Tasks.Where(task => Halts(workflow, task)).Select(task => task.Id)];

    private static bool Halts(WorkflowSnapshot workflow, WorkflowTaskState task)
    {
        if (!TaskStatuses.HasFailed(task.Status)) return false;
        if (task.FailureTaskId is not long id || workflow.Find(id) is not { } failureTask) return true;
        return failureTask.Status is WorkflowTaskStatus.Canceled or WorkflowTaskStatus.Declined;
    }
}
