using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>Renders an approval task's answers as <see cref="TaskApprovalResponse"/>: each approver named in the account they belong to.</summary>
public sealed class TaskApprovalJson(NamesInAccounts names, References references)
{
    public async Task<IReadOnlyList<TaskApprovalResponse>> RenderAsync(WorkflowTask task, IReadOnlyList<TaskApproval> approvals, CancellationToken cancel)
    {
        var approvers = await names.PeopleAsync(approvals.Select(a => (a.ApproverId, task.AccountId)), cancel);
        await references.LoadAccountsAsync(approvers.Values.Select(a => a.OwnerAccountId), cancel);
        return approvals.Select(approval =>
        {
            var approver = approvers.TryGetValue((approval.ApproverId, task.AccountId), out var known) ? known : ((string Name, string OwnerAccountId)?)null;
            return new TaskApprovalResponse
            {
                Id = approval.Id,
                Approver = references.Ref(approval.ApproverId, approver?.Name, approver?.OwnerAccountId ?? task.AccountId)!,
                Status = approval.Status,
                AnsweredAt = approval.AnsweredAt,
                CreatedAt = approval.CreatedAt,
                UpdatedAt = approval.UpdatedAt,
            };
        }).ToList();
    }
}
