namespace Trustdesk.Domain.Workflows;

/// <summary>Where an approval task stands after its approvers' answers.</summary>
public enum ApprovalOutcome
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>One approver of an approval task and their answer so far.</summary>
public readonly record struct ApproverAnswer(long ApproverId, ApprovalStatus Answer);

/// <summary>
/// How approvers decide an approval task: one rejection rejects it at once; it is approved as soon as the required
/// number of approvers approved. Without a required number (or one below 1) every approver must approve.
/// </summary>
public static class Approvals
{
    /// <summary>How many approvals approve the task.</summary>
    public static int RequiredCount(int? requiredApprovals, int approverCount) =>
        requiredApprovals is int required && required >= 1 ? required : approverCount;

    /// <summary>Why <paramref name="requiredApprovals"/> can't be asked of <paramref name="approverCount"/> approvers, or null.</summary>
    public static string? RequiredApprovalsRefusal(int? requiredApprovals, int approverCount) =>
        requiredApprovals is int required && required > approverCount
            ? $"requires {required} approvals but the task has {approverCount} approvers"
            : null;

    /// <summary>
    /// The outcome from each approver's answer. A task without approvers stays pending: approving it needs someone to
    /// approve, not the absence of anyone to ask.
    /// </summary>
    public static ApprovalOutcome Outcome(int? requiredApprovals, IReadOnlyCollection<ApprovalStatus> answers)
    {
        if (answers.Contains(ApprovalStatus.Rejected)) return ApprovalOutcome.Rejected;
        if (answers.Count == 0) return ApprovalOutcome.Pending;
        var approved = answers.Count(answer => answer == ApprovalStatus.Approved);
        return approved >= RequiredCount(requiredApprovals, answers.Count) ? ApprovalOutcome.Approved : ApprovalOutcome.Pending;
    }

    /// <summary>
    /// Why <paramref name="personId"/> may not give <paramref name="answer"/> on a task in <paramref name="taskStatus"/>
    /// whose approvers are <paramref name="approvers"/>, or null when they may. Once the task is decided it is no
    /// longer active, so the approvers who did not answer yet are refused too.
    /// </summary>
    public static string? AnswerRefusal(long personId, ApprovalStatus answer, WorkflowTaskStatus taskStatus, IEnumerable<ApproverAnswer> approvers)
    {
        if (answer == ApprovalStatus.Pending) return "an answer approves or rejects";
        var own = approvers.Where(approver => approver.ApproverId == personId).Select(approver => (ApprovalStatus?)approver.Answer).FirstOrDefault();
        if (own is null) return "is not an approver of this task";
        if (own != ApprovalStatus.Pending) return "has already answered";
        if (!TaskStatuses.IsActive(taskStatus)) return "the task is not active";
        return null;
    }
}
