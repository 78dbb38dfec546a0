namespace Trustdesk.Domain.Workflows;

/// <summary>
/// Which task status changes a person may make. The workflow activates a task (registered → assigned); from then
/// on its people work it until it finishes, and a finished task stays finished. An approval task ends only
/// through its approvers' answers (<see cref="Approvals"/>); any other task ends by being completed, failed,
/// canceled or declined.
/// </summary>
public static class TaskTransitions
{
    /// <summary>Why <paramref name="from"/> → <paramref name="to"/> is refused for a task of <paramref name="category"/>, or null when a person may make it.</summary>
    public static string? Refusal(WorkflowTaskCategory category, WorkflowTaskStatus from, WorkflowTaskStatus to)
    {
        if (from == to) return null;
        if (TaskStatuses.IsFinished(from)) return "is finished";
        if (from == WorkflowTaskStatus.Registered) return "is not active yet";
        if (to == WorkflowTaskStatus.Registered) return "registered is set by the workflow, not by hand";

        var decision = to is WorkflowTaskStatus.Approved or WorkflowTaskStatus.Rejected;
        if (category == WorkflowTaskCategory.Approval)
        {
            if (decision) return "is approved or rejected by its approvers' answers, not by hand";
            if (to == WorkflowTaskStatus.Completed) return "an approval task is approved or rejected, not completed";
        }
        else if (decision)
        {
            return "only an approval task is approved or rejected";
        }
        return null;
    }
}
