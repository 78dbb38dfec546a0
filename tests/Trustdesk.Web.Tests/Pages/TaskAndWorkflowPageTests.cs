using System.Net;
using Trustdesk.Web.Tests.Features.Events;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Pages;

/// <summary>
/// <c>/console/{account}/tasks/{id}</c> and <c>/workflows/{id}</c> on the onboarding shape (HR's workflow, a task for IT
/// across a <c>tasks</c> trust): approving through the form, working the task in IT, and IT seeing the workflow's
/// header and its own task only — nothing before the task is activated.
/// </summary>
public sealed class TaskAndWorkflowPageTests
{
    private static readonly TrustdeskServer Server = TestServers.Shared;

    [Fact]
    public async Task The_approver_approves_in_the_console_and_it_works_the_task_it_then_sees()
    {
        var w = await WorkflowEventsWorld.CreateAsync(Server);
        using var hr = await ConsoleWorld.SignInOwnerAsync(Server, w.Hr);
        using var it = await ConsoleWorld.SignInOwnerAsync(Server, w.It);
        var workflow = await w.StartWorkflowAsync();
        var approval = await w.AddApprovalAsync(workflow);
        var itTask = await w.AddItTaskAsync(workflow, approval);

        // Not activated yet: IT does not see the task, nor the workflow.
        (await it.GetAsync($"/console/{w.It.Id}/tasks/{itTask}")).ExpectNotFoundPage();
        (await it.GetAsync($"/console/{w.It.Id}/workflows/{workflow}")).ExpectNotFoundPage();

        var approvalPage = $"/console/{w.Hr.Id}/tasks/{approval}";
        var shown = (await hr.GetAsync(approvalPage)).Expect(HttpStatusCode.OK);
        var answer = new Dictionary<string, string> { ["Version"] = shown.Field("Version")!, ["StatusNote"] = "Welcome aboard", ["answer"] = "approved" };
        (await hr.PostFormAsync(approvalPage, approvalPage + "?handler=Answer", answer)).Expect(HttpStatusCode.Redirect);
        Assert.Equal("approved", (await w.Hr.Owner.GetAsync($"/v1/tasks/{approval}")).Expect(200).Record.Str("status"));

        var taskPage = $"/console/{w.It.Id}/tasks/{itTask}";
        var seen = (await it.GetAsync(taskPage)).Expect(HttpStatusCode.OK);
        Assert.Contains("Create the Active Directory account", seen.Text, StringComparison.Ordinal);
        var work = new Dictionary<string, string> { ["Version"] = seen.Field("Version")!, ["Status"] = "completed", ["StatusNote"] = "Account created" };
        (await it.PostFormAsync(taskPage, taskPage + "?handler=Update", work)).Expect(HttpStatusCode.Redirect);
        Assert.Equal("completed", (await w.It.Owner.GetAsync($"/v1/tasks/{itTask}")).Expect(200).Record.Str("status"));
        // The same form again, from the version it was shown with: refused, nothing changes.
        var stale = (await it.PostFormAsync(taskPage, taskPage + "?handler=Update", work)).Expect(HttpStatusCode.OK);
        Assert.Contains("changed by someone else", stale.Text, StringComparison.Ordinal);

        var atHome = (await hr.GetAsync($"/console/{w.Hr.Id}/workflows/{workflow}")).Expect(HttpStatusCode.OK).Html;
        Assert.Contains($"data-task=\"{approval}\"", atHome, StringComparison.Ordinal);
        Assert.Contains($"data-task=\"{itTask}\"", atHome, StringComparison.Ordinal);
        var inIt = (await it.GetAsync($"/console/{w.It.Id}/workflows/{workflow}")).Expect(HttpStatusCode.OK).Html;
        Assert.Contains($"data-task=\"{itTask}\"", inIt, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-task=\"{approval}\"", inIt, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"phases\"", inIt, StringComparison.Ordinal);

        using var unrelated = await ConsoleWorld.SignInOwnerAsync(Server, w.Unrelated);
        (await unrelated.GetAsync($"/console/{w.Unrelated.Id}/tasks/{itTask}")).ExpectNotFoundPage();
        (await unrelated.GetAsync($"/console/{w.Unrelated.Id}/workflows/{workflow}")).ExpectNotFoundPage();
        // A forged post, from a page of its own account: answered like a missing task, and nothing is written.
        var inbox = $"/console/{w.Unrelated.Id}";
        var forged = $"/console/{w.Unrelated.Id}/tasks/{itTask}";
        (await unrelated.PostFormAsync(inbox, forged + "?handler=Update", new() { ["Version"] = "1", ["Status"] = "failed", ["StatusNote"] = "Forged" })).ExpectNotFoundPage();
        (await unrelated.PostFormAsync(inbox, forged + "?handler=Note", new() { ["NoteText"] = "Forged", ["NoteInternal"] = "false" })).ExpectNotFoundPage();
        Assert.Equal("completed", (await w.It.Owner.GetAsync($"/v1/tasks/{itTask}")).Expect(200).Record.Str("status"));
        Assert.DoesNotContain((await w.Hr.Owner.GetAsync($"/v1/tasks/{itTask}/notes")).Expect(200).Items, n => n!.Str("text") == "Forged");
    }

    /// <summary>A post no form of the task page sends is refused whole with the 400 page (it once failed to render the note's checkbox: a 500).</summary>
    [Fact]
    public async Task A_task_form_whose_values_do_not_bind_is_refused_with_the_form_page_and_nothing_is_written()
    {
        var w = await WorkflowEventsWorld.CreateAsync(Server);
        using var hr = await ConsoleWorld.SignInOwnerAsync(Server, w.Hr);
        var task = await w.AddApprovalAsync(await w.StartWorkflowAsync());
        var page = $"/console/{w.Hr.Id}/tasks/{task}";
        var before = (await w.Hr.Owner.GetAsync($"/v1/tasks/{task}")).Expect(200).Text;

        foreach (var (handler, fields) in new (string, Dictionary<string, string>)[]
                 {
                     ("Note", new() { ["NoteText"] = " ", ["NoteInternal"] = "maybe" }),
                     ("Update", new() { ["Version"] = "x", ["Status"] = "in_progress", ["NoteInternal"] = "%" }),
                     ("TakeBack", new() { ["Version"] = "0", ["TeamId"] = "abc" }),
                 })
        {
            var refused = (await hr.PostFormAsync(page, $"{page}?handler={handler}", fields)).Expect(HttpStatusCode.BadRequest);
            Assert.Contains("The form could not be accepted", refused.Text, StringComparison.Ordinal);
        }

        Assert.Empty((await w.Hr.Owner.GetAsync($"/v1/tasks/{task}/notes")).Expect(200).Items);
        Assert.Equal(before, (await w.Hr.Owner.GetAsync($"/v1/tasks/{task}")).Expect(200).Text);
    }
}
