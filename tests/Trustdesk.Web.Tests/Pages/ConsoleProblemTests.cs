using System.Globalization;
using System.Net;
using Trustdesk.Web.Demo;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Pages;

/// <summary>
/// Problems in the console (product.md §7, ADR 49), on the reference scenario: the competence center's problem page lists
/// its linked requests of NL and the US and says who sees what of it; a specialist registers a problem through the form,
/// links a request by its number and changes the problem from the version shown; no other account opens a problem, and
/// nothing a refused form sent is written.
/// </summary>
public sealed class ConsoleProblemTests
{
    private static ApiClient Chris => DemoSessions.Server.Client("td_demo_cc_specialist", "widget-cc");

    private static async Task<long> ScenarioProblemAsync()
    {
        await DemoSessions.LoadAsync();
        return (await Chris.GetAsync("/v1/problems?per_page=100&subject=" + Uri.EscapeDataString(ProblemsLoader.Subject))).Expect(200).Ids().Single();
    }

    private static async Task<long> RequestOfChrisAsync(string subject) =>
        (await Chris.GetAsync("/v1/requests?per_page=100&subject=" + Uri.EscapeDataString(subject))).Expect(200).Ids().Single();

    private static Dictionary<string, string> Form(string subject, long service, string? version = null, string workaround = "")
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.Subject"] = subject, ["Form.ServiceId"] = service.ToString(CultureInfo.InvariantCulture), ["Form.Category"] = "proactive",
            ["Form.Impact"] = "medium", ["Form.Status"] = "on_backlog", ["Form.ManagerId"] = "", ["Form.TeamId"] = "", ["Form.MemberId"] = "",
            ["Form.Workaround"] = workaround,
        };
        if (version is not null) fields["Version"] = version;
        return fields;
    }

    [Fact]
    public async Task The_problem_page_lists_its_requests_of_NL_and_the_US_and_says_who_sees_what()
    {
        var problem = await ScenarioProblemAsync();
        using var chris = await DemoSessions.SignInAsync("td_demo_cc_specialist");
        var list = (await chris.GetAsync("/console/widget-cc/problems")).Expect(HttpStatusCode.OK);
        Assert.Contains($"href=\"/console/widget-cc/problems/{problem}\"", list.Html, StringComparison.Ordinal);

        var page = (await chris.GetAsync($"/console/widget-cc/problems/{problem}")).Expect(HttpStatusCode.OK);
        var nl = await RequestOfChrisAsync(RequestsLoader.ActiveDirectoryRequest);
        var us = await RequestOfChrisAsync(RequestsLoader.UsActiveDirectoryRequest);
        Assert.Contains($"href=\"/console/widget-cc/requests/{nl}\"", page.Html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/console/widget-cc/requests/{us}\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("Widget IT United States 1", page.Text, StringComparison.Ordinal);
        Assert.Contains("Widget Competence Centers 1", page.Text, StringComparison.Ordinal);
        Assert.Contains("People with a role in Widget Competence Centers", page.Text, StringComparison.Ordinal);
        Assert.Contains("Whoever sees its 1 linked request in Widget IT United States", page.Text, StringComparison.Ordinal);
        Assert.Contains(ProblemsLoader.Workaround, page.Text, StringComparison.Ordinal);
        Assert.Contains("Replication between the Amsterdam and New York sites", page.Text, StringComparison.Ordinal);

        // The request's page names its problem with a link, in the problem's own account only.
        var request = (await chris.GetAsync($"/console/widget-cc/requests/{nl}")).Expect(HttpStatusCode.OK);
        Assert.Contains($"href=\"/console/widget-cc/problems/{problem}\"", request.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_account_reads_the_problem_on_its_request_and_never_opens_the_problem()
    {
        var problem = await ScenarioProblemAsync();
        using var nick = await DemoSessions.SignInAsync("td_demo_nl_analyst");
        var nl = await DemoSessions.RequestIdAsync(RequestsLoader.ActiveDirectoryRequest);
        var request = (await nick.GetAsync($"/console/widget-it-nl/requests/{nl}")).Expect(HttpStatusCode.OK);
        Assert.Contains(ProblemsLoader.Subject, request.Text, StringComparison.Ordinal);
        Assert.Contains(ProblemsLoader.Workaround, request.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/problems/", request.Html, StringComparison.Ordinal);

        (await nick.GetAsync($"/console/widget-it-nl/problems/{problem}")).ExpectNotFoundPage();
        Assert.DoesNotContain(ProblemsLoader.Subject, (await nick.GetAsync("/console/widget-it-nl/problems?filter=all")).Expect(HttpStatusCode.OK).Text, StringComparison.Ordinal);
        // The US request linked to the same problem is not NL's to see.
        var us = await RequestOfChrisAsync(RequestsLoader.UsActiveDirectoryRequest);
        (await nick.GetAsync($"/console/widget-it-nl/requests/{us}")).ExpectNotFoundPage();
        // A forged post to the competence center's problem from NL's console changes nothing.
        var path = $"/console/widget-it-nl/problems/{problem}";
        (await nick.PostFormAsync("/console/widget-it-nl/problems", path, Form("Forged", 1, "0"))).ExpectNotFoundPage();
        (await nick.PostFormAsync("/console/widget-it-nl/problems", path + "?handler=Request&unlink=true", new() { ["RequestId"] = nl.ToString(CultureInfo.InvariantCulture) }))
            .ExpectNotFoundPage();
        var read = (await Chris.GetAsync($"/v1/problems/{problem}")).Expect(200).Record;
        Assert.Equal(ProblemsLoader.Subject, read.Str("subject"));
        Assert.Equal(2, read.Number("request_count"));
    }

    [Fact]
    public async Task A_specialist_registers_a_problem_links_a_request_by_its_number_and_changes_it_from_the_version_shown()
    {
        await DemoSessions.LoadAsync();
        using var chris = await DemoSessions.SignInAsync("td_demo_cc_specialist");
        var service = (await Chris.GetAsync("/v1/services?name=E-mail")).Expect(200).Ids().Single();
        var team = (await Chris.GetAsync("/v1/teams?name=E-mail")).Expect(200).Ids().Single();
        var subject = "Mailboxes stop syncing " + Ids.Hex(6);

        var refused = (await chris.PostFormAsync("/console/widget-cc/problems/new", "/console/widget-cc/problems/new", Form("", service))).Expect(HttpStatusCode.OK);
        Assert.Contains("Subject can't be blank", refused.Text, StringComparison.Ordinal);
        var created = (await chris.PostFormAsync("/console/widget-cc/problems/new", "/console/widget-cc/problems/new", Form(subject, service)))
            .Expect(HttpStatusCode.Redirect);
        var problem = (await Chris.GetAsync("/v1/problems?subject=" + Uri.EscapeDataString(subject))).Expect(200).Ids().Single();
        Assert.Equal($"/console/widget-cc/problems/{problem}?done=saved", created.Location);
        var path = $"/console/widget-cc/problems/{problem}";

        // A request of the account, linked by its number; a number the account does not see is refused in words.
        var request = (await Chris.PostAsync("/v1/requests", new { subject = "Phone mail stopped " + Ids.Hex(6), category = "incident", team_id = team }))
            .Expect(201).Record.Number("id");
        var linked = (await chris.PostFormAsync(path, path + "?handler=Request", new() { ["RequestId"] = request.ToString(CultureInfo.InvariantCulture) }))
            .Expect(HttpStatusCode.Redirect);
        Assert.Equal($"{path}?done=linked#requests", linked.Location);
        var brazilian = (await DemoSessions.Server.Client("td_demo_br_analyst", "widget-it-br").GetAsync("/v1/requests?subject=Laptop%20does%20not%20start"))
            .Expect(200).Ids().Single();
        var unseen = (await chris.PostFormAsync(path, path + "?handler=Request", new() { ["RequestId"] = brazilian.ToString(CultureInfo.InvariantCulture) }))
            .Expect(HttpStatusCode.OK);
        Assert.Contains($"There is no request #{brazilian} that this account sees.", unseen.Text, StringComparison.Ordinal);
        Assert.Equal([request], (await Chris.GetAsync($"/v1/problems/{problem}/requests")).Expect(200).Ids());

        var page = (await chris.GetAsync(path)).Expect(HttpStatusCode.OK);
        Assert.Contains("1 request in 1 account", page.Text, StringComparison.Ordinal);
        var version = page.Field("Version")!;
        (await chris.PostFormAsync(path, path, Form(subject, service, version, "Restart the mail app."))).Expect(HttpStatusCode.Redirect);
        // The same form again, from the version before: refused, nothing changes.
        var stale = (await chris.PostFormAsync(path, path, Form(subject + " (again)", service, version, "Something else."))).Expect(HttpStatusCode.OK);
        Assert.Contains("changed by someone else", stale.Text, StringComparison.Ordinal);
        var read = (await Chris.GetAsync($"/v1/problems/{problem}")).Expect(200).Record;
        Assert.Equal(subject, read.Str("subject"));
        Assert.Equal("Restart the mail app.", read.Str("workaround"));
        // The request's viewers see the new workaround on it.
        Assert.Equal("Restart the mail app.", (await Chris.GetAsync($"/v1/requests/{request}")).Expect(200).Record["problem"]!.Str("workaround"));
        Assert.Contains("Chris Cole changed workaround", (await chris.GetAsync(path)).Expect(HttpStatusCode.OK).Text, StringComparison.Ordinal);

        var note = (await chris.PostFormAsync(path, path + "?handler=Note", new() { ["NoteText"] = "  " })).Expect(HttpStatusCode.OK);
        Assert.Contains("Text can't be blank", note.Text, StringComparison.Ordinal);
        (await chris.PostFormAsync(path, path + "?handler=Request&unlink=true", new() { ["RequestId"] = request.ToString(CultureInfo.InvariantCulture) }))
            .Expect(HttpStatusCode.Redirect);
        Assert.Empty((await Chris.GetAsync($"/v1/problems/{problem}/requests")).Expect(200).Ids());
    }
}
