using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Workflows;
using Trustdesk.Web.Pages.Console;
using Trustdesk.Web.Pages.Shared;

namespace Trustdesk.Web.Pages.Portal;

/// <summary>
/// <c>/portal/approvals/{id}</c>: one approval task asked of the person (ADR 29) — its subject, instructions and status,
/// its approvers' answers and its workflow's header, read through the handlers of <c>GET /v1/tasks/:id</c>,
/// <c>/approvals</c> and <c>GET /v1/workflows/:id</c> — and their answer, through <c>UpdateTask</c> as
/// <c>PATCH /v1/tasks/:id</c> takes it. Anyone who is not one of its approvers gets the 404 page, like a missing task.
/// </summary>
public sealed class ApprovalModel(
    VisibleTasks visible, ListTasks tasks, ListWorkflows workflows, TaskJson json, UpdateTask update, Caller caller) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    /// <summary>The answer just given, to say so.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Answered { get; set; }

    public ApprovalView? Details { get; private set; }
    public ApprovalAnswers Answers { get; private set; } = ApprovalAnswers.None;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel) => await LoadAsync(cancel) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string? answer, CancellationToken cancel)
    {
        var fields = new HashSet<string>(StringComparer.Ordinal) { "status" };
        if (!string.IsNullOrWhiteSpace(Note)) fields.Add("note");
        var (updated, refused) = await update.UpdateAsync(Id, new TaskUpdateInput { Status = answer, Note = Note }, fields, Version, cancel);
        if (updated is not null) return Redirect($"/portal/approvals/{Id}?answered={Uri.EscapeDataString(answer!)}");
        if (refused!.StatusCode == StatusCodes.Status404NotFound) return NotFound();
        if (refused.StatusCode == StatusCodes.Status412PreconditionFailed) ModelState.AddModelError("", FormErrors.Stale);
        foreach (var (field, text) in refused.FieldErrors)
            ModelState.AddModelError(field == "note" ? nameof(Note) : "", field == "status" ? $"Your answer: {text}." : $"The note {text}.");
        if (!await LoadAsync(cancel)) return NotFound();
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancel)
    {
        if (await visible.FindAsync(Id, cancel) is not { } seen) return false;
        TaskResponse rendered;
        using (visible.ReadingMyApprovals()) rendered = await json.RenderAsync(seen.Task, cancel);
        var header = (await workflows.ReadAsync(seen.Task.WorkflowId, cancel))?.Workflow;
        Details = ApprovalView.From(rendered, header, seen.Task.LockVersion, caller.Account.Name);
        Answers = ApprovalAnswers.From(await tasks.ApprovalsOfAsync(Id, cancel) ?? [], seen.Task.RequiredApprovals, seen.Task.Status, caller.PersonId);
        return true;
    }
}
