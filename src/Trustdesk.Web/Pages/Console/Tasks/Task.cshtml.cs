using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Trusts;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Requests;
using Trustdesk.Web.Features.Trusts;
using Trustdesk.Web.Features.Workflows;
using Trustdesk.Web.Pages.Console.Requests;
using Trustdesk.Web.Pages.Shared;

namespace Trustdesk.Web.Pages.Console.Tasks;

/// <summary>
/// <c>/console/{account}/tasks/{id}</c>: a task the person sees (<c>GET /v1/tasks/:id</c>), its notes and approvals;
/// working it (status with a note) and, for every approver who has not answered yet — whatever else they are — approving
/// or rejecting it, through <c>UpdateTask</c> from the version the form was shown with; notes through <c>WorkNotes</c>.
/// What each person may do is the handlers' answer: the statuses offered are those <see cref="TaskTransitions"/> allows
/// (never "completed" for an approval task, which its approvers decide), the answer is offered when
/// <see cref="Approvals.AnswerRefusal"/> would take it. A task seen only as its approver shows that and its answers. A task
/// left with a provider the account no longer trusts with tasks is marked, and taken back to one of the account's own
/// teams (ADR 31).
/// </summary>
public sealed class TaskModel(
    ListTasks tasks, VisibleTasks visible, TaskJson json, UpdateTask update, WorkNotes notes, TrustedTeams teams, Caller caller) : PageModel
{
    /// <summary>The statuses a specialist sets by hand; approving and rejecting are an approver's answers.</summary>
    public static readonly IReadOnlyList<string> Statuses = SnakeCaseEnum<WorkflowTaskStatus>.Names
        .Where(s => s is not "approved" and not "rejected" and not "registered").ToList();

    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["status"] = nameof(Status), ["note"] = nameof(StatusNote), ["text"] = nameof(NoteText), ["internal"] = nameof(NoteInternal),
        ["team_id"] = nameof(TeamId),
    };

    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Status { get; set; }

    /// <summary>A public note that goes with a status change or an answer.</summary>
    [BindProperty]
    public string? StatusNote { get; set; }

    [BindProperty]
    public string? NoteText { get; set; }

    [BindProperty]
    public bool NoteInternal { get; set; }

    /// <summary>The team of this account a stranded task is taken back to.</summary>
    [BindProperty]
    public long? TeamId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public TaskLine? Details { get; private set; }
    public IReadOnlySet<string>? Writable { get; private set; }
    public IReadOnlyList<NoteEntry> Notes { get; private set; } = [];
    public ApprovalAnswers Approvals { get; private set; } = ApprovalAnswers.None;

    /// <summary>Seen only as one of its approvers: the task and its answers, nothing else of it (ADR 29).</summary>
    public bool OnlyAsApprover { get; private set; }

    /// <summary>The statuses the work form offers: those a person may set by hand from the task's status now.</summary>
    public IReadOnlyList<string> StatusChoices { get; private set; } = [];

    /// <summary>Whether the task is stranded with a provider this account no longer trusts with <c>tasks</c>.</summary>
    public bool Stranded { get; private set; }

    /// <summary>The account's own teams, to take a stranded task back to.</summary>
    public IReadOnlyList<TeamChoice> OwnTeams { get; private set; } = [];

    public bool Works => Writable?.Contains("team_id") == true;
    public bool Answers => Approvals.MayAnswer;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel) => await LoadAsync(keepForm: false, cancel) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUpdateAsync(CancellationToken cancel) =>
        await ChangeAsync(string.IsNullOrEmpty(Status) ? null : Status, cancel);

    public async Task<IActionResult> OnPostAnswerAsync(string? answer, CancellationToken cancel) =>
        answer is "approved" or "rejected" ? await ChangeAsync(answer, cancel) : BadRequest();

    public async Task<IActionResult> OnPostTakeBackAsync(CancellationToken cancel)
    {
        var input = new TaskUpdateInput { TeamId = TeamId };
        var (updated, refused) = await update.UpdateAsync(Id, input, new HashSet<string>(StringComparer.Ordinal) { "team_id" }, Version, cancel);
        if (updated is not null) return Redirect($"/console/{caller.AccountId}/tasks/{Id}?done=update");
        return await ShowAsync(refused!, keepForm: refused!.StatusCode != StatusCodes.Status412PreconditionFailed, cancel);
    }

    public async Task<IActionResult> OnPostNoteAsync(CancellationToken cancel)
    {
        var (note, refused) = await notes.AddToTaskAsync(Id, new NoteInput { Text = NoteText, Internal = NoteInternal }, cancel);
        if (note is not null) return Redirect($"/console/{caller.AccountId}/tasks/{Id}?done=note#notes");
        return await ShowAsync(refused!, keepForm: true, cancel);
    }

    private async Task<IActionResult> ChangeAsync(string? status, CancellationToken cancel)
    {
        var fields = new HashSet<string>(StringComparer.Ordinal);
        if (status is not null) fields.Add("status");
        if (!string.IsNullOrWhiteSpace(StatusNote)) fields.Add("note");
        var input = new TaskUpdateInput { Status = status, Note = StatusNote };
        var (updated, refused) = await update.UpdateAsync(Id, input, fields, Version, cancel);
        if (updated is not null) return Redirect($"/console/{caller.AccountId}/tasks/{Id}?done=update");
        return await ShowAsync(refused!, keepForm: refused!.StatusCode != StatusCodes.Status412PreconditionFailed, cancel);
    }

    private async Task<IActionResult> ShowAsync(ApiResult refused, bool keepForm, CancellationToken cancel)
    {
        if (refused.StatusCode == StatusCodes.Status404NotFound) return NotFound();
        FormErrors.Show(ModelState, refused, Fields);
        return await LoadAsync(keepForm, cancel) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(bool keepForm, CancellationToken cancel)
    {
        if (await visible.FindAsync(Id, cancel) is not { } seen) return false;
        var task = seen.Task;
        OnlyAsApprover = seen.OnlyAsApprover;
        using (seen.OnlyAsApprover ? visible.ReadingMyApprovals() : null) Details = TaskLine.From(await json.RenderAsync(task, cancel));
        Writable = await update.WritableAsync(seen, cancel);
        StatusChoices = Statuses.Where(s => SnakeCaseEnum<WorkflowTaskStatus>.TryParse(s, out var to) && TaskTransitions.Refusal(task.Category, task.Status, to) is null)
            .ToList();
        Notes = (await notes.OfTaskAsync(Id, cancel) ?? []).Select(NoteEntry.From).ToList();
        if (task.Category == WorkflowTaskCategory.Approval)
            Approvals = ApprovalAnswers.From(await tasks.ApprovalsOfAsync(Id, cancel) ?? [], task.RequiredApprovals, task.Status, caller.PersonId);
        Stranded = Works && (await tasks.WhichInAsync(StrandedWork.Filter, [Id], cancel)).Contains(Id);
        if (Stranded) OwnTeams = await teams.ChoicesAsync(null, TrustOptions.Tasks, cancel);
        if (!keepForm)
        {
            foreach (var field in new[] { nameof(Version), nameof(Status), nameof(StatusNote) }) ModelState.Remove(field);
            (Version, Status, StatusNote) = (task.LockVersion, SnakeCaseEnum<WorkflowTaskStatus>.Name(task.Status), null);
        }
        return true;
    }
}
