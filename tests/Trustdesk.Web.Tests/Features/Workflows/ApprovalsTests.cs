using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Workflows;

/// <summary>
/// ADR 29, any person may approve, over HTTP on both databases: an approver with no role in the workflow's account lists
/// their approvals from their own account (<c>GET /v1/tasks/approval_by_me</c>), reads the task, its answers and the
/// workflow's header and nothing else of them, and answers through <c>PATCH /v1/tasks/:id</c>; the workflow moves on.
/// Anyone else gets the answer of a missing task.
/// </summary>
public sealed class ApprovalsTests
{
    private static readonly TrustdeskServer Server = TestServers.Shared;

    private static async Task AssertMissingAsync(ApiClient client, string path, long id) =>
        Answers.SameAsMissing(await client.GetAsync(path), await client.GetAsync(Answers.WithMissingId(path, id)));

    [Fact]
    public async Task An_approver_without_a_role_lists_reads_and_answers_from_their_own_account_and_the_workflow_moves()
    {
        var w = await ApprovalWorld.CreateAsync(Server);
        var lena = w.LenaIn();
        Assert.Equal("approval", await w.WorkflowStatusAsync());

        // Her own account lists what awaits her answer, across accounts; the registered approval is not asked yet.
        Assert.Equal([w.Approval], (await lena.GetAsync("/v1/tasks/approval_by_me")).Expect(200).Ids());
        // Other lists are the account's, and she has no role there.
        (await lena.GetAsync("/v1/tasks")).Expect(403);
        (await lena.GetAsync("/v1/tasks/open")).Expect(403);
        (await lena.GetAsync("/v1/workflows")).Expect(403);

        // The task: what she is asked to decide, nothing of who works it (in this order on the wire: the golden answers hold no approver's).
        var task = (await lena.GetAsync($"/v1/tasks/{w.Approval}")).Expect(200).Record;
        Assert.Equal(["id", "subject", "category", "status", "instructions", "workflow", "required_approvals", "created_at", "updated_at", "account"],
            task.Members());
        Assert.Equal(("Approve the hiring", "assigned", ApprovalWorld.Instructions), (task.Str("subject"), task.Str("status"), task.Str("instructions")));
        Assert.Equal(w.Hr.Id, task["account"]!.Str("id"));
        Assert.Equal(w.Workflow, task["workflow"]!.Number("id"));
        var approvals = (await lena.GetAsync($"/v1/tasks/{w.Approval}/approvals")).Expect(200).Items;
        Assert.Equal(("pending", w.Lena), (Assert.Single(approvals)!.Str("status"), approvals[0]!["approver"]!.Number("id")));

        // The workflow's header: subject, status, the account it lives in.
        var header = (await lena.GetAsync($"/v1/workflows/{w.Workflow}")).Expect(200).Record;
        Assert.Equal(["id", "subject", "status", "account"], header.Members());
        Assert.Equal(("approval", w.Hr.Id), (header.Str("status"), header["account"]!.Str("id")));

        // Nothing else: not the task's notes or neighbours, not the workflow's other tasks, phases, requests or notes.
        foreach (var path in new[] { "notes", "predecessors", "successors" }) await AssertMissingAsync(lena, $"/v1/tasks/{w.Approval}/{path}", w.Approval);
        foreach (var path in new[] { "tasks", "phases", "requests", "notes" }) await AssertMissingAsync(lena, $"/v1/workflows/{w.Workflow}/{path}", w.Workflow);
        await AssertMissingAsync(lena, $"/v1/tasks/{w.Contract}", w.Contract);
        await AssertMissingAsync(lena, $"/v1/tasks/{w.LaterApproval}", w.LaterApproval);
        (await lena.PostAsync($"/v1/tasks/{w.Approval}/notes", new { text = "Only a note" })).Expect(404);

        // She answers, with a note; the workflow's account decides the task by it and moves on.
        var answered = (await lena.PatchAsync($"/v1/tasks/{w.Approval}", new { status = "approved", note = "Fine by me" })).Expect(200).Record;
        Assert.Equal("approved", answered.Str("status"));
        Assert.Null(answered["team"]);
        Assert.Equal("approved", await w.StatusAsync(w.Approval));
        Assert.Equal("assigned", await w.StatusAsync(w.Contract));
        Assert.Equal("registered", await w.StatusAsync(w.LaterApproval));
        Assert.Equal("implementation", await w.WorkflowStatusAsync());
        var answers = (await w.Hr.Owner.GetAsync($"/v1/tasks/{w.Approval}/approvals")).Expect(200).Items;
        Assert.Equal("approved", Assert.Single(answers)!.Str("status"));
        Assert.NotNull(answers[0]!.Str("answered_at"));
        // Her note reaches the workflow's account, beside HR's own.
        Assert.Equal(["Budget line 42", "Salary band C", "Fine by me"], (await w.Hr.Owner.GetAsync($"/v1/tasks/{w.Approval}/notes")).Expect(200).Values("text"));

        // Answered: no longer awaiting her, still hers to read; a second answer is refused and changes nothing.
        Assert.Empty((await lena.GetAsync("/v1/tasks/approval_by_me")).Expect(200).Items);
        Assert.Equal("approved", (await lena.GetAsync($"/v1/tasks/{w.Approval}")).Expect(200).Record.Str("status"));
        (await lena.PatchAsync($"/v1/tasks/{w.Approval}", new { status = "rejected" })).ExpectValidation(("status", "has already answered"));
        Assert.Equal("approved", Assert.Single((await w.Hr.Owner.GetAsync($"/v1/tasks/{w.Approval}/approvals")).Expect(200).Items)!.Str("status"));
        Assert.Equal("implementation", await w.WorkflowStatusAsync());
    }

    [Fact]
    public async Task The_approver_reads_it_wherever_they_act_and_bad_answers_change_nothing()
    {
        var w = await ApprovalWorld.CreateAsync(Server);

        // Acting in HR as an end user (the workflow's own account, no role there): the same approver's view, no more.
        var inHr = w.LenaIn(w.Hr.Id);
        Assert.Equal([w.Approval], (await inHr.GetAsync("/v1/tasks/approval_by_me")).Expect(200).Ids());
        var task = (await inHr.GetAsync($"/v1/tasks/{w.Approval}")).Expect(200).Record;
        Assert.Null(task["team"]);
        Assert.Equal(["id", "subject", "status"], (await inHr.GetAsync($"/v1/workflows/{w.Workflow}")).Expect(200).Record.Members());
        await AssertMissingAsync(inHr, $"/v1/tasks/{w.Contract}", w.Contract);
        await AssertMissingAsync(inHr, $"/v1/workflows/{w.Workflow}/phases", w.Workflow);
        (await inHr.GetAsync("/v1/tasks")).Expect(403);

        // Refused answers: a clear 4xx, nothing changed.
        var lena = w.LenaIn();
        (await lena.PatchAsync($"/v1/tasks/{w.Approval}", new { status = "completed" })).ExpectInvalid("status");
        (await lena.PatchAsync($"/v1/tasks/{w.Approval}", new { status = "assigned" })).ExpectValidation(("status", "an approver approves or rejects"));
        (await lena.PatchAsync($"/v1/tasks/{w.Approval}", new { status = "maybe" })).ExpectInvalid("status");
        (await lena.PatchAsync($"/v1/tasks/{w.Approval}", new { status = "approved", subject = "Renamed" }))
            .ExpectValidation(("subject", "can't be changed from this account"));
        (await lena.PatchAsync($"/v1/tasks/{w.Approval}", new { status = "approved", note = "" })).ExpectInvalid("note");
        (await lena.SendRawAsync(HttpMethod.Patch, $"/v1/tasks/{w.Approval}", "{\"status\": ")).Expect(400);
        (await lena.PatchAsync($"/v1/tasks/{w.Approval}", new { status = "approved" }, ("If-Match", "\"999\""))).Expect(412);
        // Not yet activated: answered like a missing task.
        Answers.SameAsMissing(await lena.PatchAsync($"/v1/tasks/{w.LaterApproval}", new { status = "approved" }),
            await lena.PatchAsync($"/v1/tasks/{Answers.NeverExistingId}", new { status = "approved" }));
        Assert.Equal("assigned", await w.StatusAsync(w.Approval));
        Assert.Equal("pending", Assert.Single((await w.Hr.Owner.GetAsync($"/v1/tasks/{w.Approval}/approvals")).Expect(200).Items)!.Str("status"));
        Assert.Equal(["Budget line 42", "Salary band C"], (await w.Hr.Owner.GetAsync($"/v1/tasks/{w.Approval}/notes")).Expect(200).Values("text"));

        // A rejection from her own account halts the workflow.
        (await lena.PatchAsync($"/v1/tasks/{w.Approval}", new { status = "rejected", note = "Budget frozen" })).Expect(200);
        Assert.Equal("rejected", await w.StatusAsync(w.Approval));
        Assert.Equal("progress_halted", await w.WorkflowStatusAsync());
    }

    [Fact]
    public async Task Whoever_is_not_an_approver_gets_the_answer_of_a_missing_task()
    {
        var w = await ApprovalWorld.CreateAsync(Server);
        var unrelated = w.Unrelated.Owner;
        foreach (var client in new[] { w.NoahAtHome, Server.Client(w.NoahToken, w.Hr.Id), unrelated })
        {
            await AssertMissingAsync(client, $"/v1/tasks/{w.Approval}", w.Approval);
            await AssertMissingAsync(client, $"/v1/tasks/{w.Approval}/approvals", w.Approval);
            await AssertMissingAsync(client, $"/v1/workflows/{w.Workflow}", w.Workflow);
            Answers.SameAsMissing(await client.PatchAsync($"/v1/tasks/{w.Approval}", new { status = "approved", note = "Forged" }),
                await client.PatchAsync($"/v1/tasks/{Answers.NeverExistingId}", new { status = "approved", note = "Forged" }));
            Assert.Empty((await client.GetAsync("/v1/tasks/approval_by_me")).Expect(200).Items);
        }
        // The directory's owner, with a role in Lena's own account, does not see her approvals either.
        await AssertMissingAsync(w.Directory.Owner, $"/v1/tasks/{w.Approval}", w.Approval);

        // An HR specialist who is not an approver sees the approval and may not answer it.
        (await w.Hr.Owner.PatchAsync($"/v1/tasks/{w.Approval}", new { status = "approved" })).ExpectValidation(("status", "is not an approver of this task"));
        (await w.Hr.Owner.PatchAsync($"/v1/tasks/{w.Approval}", new { status = "completed" }))
            .ExpectValidation(("status", "an approval task is approved or rejected, not completed"));
        Assert.Equal("assigned", await w.StatusAsync(w.Approval));
        Assert.Equal("pending", Assert.Single((await w.Hr.Owner.GetAsync($"/v1/tasks/{w.Approval}/approvals")).Expect(200).Items)!.Str("status"));
        Assert.Equal(["Budget line 42", "Salary band C"], (await w.Hr.Owner.GetAsync($"/v1/tasks/{w.Approval}/notes")).Expect(200).Values("text"));
    }
}
