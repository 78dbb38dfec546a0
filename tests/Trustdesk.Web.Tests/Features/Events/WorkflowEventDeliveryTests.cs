using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Events;

/// <summary>
/// <c>GET /v1/events/stream</c> announces changes of tasks and workflows to each stream whose caller may read them at
/// that moment — exactly when <c>GET /v1/tasks/:id</c> or <c>GET /v1/workflows/:id</c> answers 200 — and to no other
/// (product.md §6: another account sees a task of its team only once it is activated, and then the workflow's header).
/// A stream that must not receive an event is shown to be alive by the next change it may see arriving first.
/// </summary>
public sealed class WorkflowEventDeliveryTests
{
    private const string RequestCreated = "request.create";
    private const string TaskCreated = "task.create";
    private const string TaskUpdated = "task.update";
    private const string NoteAdded = "task.note-added";
    private const string WorkflowCreated = "workflow.create";
    private const string WorkflowUpdated = "workflow.update";
    private static readonly TrustdeskServer Server = TestServers.Shared;

    [Fact]
    public async Task The_other_accounts_stream_hears_of_its_task_when_it_is_activated_and_not_before()
    {
        var w = await WorkflowEventsWorld.CreateAsync(Server);
        await using var hr = await w.StreamAsync(w.Hr);
        await using var it = await w.StreamAsync(w.It);
        await using var unrelated = await w.StreamAsync(w.Unrelated);
        await using var endUser = await EventStreamReader.OpenAsync(Server, w.EndUserToken, w.Hr.Id);

        var workflow = await w.StartWorkflowAsync();
        await hr.ExpectAsync(WorkflowCreated, workflow);
        // The approval is activated as it is added, in the same call: announced once, as created. The workflow now waits for it.
        var approval = await w.AddApprovalAsync(workflow);
        await hr.ExpectAllAsync((TaskCreated, approval), (WorkflowUpdated, workflow));
        var itTask = await w.AddItTaskAsync(workflow, predecessor: approval);
        await hr.ExpectAsync(TaskCreated, itTask);

        // IT's task is registered: IT reads neither it nor the workflow, and its stream heard of neither, or the
        // events would have come before this one.
        await AssertInvisibleAsync(w.It.Owner, $"/v1/tasks/{itTask}");
        await AssertInvisibleAsync(w.It.Owner, $"/v1/workflows/{workflow}");
        await it.ExpectAsync(RequestCreated, await w.RegisterAsync(w.It));

        // The approval activates IT's task: from now on IT reads it and the workflow's header, and its stream says so.
        await w.ApproveAsync(approval);
        await hr.ExpectAllAsync((TaskUpdated, approval), (TaskUpdated, itTask), (WorkflowUpdated, workflow));
        await it.ExpectAllAsync((TaskUpdated, itTask), (WorkflowUpdated, workflow));
        (await w.It.Owner.GetAsync($"/v1/tasks/{itTask}")).Expect(200);
        (await w.It.Owner.GetAsync($"/v1/workflows/{workflow}")).Expect(200);
        await AssertInvisibleAsync(w.It.Owner, $"/v1/tasks/{approval}");

        // IT completes its task in place, which completes the workflow: both accounts hear of both.
        (await w.It.Owner.PatchAsync($"/v1/tasks/{itTask}", new { status = "completed" })).Expect(200);
        Assert.Equal("completed", (await w.It.Owner.GetAsync($"/v1/workflows/{workflow}")).Expect(200).Record.Str("status"));
        await it.ExpectAllAsync((TaskUpdated, itTask), (WorkflowUpdated, workflow));
        await hr.ExpectAllAsync((TaskUpdated, itTask), (WorkflowUpdated, workflow));

        // Neither the unrelated account nor HR's end user (no role: no tasks, no workflows) heard anything.
        await unrelated.ExpectAsync(RequestCreated, await w.RegisterAsync(w.Unrelated));
        (await Server.Client(w.EndUserToken, w.Hr.Id).GetAsync($"/v1/tasks/{itTask}")).Expect(404);
        await endUser.ExpectAsync(RequestCreated, await w.RegisterAsync(w.Hr, requestedFor: w.EndUserId));
    }

    [Fact]
    public async Task Frames_of_tasks_and_workflows_carry_the_kind_and_ids_only()
    {
        var w = await WorkflowEventsWorld.CreateAsync(Server);
        await using var hr = await w.StreamAsync(w.Hr);
        var workflow = await w.StartWorkflowAsync();
        var approval = await w.AddApprovalAsync(workflow);
        var note = await w.AddNoteAsync(w.Hr, approval);

        var created = await hr.ExpectAsync(WorkflowCreated, workflow);
        Assert.Equal(WorkflowCreated, created.Event);
        Assert.Equal(["kind", "workflow_id", "at"], created.Data.Members());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", created.Data.Str("at"));
        var frames = await hr.ExpectAllAsync((TaskCreated, approval), (WorkflowUpdated, workflow));
        var task = frames.Single(f => f.Kind == TaskCreated);
        Assert.Equal(["kind", "task_id", "workflow_id", "at"], task.Data.Members());
        Assert.Equal(workflow, task.Data.Number("workflow_id"));
        var noted = await hr.ExpectAsync(NoteAdded, approval);
        Assert.Equal(["kind", "task_id", "workflow_id", "note_id", "at"], noted.Data.Members());
        Assert.Equal((workflow, note), (noted.Data.Number("workflow_id"), noted.Data.Number("note_id")));
        // Ids count the stream's events: consecutive, after those the settling of the stream consumed.
        var first = long.Parse(created.Id, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(first > 1);
        Assert.Equal(Enumerable.Range(0, 4).Select(i => (first + i).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new[] { created, frames[0], frames[1], noted }.Select(f => f.Id));
    }

    [Fact]
    public async Task An_internal_task_note_reaches_only_the_account_it_was_written_in_and_a_public_one_both()
    {
        var w = await WorkflowEventsWorld.CreateAsync(Server);
        var workflow = await w.StartWorkflowAsync();
        var approval = await w.AddApprovalAsync(workflow);
        var itTask = await w.AddItTaskAsync(workflow, predecessor: approval);
        await w.ApproveAsync(approval);
        await using var hr = await w.StreamAsync(w.Hr);
        await using var it = await w.StreamAsync(w.It);

        var hidden = await w.AddNoteAsync(w.It, itTask, isInternal: true);
        var shown = await w.AddNoteAsync(w.It, itTask);

        Assert.Equal(hidden, (await it.ExpectAsync(NoteAdded, itTask)).Data.Number("note_id"));
        Assert.Equal(shown, (await it.ExpectAsync(NoteAdded, itTask)).Data.Number("note_id"));
        // Had HR's stream got the internal note, it would have come first.
        Assert.Equal(shown, (await hr.ExpectAsync(NoteAdded, itTask)).Data.Number("note_id"));
        // HR's own internal note stays at home as well.
        var hrInternal = await w.AddNoteAsync(w.Hr, itTask, isInternal: true);
        Assert.Equal(hrInternal, (await hr.ExpectAsync(NoteAdded, itTask)).Data.Number("note_id"));
        await it.ExpectAsync(RequestCreated, await w.RegisterAsync(w.It));
    }

    [Fact]
    public async Task After_the_trust_is_revoked_no_more_events_of_the_task_or_its_workflow_reach_the_former_provider()
    {
        var w = await WorkflowEventsWorld.CreateAsync(Server);
        var workflow = await w.StartWorkflowAsync();
        var approval = await w.AddApprovalAsync(workflow);
        var itTask = await w.AddItTaskAsync(workflow, predecessor: approval);
        await w.ApproveAsync(approval);
        await using var hr = await w.StreamAsync(w.Hr);
        await using var it = await w.StreamAsync(w.It);
        (await w.Hr.Owner.PatchAsync($"/v1/tasks/{itTask}", new { instructions = "Use the standard OU" })).Expect(200);
        await hr.ExpectAsync(TaskUpdated, itTask);
        await it.ExpectAsync(TaskUpdated, itTask);

        (await w.Hr.Owner.PostAsync($"/v1/trusts/{w.ItTrust}/revoke")).Expect(200);
        (await w.Hr.Owner.PatchAsync($"/v1/tasks/{itTask}", new { subject = "Create the account and the mailbox" })).Expect(200);
        (await w.Hr.Owner.PatchAsync($"/v1/workflows/{workflow}", new { subject = "Onboarding, renamed" })).Expect(200);
        await hr.ExpectAsync(TaskUpdated, itTask);
        await hr.ExpectAsync(WorkflowUpdated, workflow);
        await AssertInvisibleAsync(w.It.Owner, $"/v1/tasks/{itTask}");

        await it.ExpectAsync(RequestCreated, await w.RegisterAsync(w.It));
    }

    private static async Task AssertInvisibleAsync(ApiClient client, string path) =>
        Answers.SameAsMissing(await client.GetAsync(path),
            await client.GetAsync(path.Replace(path.Split('/')[3], Answers.NeverExistingId.ToString(), StringComparison.Ordinal)));
}
