using System.Net;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Web.Tests.Features.Events;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Pages;

/// <summary>
/// Knowledge in the portal (product.md §7), on the reference scenario: one search over the services and the articles that
/// reach a person, with the account providing each; an article's page with its instructions; "This solved my question"
/// kept once in the article's account; suggestions while a request's subject is typed. An article that does not reach
/// the person answers the 404 page of a missing one, and nothing is written for it.
/// </summary>
public sealed class PortalKnowledgeTests
{
    private const string Anna = "td_demo_nl_employee";

    /// <summary>An article of the scenario by its subject, read at home by an owner of its account.</summary>
    private static async Task<long> ArticleIdAsync(string subject)
    {
        await DemoSessions.LoadAsync();
        var readers = new[] { "widget-cc", "widget-it-nl", "widget-it-br", "widget-hr" }
            .Select(account => DemoSessions.Server.Client("td_demo_widget_admin", account))
            .Append(DemoSessions.Server.Client("td_demo_printfix_engineer", "printfix"));
        foreach (var reader in readers)
            if ((await reader.GetAsync("/v1/knowledge_articles?per_page=100&subject=" + Uri.EscapeDataString(subject))).Expect(200).Ids() is [var id])
                return id;
        throw new InvalidOperationException($"the scenario has no article {subject}");
    }

    [Fact]
    public async Task One_search_finds_services_and_the_articles_that_reach_the_person_with_their_provider()
    {
        using var anna = await DemoSessions.SignInAsync(Anna);

        var password = (await anna.GetAsync("/portal?q=forgot+passw")).Expect(HttpStatusCode.OK);
        var found = await ArticleIdAsync("Reset your Widget password");
        Assert.Contains($"href=\"/portal/articles/{found}\"", password.Html, StringComparison.Ordinal);
        Assert.Contains("from Widget Competence Centers", password.Text, StringComparison.Ordinal);

        // A service is found by its name, beside the articles; Brazil's VPN article reaches no one in the Netherlands.
        var vpn = (await anna.GetAsync("/portal?q=vpn")).Expect(HttpStatusCode.OK);
        Assert.DoesNotContain("Configure the VPN client in Brazil", vpn.Text, StringComparison.Ordinal);
        Assert.Contains("Nothing matches", vpn.Text, StringComparison.Ordinal);
        var printer = (await anna.GetAsync("/portal?q=printer")).Expect(HttpStatusCode.OK);
        Assert.Contains("data-kind=\"service\" data-account=\"printfix\"", printer.Html, StringComparison.Ordinal);
        Assert.Contains("data-kind=\"article\" data-account=\"printfix\"", printer.Html, StringComparison.Ordinal);
        // The best match first: the article whose subject names the words before the one that names them in its text.
        var jam = (await anna.GetAsync("/portal?q=paper+jam")).Expect(HttpStatusCode.OK);
        Assert.StartsWith("<li class=\"panel\" data-kind=\"article\"", jam.Html[jam.Html.IndexOf("<li class=\"panel\"", StringComparison.Ordinal)..],
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_that_solved_the_question_is_counted_once_in_the_articles_account()
    {
        using var anna = await DemoSessions.SignInAsync(Anna);
        var id = await ArticleIdAsync("Clear a paper jam");
        var page = (await anna.GetAsync($"/portal/articles/{id}")).Expect(HttpStatusCode.OK);
        Assert.Contains("switch it off for ten seconds", page.Text, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"provided-by\">Printfix</strong>", page.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/portal/instances/", page.Html, StringComparison.Ordinal);

        foreach (var _ in new[] { 1, 2 })
        {
            var solved = (await anna.PostFormAsync($"/portal/articles/{id}", $"/portal/articles/{id}?handler=Solved", [])).Expect(HttpStatusCode.Redirect);
            Assert.Equal($"/portal/articles/{id}?solved=true", solved.Location);
        }
        Assert.Contains("Glad it helped", (await anna.GetAsync($"/portal/articles/{id}?solved=true")).Expect(HttpStatusCode.OK).Text, StringComparison.Ordinal);
        var annaId = (await DemoSessions.Server.Client(Anna).GetAsync("/v1/me")).Expect(200).Id;
        var kept = 0;
        await ServerWrites.InAccountAsync(DemoSessions.Server, "printfix", async db =>
            kept = await db.KnowledgeDeflections.CountAsync(d => d.ArticleId == id && d.PersonId == annaId && d.PersonAccountId == "widget"));
        Assert.Equal(1, kept);
    }

    [Fact]
    public async Task An_article_that_does_not_reach_the_person_is_the_404_page_and_its_form_writes_nothing()
    {
        using var anna = await DemoSessions.SignInAsync(Anna);
        var missing = $"/portal/articles/{Answers.NeverExistingId}";
        foreach (var subject in new[] { "Configure the VPN client in Brazil", "Rebuild a domain controller", "Unlock an account locked by a saved phone password" })
        {
            var id = await ArticleIdAsync(subject);
            var hidden = await anna.GetAsync($"/portal/articles/{id}");
            hidden.ExpectNotFoundPage();
            var home = (await anna.GetAsync("/portal")).Expect(HttpStatusCode.OK);
            (await anna.PostFormAsync("/portal", $"/portal/articles/{id}?handler=Solved", [])).ExpectNotFoundPage();
            (await anna.PostFormAsync("/portal", $"{missing}?handler=Solved", [])).ExpectNotFoundPage();
            var written = 0;
            foreach (var account in new[] { "widget-it-br", "widget-cc" })
                await ServerWrites.InAccountAsync(DemoSessions.Server, account, async db => written += await db.KnowledgeDeflections.CountAsync(d => d.ArticleId == id));
            Assert.Equal(0, written);
            Assert.DoesNotContain(subject, home.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_request_form_suggests_the_articles_matching_the_subject_being_typed()
    {
        using var anna = await DemoSessions.SignInAsync(Anna);
        var id = await ArticleIdAsync("Connect your laptop to the office Wi-Fi");
        var suggested = (await anna.GetAsync("/portal/suggestions?q=wifi+does+not+conn")).Expect(HttpStatusCode.OK);
        Assert.Contains($"href=\"/portal/articles/{id}\"", suggested.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", suggested.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=", (await anna.GetAsync("/portal/suggestions?q=vpn")).Expect(HttpStatusCode.OK).Html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=", (await anna.GetAsync("/portal/suggestions?q=%22%27%29%3B--+%2A")).Expect(HttpStatusCode.OK).Html, StringComparison.Ordinal);
    }
}
