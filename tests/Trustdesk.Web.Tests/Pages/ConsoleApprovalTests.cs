using System.Net;
using Trustdesk.Web.Tests.Features.Workflows;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Pages;

/// <summary>
/// Approvals on the console's task page, through the same handler as <c>PATCH /v1/tasks/:id</c>: every approver who has
/// not answered gets Approve and Reject, whatever else they are (a specialist of the account too, as in the reference
/// scenario), and nobody completes an approval task by hand — its approvers decide it.
/// </summary>
public sealed class ConsoleApprovalTests
{
    private static readonly TrustdeskServer Server = TestServers.Shared;

    private static string TaskPage(ApprovalWorld w, long task) => $"/console/{w.Hr.Id}/tasks/{task}";

    [Fact]
    public async Task A_specialist_who_is_also_the_approver_approves_on_the_console_task_page_and_the_workflow_moves()
    {
        var w = await ApprovalWorld.CreateAsync(Server);
        // As in the reference scenario: the approver is a specialist and workflow manager of the workflow's account.
        var workflow = (await w.Hr.Owner.PostAsync("/v1/workflows", new { subject = "Onboarding of Emma" })).Expect(201).Id;
        var approval = (await w.Hr.Owner.PostAsync("/v1/tasks", new
        {
            workflow_id = workflow, subject = "Approve the hiring", category = "approval", team_id = w.HrTeam, approver_ids = new[] { w.Hr.OwnerId },
        })).Expect(201).Id;
        var contract = (await w.Hr.Owner.PostAsync("/v1/tasks", new
        {
            workflow_id = workflow, subject = "Prepare the contract", category = "implementation", team_id = w.HrTeam, predecessor_ids = new[] { approval },
        })).Expect(201).Id;
        using var hr = await ConsoleWorld.SignInOwnerAsync(Server, w.Hr);

        var page = TaskPage(w, approval);
        var shown = (await hr.GetAsync(page)).Expect(HttpStatusCode.OK);
        Assert.Contains("data-testid=\"answer-form\"", shown.Html, StringComparison.Ordinal);
        Assert.Contains(">Approve</button>", shown.Html, StringComparison.Ordinal);
        Assert.Contains(">Reject</button>", shown.Html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"update-form\"", shown.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"completed\"", shown.Html, StringComparison.Ordinal);
        Assert.Contains("Awaited", shown.Text, StringComparison.Ordinal);

        var answer = new Dictionary<string, string> { ["Version"] = shown.Field("Version")!, ["StatusNote"] = "Welcome, Emma", ["answer"] = "approved" };
        (await hr.PostFormAsync(page, page + "?handler=Answer", answer)).Expect(HttpStatusCode.Redirect);
        Assert.Equal("approved", await w.StatusAsync(approval));
        Assert.Equal("assigned", await w.StatusAsync(contract));
        Assert.Equal("implementation", (await w.Hr.Owner.GetAsync($"/v1/workflows/{workflow}")).Expect(200).Record.Str("status"));
        var after = (await hr.GetAsync(page)).Expect(HttpStatusCode.OK);
        Assert.DoesNotContain("data-testid=\"answer-form\"", after.Html, StringComparison.Ordinal);
        Assert.Contains("Welcome, Emma", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_specialist_who_is_not_an_approver_sees_who_is_awaited_and_cannot_complete_the_approval()
    {
        var w = await ApprovalWorld.CreateAsync(Server);
        using var hr = await ConsoleWorld.SignInOwnerAsync(Server, w.Hr);
        var page = TaskPage(w, w.Approval);
        var shown = (await hr.GetAsync(page)).Expect(HttpStatusCode.OK);
        Assert.DoesNotContain("data-testid=\"answer-form\"", shown.Html, StringComparison.Ordinal);
        Assert.Contains("Lena Line-Manager", shown.Text, StringComparison.Ordinal);
        Assert.Contains("Awaited", shown.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"completed\"", shown.Html, StringComparison.Ordinal);

        // Completed, forced into the form anyway: refused by the handler, next to the field; nothing changes.
        var work = new Dictionary<string, string> { ["Version"] = shown.Field("Version")!, ["Status"] = "completed", ["StatusNote"] = "Done" };
        var refused = (await hr.PostFormAsync(page, page + "?handler=Update", work)).Expect(HttpStatusCode.OK);
        Assert.Contains("an approval task is approved or rejected, not completed", refused.Text, StringComparison.Ordinal);
        var answer = new Dictionary<string, string> { ["Version"] = shown.Field("Version")!, ["answer"] = "approved" };
        refused = (await hr.PostFormAsync(page, page + "?handler=Answer", answer)).Expect(HttpStatusCode.OK);
        Assert.Contains("is not an approver of this task", refused.Text, StringComparison.Ordinal);
        Assert.Equal("assigned", await w.StatusAsync(w.Approval));
        Assert.DoesNotContain((await w.Hr.Owner.GetAsync($"/v1/tasks/{w.Approval}/notes")).Expect(200).Items, n => n!.Str("text") == "Done");
    }
}
