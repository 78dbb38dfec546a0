using System.Net;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Pages;

/// <summary>
/// Knowledge in the console (product.md §7, ADR 46), on the reference scenario: a specialist writes an article through
/// the form and changes it from the version shown; a validated one offers no form to a specialist, and a forged post is
/// refused; another account's article that reaches the account is read, never edited; one that does not is the 404 page.
/// </summary>
public sealed class ConsoleKnowledgeTests
{
    private static async Task<long> IdAsync(string token, string account, string subject) =>
        (await DemoSessions.Server.Client(token, account).GetAsync("/v1/knowledge_articles?per_page=100&subject=" + Uri.EscapeDataString(subject)))
        .Expect(200).Ids().Single();

    private static Dictionary<string, string> Form(string subject, long service, string status = "work_in_progress", string? version = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.Subject"] = subject, ["Form.ServiceId"] = service.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Instructions"] = "Step one.\nStep two.", ["Form.Keywords"] = "console", ["Form.Status"] = status, ["Form.EndUsers"] = "true",
        };
        if (version is not null) fields["Version"] = version;
        return fields;
    }

    [Fact]
    public async Task A_specialist_writes_an_article_in_the_console_and_changes_it_from_the_version_shown()
    {
        using var chris = await DemoSessions.SignInAsync("td_demo_cc_specialist");
        var service = (await DemoSessions.Server.Client("td_demo_cc_specialist", "widget-cc").GetAsync("/v1/services?name=E-mail")).Expect(200).Ids().Single();
        var subject = "Share a calendar " + Ids.Hex(6);

        var list = (await chris.GetAsync("/console/widget-cc/knowledge")).Expect(HttpStatusCode.OK);
        Assert.Contains("Rebuild a domain controller", list.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"/console/widget-cc/knowledge/new\"", list.Html, StringComparison.Ordinal);

        var refused = (await chris.PostFormAsync("/console/widget-cc/knowledge/new", "/console/widget-cc/knowledge/new", Form("", service))).Expect(HttpStatusCode.OK);
        Assert.Contains("Subject can't be blank", refused.Text, StringComparison.Ordinal);
        var created = (await chris.PostFormAsync("/console/widget-cc/knowledge/new", "/console/widget-cc/knowledge/new", Form(subject, service)))
            .Expect(HttpStatusCode.Redirect);
        var id = await IdAsync("td_demo_cc_specialist", "widget-cc", subject);
        Assert.Equal($"/console/widget-cc/knowledge/{id}?saved=true", created.Location);

        var page = (await chris.GetAsync(created.Location!)).Expect(HttpStatusCode.OK);
        Assert.Contains("Step one.\nStep two.", page.Text, StringComparison.Ordinal);
        Assert.Contains("Chris Cole wrote it", page.Text, StringComparison.Ordinal);
        var version = page.Field("Version")!;
        var path = $"/console/widget-cc/knowledge/{id}";
        (await chris.PostFormAsync(path, path, Form(subject + " (revised)", service, "not_validated", version))).Expect(HttpStatusCode.Redirect);
        // The same form again, from the version before: refused, nothing changes.
        var stale = (await chris.PostFormAsync(path, path, Form(subject + " (again)", service, "not_validated", version))).Expect(HttpStatusCode.OK);
        Assert.Contains("changed by someone else", stale.Text, StringComparison.Ordinal);
        var read = (await DemoSessions.Server.Client("td_demo_cc_specialist", "widget-cc").GetAsync($"/v1/knowledge_articles/{id}")).Expect(200).Record;
        Assert.Equal(subject + " (revised)", read.Str("subject"));
        Assert.Equal("not_validated", read.Str("status"));
        Assert.Contains("changed subject, status", (await chris.GetAsync(path)).Expect(HttpStatusCode.OK).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_validated_article_offers_a_specialist_no_form_and_a_forged_post_changes_nothing()
    {
        using var chris = await DemoSessions.SignInAsync("td_demo_cc_specialist");
        var id = await IdAsync("td_demo_cc_specialist", "widget-cc", "Reset your Widget password");
        var path = $"/console/widget-cc/knowledge/{id}";
        var page = (await chris.GetAsync(path)).Expect(HttpStatusCode.OK);
        Assert.DoesNotContain("Save changes", page.Text, StringComparison.Ordinal);
        var service = (await DemoSessions.Server.Client("td_demo_cc_specialist", "widget-cc").GetAsync($"/v1/knowledge_articles/{id}")).Expect(200).Record["service"]!.Number("id");
        var forged = (await chris.PostFormAsync(path, path, Form("Forged", service, "validated", "0"))).Expect(HttpStatusCode.OK);
        Assert.Contains("Only a knowledge manager", forged.Text, StringComparison.Ordinal);
        Assert.Equal("Reset your Widget password",
            (await DemoSessions.Server.Client("td_demo_cc_specialist", "widget-cc").GetAsync($"/v1/knowledge_articles/{id}")).Expect(200).Record.Str("subject"));
    }

    [Fact]
    public async Task Another_accounts_article_is_read_where_it_reaches_and_is_the_404_page_elsewhere()
    {
        using var nick = await DemoSessions.SignInAsync("td_demo_nl_analyst");
        var lockout = await IdAsync("td_demo_cc_specialist", "widget-cc", "Unlock an account locked by a saved phone password");
        var page = (await nick.GetAsync($"/console/widget-it-nl/knowledge/{lockout}")).Expect(HttpStatusCode.OK);
        Assert.Contains("Widget Competence Centers", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Save changes", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Audit trail", page.Text, StringComparison.Ordinal);
        Assert.Contains($"href=\"/console/widget-it-nl/knowledge/{lockout}\"", (await nick.GetAsync("/console/widget-it-nl/knowledge")).Expect(HttpStatusCode.OK).Html,
            StringComparison.Ordinal);

        var hidden = await IdAsync("td_demo_cc_specialist", "widget-cc", "Rebuild a domain controller");
        (await nick.GetAsync($"/console/widget-it-nl/knowledge/{hidden}")).ExpectNotFoundPage();
        var path = $"/console/widget-it-nl/knowledge/{lockout}";
        (await nick.PostFormAsync(path, $"/console/widget-it-nl/knowledge/{hidden}", Form("Forged", 1, version: "0"))).ExpectNotFoundPage();
        (await nick.PostFormAsync(path, path, Form("Forged", 1, version: "0"))).ExpectNotFoundPage();
        Assert.Equal("Unlock an account locked by a saved phone password",
            (await DemoSessions.Server.Client("td_demo_cc_specialist", "widget-cc").GetAsync($"/v1/knowledge_articles/{lockout}")).Expect(200).Record.Str("subject"));
    }

    [Fact]
    public async Task A_specialist_finds_an_article_on_a_request_page_and_applies_it_as_a_public_note()
    {
        using var nick = await DemoSessions.SignInAsync("td_demo_nl_analyst");
        var request = await DemoSessions.RequestIdAsync("New docking station");
        var article = await IdAsync("td_demo_nl_analyst", "widget-it-nl", "Connect your laptop to the office Wi-Fi");
        var path = $"/console/widget-it-nl/requests/{request}";

        var found = (await nick.GetAsync(path + "?kq=wifi")).Expect(HttpStatusCode.OK);
        Assert.Contains($"value=\"{article}\"", found.Html, StringComparison.Ordinal);
        var applied = (await nick.PostFormAsync(path, path + "?handler=Article", new() { ["ArticleId"] = article.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Apply"] = "true" }))
            .Expect(HttpStatusCode.Redirect);
        Assert.Equal($"{path}?done=applied#knowledge", applied.Location);

        var notes = (await DemoSessions.Server.Client("td_demo_nl_analyst", "widget-it-nl").GetAsync($"/v1/requests/{request}/notes")).Expect(200);
        Assert.Contains(notes.Items, n => n!.Str("text")!.StartsWith("Choose the network Widget-NL", StringComparison.Ordinal) && !n!.Bool("internal"));
        Assert.Contains(article, (await DemoSessions.Server.Client("td_demo_nl_analyst", "widget-it-nl").GetAsync($"/v1/requests/{request}/knowledge_articles")).Expect(200).Ids());
        var used = (await nick.GetAsync($"/console/widget-it-nl/knowledge/{article}")).Expect(HttpStatusCode.OK);
        Assert.Contains($"href=\"/console/widget-it-nl/requests/{request}\"", used.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_articles_page_says_who_can_see_it_and_why()
    {
        using var chris = await DemoSessions.SignInAsync("td_demo_cc_specialist");
        var lockout = await IdAsync("td_demo_cc_specialist", "widget-cc", "Unlock an account locked by a saved phone password");
        var audience = (await chris.GetAsync($"/console/widget-cc/knowledge/{lockout}")).Expect(HttpStatusCode.OK).Text;
        Assert.Contains("People with a role in Widget Competence Centers", audience, StringComparison.Ordinal);
        foreach (var country in new[] { "Netherlands", "United States", "Brazil" })
            Assert.Contains($"People with a role in Widget IT {country}</strong> <span class=\"muted\">— covered specialists: customer of Active Directory for Widget ",
                audience, StringComparison.Ordinal);
        Assert.DoesNotContain("People covered by", audience, StringComparison.Ordinal);

        var draft = await IdAsync("td_demo_cc_specialist", "widget-cc", "Rebuild a domain controller");
        Assert.Contains("No one else</strong> <span class=\"muted\">— only a validated article reaches other people",
            (await chris.GetAsync($"/console/widget-cc/knowledge/{draft}")).Expect(HttpStatusCode.OK).Text, StringComparison.Ordinal);
    }
}
