using Trustdesk.Data;
using Trustdesk.Domain.Workflows;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>
/// Names the approvers of an approval task, once, as it is made: one answer each (<see cref="TaskApproval"/>, pending),
/// and their ids on the task itself, which the approver branch of the visibility rule reads without a join (ADR 29).
/// </summary>
public static class TaskApprovers
{
    /// <summary>For a task that has its id already; saved with the caller's next save.</summary>
    public static void Name(TrustdeskDbContext db, WorkflowTask task, IEnumerable<long> approvers)
    {
        task.ApproverIds = approvers.Distinct().ToList();
        foreach (var approver in task.ApproverIds)
            db.TaskApprovals.Add(new TaskApproval { TaskId = task.Id, ApproverId = approver, TeamAccountId = task.TeamAccountId });
    }
}
