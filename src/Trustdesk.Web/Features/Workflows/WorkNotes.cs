using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;
using Trustdesk.Web.Features.Requests;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>
/// <c>/v1/tasks/:id/notes</c> and <c>/v1/workflows/:id/notes</c>. A task note lives in the account its author acts in:
/// public ones are seen wherever the task is, internal ones only there — not by an approver who sees the task only as
/// such (ADR 29: the task and its answers, nothing else). Workflow notes stay in the workflow's account.
/// </summary>
public sealed class WorkNotes(TrustdeskDbContext db, Caller caller, VisibleTasks tasks, NoteJson noteJson, NotedRecords noted)
{
    private static readonly string[] Fields = ["text", "internal", "person", "account", "created_at"];

    private static readonly ListSpec<TaskNote> TaskSpec = ListSpec.Of<TaskNote>()
        .FilterAndSort("id", n => n.Id).Filter("internal", n => n.Internal)
        .OrderBy(n => n.Id, descending: false).Fields<NoteResponse>(Fields);

    private static readonly ListSpec<WorkflowNote> WorkflowSpec = ListSpec.Of<WorkflowNote>()
        .FilterAndSort("id", n => n.Id)
        .OrderBy(n => n.Id, descending: false).Fields<NoteResponse>(Fields);

    public async Task<ApiResult> ListForTaskAsync(long taskId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (await WorkedAsync(taskId, cancel) is null) return ApiErrors.NotFound();
        return await Listing.PageAsync(request, db.TaskNotes.AsNoTracking().Where(n => n.TaskId == taskId), TaskSpec,
            list => RenderAsync(list.Select(View).ToList(), cancel));
    }

    /// <summary>All the notes of a task the caller sees that they may read, oldest first, as the API renders them; null when the task is not seen.</summary>
    public async Task<IReadOnlyList<NoteResponse>?> OfTaskAsync(long taskId, CancellationToken cancel)
    {
        if (await WorkedAsync(taskId, cancel) is null) return null;
        var notes = await db.TaskNotes.AsNoTracking().Where(n => n.TaskId == taskId).OrderBy(n => n.Id).ToListAsync(cancel);
        return await RenderAsync(notes.Select(View).ToList(), cancel);
    }

    public async Task<ApiResult> AddToTaskAsync(long taskId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        var (note, refused) = await AddToTaskAsync(taskId, async () =>
        {
            var (body, error) = await JsonBody.ReadAsync<NoteInput>(request);
            return (body?.Value, error);
        }, cancel);
        return note is null ? refused! : ApiResult.Created(ApiJson.Node((await RenderAsync([View(note)], cancel))[0]));
    }

    /// <summary>Adds a note to a task, or says why not (404, or a 422 with field errors); the console adds task notes through here.</summary>
    public Task<(TaskNote? Note, ApiResult? Refused)> AddToTaskAsync(long taskId, NoteInput input, CancellationToken cancel) =>
        AddToTaskAsync(taskId, () => Task.FromResult<(NoteInput?, ApiResult?)>((input, null)), cancel);

    private async Task<(TaskNote? Note, ApiResult? Refused)> AddToTaskAsync(
        long taskId, Func<Task<(NoteInput? Input, ApiResult? Error)>> read, CancellationToken cancel)
    {
        if (await WorkedAsync(taskId, cancel) is not { } task || !Role.SeeAllRequests(caller.Roles)) return (null, ApiErrors.NotFound());
        var (input, error) = await read();
        if (input is null) return (null, error!);
        if (new Validation().Text("text", input.Text, Limits.NoteText, required: true).Result is { } invalid) return (null, invalid);
        var note = new TaskNote { TaskId = taskId, PersonId = caller.PersonId, Text = input.Text!.Trim(), Internal = input.Internal == true };
        db.TaskNotes.Add(note);
        await db.SaveChangesAsync(cancel);
        await noted.TouchAsync(task, cancel);
        return (note, null);
    }

    /// <summary>The task if the caller's account shows it to them (not only an approval asked of them): its notes go with that.</summary>
    private async Task<WorkflowTask?> WorkedAsync(long taskId, CancellationToken cancel) =>
        await tasks.FindAsync(taskId, cancel) is { OnlyAsApprover: false } seen ? seen.Task : null;

    private static NoteView View(TaskNote n) => new(n.Id, n.AccountId, n.PersonId, n.Text, n.Internal, n.CreatedAt, n.UpdatedAt);

    public async Task<ApiResult> ListForWorkflowAsync(long workflowId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (await HomeWorkflowAsync(workflowId, cancel) is null) return ApiErrors.NotFound();
        return await Listing.PageAsync(request, db.WorkflowNotes.AsNoTracking().Where(n => n.WorkflowId == workflowId), WorkflowSpec,
            list => RenderAsync(list.Select(n => new NoteView(n.Id, n.AccountId, n.PersonId, n.Text, false, n.CreatedAt, n.UpdatedAt)).ToList(), cancel));
    }

    public async Task<ApiResult> AddToWorkflowAsync(long workflowId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (await HomeWorkflowAsync(workflowId, cancel) is not { } workflow || !Role.SeeAllRequests(caller.Roles)) return ApiErrors.NotFound();
        var (body, error) = await JsonBody.ReadAsync<NoteInput>(request);
        if (body is null) return error!;
        var check = new Validation().Text("text", body.Value.Text, Limits.NoteText, required: true);
        if (body.Value.Internal == true) check.Add("internal", "workflow notes are seen in the workflow's account only already");
        if (check.Result is { } invalid) return invalid;
        var note = new WorkflowNote { WorkflowId = workflowId, PersonId = caller.PersonId, Text = body.Value.Text!.Trim() };
        db.WorkflowNotes.Add(note);
        await db.SaveChangesAsync(cancel);
        await noted.TouchAsync(workflow, cancel);
        return ApiResult.Created(ApiJson.Node((await RenderAsync([new NoteView(note.Id, note.AccountId, note.PersonId, note.Text, false, note.CreatedAt, note.UpdatedAt)], cancel))[0]));
    }

    /// <summary>The workflow, when it is the current account's own (its notes are read and written there only).</summary>
    private async Task<Workflow?> HomeWorkflowAsync(long workflowId, CancellationToken cancel)
    {
        var anyAccount = db.Switches.Plants(PlantedBugs.WorkflowNotesCrossAccounts); // TEST ONLY bug
        return caller.HasAnyRole
            ? await db.Workflows.AsNoTracking().FirstOrDefaultAsync(w => w.Id == workflowId && (w.AccountId == caller.AccountId || anyAccount), cancel)
            : null;
    }

    private Task<IReadOnlyList<NoteResponse>> RenderAsync(IReadOnlyList<NoteView> notes, CancellationToken cancel) => noteJson.RenderAsync(notes, cancel);
}
