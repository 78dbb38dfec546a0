namespace Trustdesk.Domain.Workflows;

/// <summary>
/// How a workflow moves on from its tasks (product.md §6), as a pure function of a <see cref="WorkflowSnapshot"/>:
/// the application applies the answer and stamps the times.
/// </summary>
public static class WorkflowProgress
{
    /// <summary>
    /// The tasks to activate now (registered → assigned): each registered task whose predecessors all finished well
    /// (at once without predecessors), unless the workflow is halted; and each registered failure task whose owner
    /// failed or was rejected. One call reaches the fixpoint: an activated task is active, not finished, so it
    /// cannot let another task start; call again after the next task finishes.
    /// </summary>
    public static IReadOnlyList<long> ToActivate(WorkflowSnapshot workflow)
    {
        var halted = WorkflowHalt.IsHalted(workflow);
        return [.. workflow.Tasks
            .Where(task => task.Status == WorkflowTaskStatus.Registered
                && (task.IsFailureTask ? AnOwnerFailed(workflow, task) : !halted && AllPredecessorsFinishedWell(workflow, task)))
            .Select(task => task.Id)];
    }

    /// <summary>
    /// The workflow's status as 4me derives it: halted by an unhandled failure; completed when every task that can
    /// still start has finished; otherwise named after the most decisive kind of active task (risk and impact,
    /// then approval, then implementation), in progress while only other kinds are active or the next task awaits activation, and
    /// registered before anything started.
    /// </summary>
    public static WorkflowStatus StatusOf(WorkflowSnapshot workflow)
    {
        if (workflow.Tasks.Count == 0) return WorkflowStatus.Registered;
        if (WorkflowHalt.IsHalted(workflow)) return WorkflowStatus.ProgressHalted;

        var stranded = StrandedTasks.Of(workflow);
        var needed = workflow.Tasks.Where(task => !stranded.Contains(task.Id)).ToList();
        if (needed.Count > 0 && needed.TrueForAll(task => TaskStatuses.IsFinished(task.Status))) return WorkflowStatus.Completed;

        var active = workflow.Tasks.Where(task => TaskStatuses.IsActive(task.Status)).Select(task => task.Category).ToHashSet();
        if (active.Contains(WorkflowTaskCategory.RiskAndImpact)) return WorkflowStatus.RiskAndImpact;
        if (active.Contains(WorkflowTaskCategory.Approval)) return WorkflowStatus.Approval;
        if (active.Contains(WorkflowTaskCategory.Implementation)) return WorkflowStatus.Implementation;
        if (active.Count > 0 || workflow.Tasks.Any(task => TaskStatuses.IsFinished(task.Status))) return WorkflowStatus.InProgress;
        return WorkflowStatus.Registered;
    }

    /// <summary>
    /// A phase is registered while none of its tasks started, completed when every task of it that can still start
    /// has finished, and in progress in between. A failure task that was never needed leaves its phase registered.
    /// A phase holding a task that halts the workflow stays in progress: the rejection stopped it, nothing completed it.
    /// </summary>
    public static PhaseStatus PhaseStatusOf(WorkflowSnapshot workflow, int phasePosition)
    {
        var tasks = workflow.Tasks.Where(task => task.PhasePosition == phasePosition).ToList();
        if (!tasks.Exists(task => TaskStatuses.IsActive(task.Status) || TaskStatuses.IsFinished(task.Status))) return PhaseStatus.Registered;
        var halting = WorkflowHalt.HaltingTasks(workflow);
        if (tasks.Exists(task => halting.Contains(task.Id))) return PhaseStatus.InProgress;
        var stranded = StrandedTasks.Of(workflow);
        return tasks.TrueForAll(task => stranded.Contains(task.Id) || TaskStatuses.IsFinished(task.Status))
            ? PhaseStatus.Completed
            : PhaseStatus.InProgress;
    }

    private static bool AnOwnerFailed(WorkflowSnapshot workflow, WorkflowTaskState failureTask) =>
        workflow.OwnersOf(failureTask.Id).Any(owner => TaskStatuses.HasFailed(owner.Status));

    private static bool AllPredecessorsFinishedWell(WorkflowSnapshot workflow, WorkflowTaskState task) =>
        workflow.PredecessorsOf(task.Id).All(predecessor => TaskStatuses.FinishedWell(predecessor.Status));
}
