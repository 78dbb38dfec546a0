using System.Net;
using System.Text.RegularExpressions;
using Trustdesk.Web.Tests.Features.Workflows;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Pages;

/// <summary>
/// The portal's "My approvals" (ADR 29, product.md §11: an approver answers from the portal without any role), through
/// the handlers of <c>GET /v1/tasks/approval_by_me</c>, <c>GET /v1/tasks/:id</c> and <c>PATCH /v1/tasks/:id</c>: it lists
/// what awaits a person with no role, who answers there; anyone else's approval is the 404 page of a missing one.
/// </summary>
public sealed partial class PortalApprovalsTests
{
    private static readonly TrustdeskServer Server = TestServers.Shared;

    [Fact]
    public async Task A_person_without_a_role_answers_their_approvals_in_the_portal()
    {
        var w = await ApprovalWorld.CreateAsync(Server);
        using var lena = await ConsoleWorld.SignInAsync(Server, w.Directory.Id, w.Lena);

        var list = (await lena.GetAsync("/portal/approvals")).Expect(HttpStatusCode.OK);
        Assert.Contains("href=\"/portal/approvals\"", list.Html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/portal/approvals/{w.Approval}\"", list.Html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/portal/approvals/{w.LaterApproval}\"", list.Html, StringComparison.Ordinal);
        foreach (var shown in new[] { "Approve the hiring", ApprovalWorld.Instructions, "Onboarding of Jane", w.Hr.Name })
            Assert.Contains(shown, list.Text, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"workflow-status\">Approval</span>", list.Html, StringComparison.Ordinal);

        var page = $"/portal/approvals/{w.Approval}";
        var task = (await lena.GetAsync(page)).Expect(HttpStatusCode.OK);
        Assert.Contains("Lena Line-Manager", task.Text, StringComparison.Ordinal);
        // Not the task's notes, nor who works it.
        Assert.DoesNotContain("Budget line 42", task.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Salary band C", task.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Team ", task.Text, StringComparison.Ordinal);

        // She approves from the list's form, with a note; the workflow moves on.
        var answer = new Dictionary<string, string> { ["Version"] = list.Field("Version")!, ["Note"] = "Fine by me", ["answer"] = "approved" };
        var answered = (await lena.PostFormAsync("/portal/approvals", page, answer)).Expect(HttpStatusCode.Redirect);
        Assert.Equal($"{page}?answered=approved", answered.Location);
        Assert.Contains("You approved this task", (await lena.GetAsync(answered.Location!)).Expect(HttpStatusCode.OK).Text, StringComparison.Ordinal);
        Assert.Equal("approved", await w.StatusAsync(w.Approval));
        Assert.Equal("assigned", await w.StatusAsync(w.Contract));
        Assert.Contains("Fine by me", (await w.Hr.Owner.GetAsync($"/v1/tasks/{w.Approval}/notes")).Expect(200).Values("text"));
        Assert.Contains("Nothing is waiting for your approval", (await lena.GetAsync("/portal/approvals")).Expect(HttpStatusCode.OK).Text, StringComparison.Ordinal);

        // The same form again: refused with a message, nothing changes.
        var again = (await lena.PostFormAsync(page, page, answer)).Expect(HttpStatusCode.OK);
        Assert.Contains("changed by someone else", again.Text, StringComparison.Ordinal);
        Assert.Equal("approved", Assert.Single((await w.Hr.Owner.GetAsync($"/v1/tasks/{w.Approval}/approvals")).Expect(200).Items)!.Str("status"));
    }

    [Fact]
    public async Task Anyone_but_its_approvers_gets_the_404_page_of_a_missing_approval_and_writes_nothing()
    {
        var w = await ApprovalWorld.CreateAsync(Server);
        using var noah = await ConsoleWorld.SignInAsync(Server, w.Directory.Id, w.Noah);
        using var hrOwner = await ConsoleWorld.SignInOwnerAsync(Server, w.Hr);
        using var lena = await ConsoleWorld.SignInAsync(Server, w.Directory.Id, w.Lena);
        var missing = $"/portal/approvals/{Answers.NeverExistingId}";
        foreach (var (session, task) in new[] { (noah, w.Approval), (hrOwner, w.Approval), (lena, w.LaterApproval) })
        {
            var hidden = await session.GetAsync($"/portal/approvals/{task}");
            hidden.ExpectNotFoundPage();
            Assert.Equal(WithoutToken(hidden.Html), WithoutToken((await session.GetAsync(missing)).Html));
            var forged = new Dictionary<string, string> { ["Version"] = "1", ["Note"] = "Forged", ["answer"] = "approved" };
            var post = await session.PostFormAsync("/portal/approvals", $"/portal/approvals/{task}", forged);
            post.ExpectNotFoundPage();
            Assert.Equal(WithoutToken(post.Html), WithoutToken((await session.PostFormAsync("/portal/approvals", missing, forged)).Html));
        }
        Assert.Contains("Nothing is waiting for your approval", (await noah.GetAsync("/portal/approvals")).Expect(HttpStatusCode.OK).Text, StringComparison.Ordinal);
        Assert.Equal("assigned", await w.StatusAsync(w.Approval));
        Assert.Equal("registered", await w.StatusAsync(w.LaterApproval));
        Assert.DoesNotContain((await w.Hr.Owner.GetAsync($"/v1/tasks/{w.Approval}/notes")).Expect(200).Items, n => n!.Str("text") == "Forged");
    }

    private static string WithoutToken(string html) => AntiforgeryValue().Replace(html, "");

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="[^"]+" """)]
    private static partial Regex AntiforgeryValue();
}
