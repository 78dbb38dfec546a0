using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Workflows;

namespace Trustdesk.Web.Pages.Portal;

/// <summary>
/// <c>/portal/approvals</c>: the approvals awaiting the person's answer, in whichever account asks them (product.md §11:
/// an approver answers from the portal without any role; ADR 29), through the handler of
/// <c>GET /v1/tasks/approval_by_me</c>; each with its workflow's header and an answer form posted to its own page.
/// </summary>
public sealed class ApprovalsModel(ListTasks tasks, ListWorkflows workflows, Caller caller) : PageModel
{
    public const int Shown = 100;

    public IReadOnlyList<ApprovalView> Approvals { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancel)
    {
        var awaiting = await tasks.AwaitingMyAnswerAsync(Shown, cancel);
        var headers = new Dictionary<long, WorkflowResponse?>();
        var views = new List<ApprovalView>();
        foreach (var (task, version) in awaiting)
        {
            var workflowId = ApprovalView.WorkflowOf(task).Id;
            if (!headers.TryGetValue(workflowId, out var header))
                headers[workflowId] = header = (await workflows.ReadAsync(workflowId, cancel))?.Workflow;
            views.Add(ApprovalView.From(task, header, version, caller.Account.Name));
        }
        Approvals = views;
    }
}
