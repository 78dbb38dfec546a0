using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>Field rules shared by adding and changing tasks.</summary>
public static class TaskRules
{
    // One answer for missing, foreign and untrusted ids alike.
    public const string UnknownTeam = "is not a team of this account or of an account it trusts with tasks";

    /// <summary>Only approval tasks have approvers, and never fewer than the approvals they require.</summary>
    public static void CheckApprovals(WorkflowTaskCategory? category, int? requiredApprovals, IReadOnlyCollection<long> approvers, Validation check)
    {
        if (category != WorkflowTaskCategory.Approval)
        {
            if (requiredApprovals is not null) check.Add("required_approvals", "is only given for approval tasks");
            if (approvers.Count > 0) check.Add("approver_ids", "are only given for approval tasks");
            return;
        }
        if (approvers.Count == 0) check.Add("approver_ids", "can't be blank for an approval task");
        else if (Approvals.RequiredApprovalsRefusal(requiredApprovals, approvers.Count) is { } refusal) check.Add("required_approvals", refusal);
    }
}
