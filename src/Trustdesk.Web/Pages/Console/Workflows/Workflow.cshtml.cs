using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Features.Workflows;
using Trustdesk.Web.Pages.Console.Tasks;
using Trustdesk.Web.Pages.Portal;

namespace Trustdesk.Web.Pages.Console.Workflows;

/// <summary>
/// <c>/console/{account}/workflows/{id}</c>: a workflow the account sees (<c>ListWorkflows.OverviewAsync</c>): at home its
/// header, phases and tasks; in an account that sees it through a task of its own, the header and those tasks only
/// (product.md §6); for a person asked to approve one of its tasks, the header only (ADR 29). Anything else answers the 404 page.
/// </summary>
public sealed class WorkflowModel(ListWorkflows workflows) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    public string Subject { get; private set; } = "";
    public string Status { get; private set; } = "";
    public string? Manager { get; private set; }
    public string? Account { get; private set; }
    public string? Category { get; private set; }
    public IReadOnlyList<TaskLine> Tasks { get; private set; } = [];
    public IReadOnlyList<(string Name, string Status)> Phases { get; private set; } = [];

    /// <summary>Seen only through an approval asked of the person: the header alone (ADR 29).</summary>
    public bool OnlyAsApprover { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (await workflows.OverviewAsync(Id, cancel) is not { } overview) return NotFound();
        (Subject, Status, Manager, Account, Category) = overview.Workflow switch
        {
            FullWorkflowResponse w => (w.Subject, Words(w.Status), w.Manager.Name, w.Account?.Name, Words(SnakeCaseEnum<WorkflowCategory>.Name(w.Category))),
            WorkflowHeaderResponse w => (w.Subject, Words(w.Status), w.Manager?.Name, w.Account?.Name, null),
            var other => throw new UnreachableException($"{other.GetType().Name} is not a workflow's answer"),
        };
        Tasks = overview.Tasks.Select(TaskLine.From).ToList();
        Phases = overview.Phases.Select(p => (p.Name, Words(SnakeCaseEnum<PhaseStatus>.Name(p.Status)))).ToList();
        OnlyAsApprover = overview.OnlyAsApprover;
        return Page();
    }

    private static string Words(WorkflowStatus status) => Words(SnakeCaseEnum<WorkflowStatus>.Name(status));

    private static string Words(string snake) => RequestView.Words(snake)!;
}
