using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>
/// Approve or reject an approval task, as one of its approvers (ADR 29: any person may approve, from whatever account they
/// act in, with no role there). Only the approver's own answer changes; the workflow's account decides the task by its
/// answers when it moves the workflow on (<see cref="WorkflowProgression"/>). Reached through <c>PATCH /v1/tasks/:id</c>
/// with <c>status</c> <c>approved</c> or <c>rejected</c> (<see cref="UpdateTask"/>), and the portal's approvals.
/// </summary>
public sealed class AnswerApproval(TrustdeskDbContext db, Caller caller)
{
    /// <summary>Whether <paramref name="status"/> on <paramref name="task"/> is an approver's answer rather than a status change.</summary>
    public static bool IsAnswer(WorkflowTask task, WorkflowTaskStatus? status) =>
        status is WorkflowTaskStatus.Approved or WorkflowTaskStatus.Rejected && task.Category == WorkflowTaskCategory.Approval;

    /// <summary>Records the caller's answer (read inside their approvals); the refusal in words when they may not give it.</summary>
    public async Task<string?> AnswerAsync(WorkflowTask task, WorkflowTaskStatus status, DateTime now, CancellationToken cancel)
    {
        var approvals = await db.TaskApprovals.Where(a => a.TaskId == task.Id).ToListAsync(cancel);
        var answer = status == WorkflowTaskStatus.Approved ? ApprovalStatus.Approved : ApprovalStatus.Rejected;
        if (Approvals.AnswerRefusal(caller.PersonId, answer, task.Status, approvals.Select(a => new ApproverAnswer(a.ApproverId, a.Status))) is { } refusal)
            return refusal;
        var mine = approvals.First(a => a.ApproverId == caller.PersonId);
        (mine.Status, mine.AnsweredAt) = (answer, now);
        return null;
    }
}
