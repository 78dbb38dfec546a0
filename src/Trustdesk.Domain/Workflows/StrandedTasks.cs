namespace Trustdesk.Domain.Workflows;

/// <summary>
/// The registered tasks that can never start any more, and so are not waited for:
/// a task with a predecessor that finished without being completed or approved (or that is stranded itself),
/// since it starts only when all its predecessors finished well; and a failure task none of whose owners can still
/// fail, since only an owner's failure activates it. This is how a workflow completes after a failure task took over
/// from a failed task whose successors will never run.
/// </summary>
public static class StrandedTasks
{
    public static IReadOnlySet<long> Of(WorkflowSnapshot workflow)
    {
        var known = new Dictionary<long, bool>();
        return workflow.Tasks.Where(task => IsStranded(workflow, task, known)).Select(task => task.Id).ToHashSet();
    }

    private static bool IsStranded(WorkflowSnapshot workflow, WorkflowTaskState task, Dictionary<long, bool> known)
    {
        if (task.Status != WorkflowTaskStatus.Registered) return false;
        if (known.TryGetValue(task.Id, out var stranded)) return stranded;
        known[task.Id] = false; // a cycle (refused elsewhere) must not recurse forever
        stranded = task.IsFailureTask
            ? workflow.OwnersOf(task.Id).All(owner => FinishedWithoutFailing(owner.Status) || IsStranded(workflow, owner, known))
            : workflow.PredecessorsOf(task.Id).Any(predecessor =>
                (TaskStatuses.IsFinished(predecessor.Status) && !TaskStatuses.FinishedWell(predecessor.Status))
                || IsStranded(workflow, predecessor, known));
        return known[task.Id] = stranded;
    }

    private static bool FinishedWithoutFailing(WorkflowTaskStatus status) =>
        TaskStatuses.IsFinished(status) && !TaskStatuses.HasFailed(status);
}
