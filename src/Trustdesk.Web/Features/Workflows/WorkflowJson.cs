using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>
/// Renders workflows as <see cref="WorkflowResponse"/>. Another account — one that sees it through a task of its own —
/// gets the header only (product.md §6: subject, status, manager, account), nothing else of it; a person who sees it only
/// through an approval asked of them, less still: subject, status and account (ADR 29).
/// </summary>
public sealed class WorkflowJson(Caller caller, NamesInAccounts names, References references, VisibleTasks visible)
{
    public static readonly string[] CollectionFields = ["subject", "category", "status", "manager", "account", "created_at", "updated_at"];

    public async Task<IReadOnlyList<WorkflowResponse>> RenderAsync(IReadOnlyList<Workflow> workflows, CancellationToken cancel)
    {
        var approverOnly = await visible.WorkflowsOnlyAsApproverAsync(workflows.Select(w => w.Id).ToList(), cancel);
        var managers = await names.PeopleAsync(workflows.Select(w => (w.ManagerId, w.AccountId)), cancel);
        await references.LoadAccountsAsync(workflows.Select(w => w.AccountId).Concat(managers.Values.Select(m => m.OwnerAccountId)), cancel);
        return workflows.Select(w =>
        {
            var manager = managers.TryGetValue((w.ManagerId, w.AccountId), out var m) ? m : ((string Name, string OwnerAccountId)?)null;
            var managerRef = references.Ref(w.ManagerId, manager?.Name, manager?.OwnerAccountId ?? w.AccountId)!;
            if (approverOnly.Contains(w.Id) || w.AccountId != caller.AccountId)
                return new WorkflowHeaderResponse
                {
                    Id = w.Id,
                    Subject = w.Subject,
                    Status = w.Status,
                    Manager = approverOnly.Contains(w.Id) ? null : managerRef,
                    Account = references.ForeignAccount(w.AccountId),
                };
            return (WorkflowResponse)new FullWorkflowResponse
            {
                Id = w.Id,
                Subject = w.Subject,
                Category = w.Category,
                Impact = w.Impact,
                Justification = w.Justification,
                Status = w.Status,
                CompletionReason = w.CompletionReason,
                CompletedAt = w.CompletedAt,
                Manager = managerRef,
                Template = w.TemplateId is long template ? new IdRef(template) : null,
                Source = w.Source,
                SourceId = w.SourceId,
                CreatedAt = w.CreatedAt,
                UpdatedAt = w.UpdatedAt,
                Account = references.ForeignAccount(w.AccountId),
            };
        }).ToList();
    }

    public async Task<WorkflowResponse> RenderAsync(Workflow workflow, CancellationToken cancel) => (await RenderAsync([workflow], cancel))[0];
}
