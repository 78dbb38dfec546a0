using System.Net;

namespace Trustdesk.Web.Tests.Pages;

/// <summary>
/// <c>/console/{account}</c>: the inbox lists what the account sees through the API's own lists, and nothing else.
/// </summary>
public sealed class InboxTests
{
    private const string ActiveDirectory = "Cannot log in after password reset";

    [Fact]
    public async Task The_competence_center_and_its_customer_list_the_active_directory_request_and_brazil_does_not()
    {
        var id = await DemoSessions.RequestIdAsync(ActiveDirectory);
        using var cc = await DemoSessions.SignInAsync("td_demo_cc_specialist");
        using var nl = await DemoSessions.SignInAsync("td_demo_nl_analyst");
        using var br = await DemoSessions.SignInAsync("td_demo_br_analyst");

        var held = (await cc.GetAsync("/console/widget-cc")).Expect(HttpStatusCode.OK);
        Assert.Contains($"data-request=\"{id}\"", held.Html, StringComparison.Ordinal);
        Assert.Contains("Widget Competence Centers", held.Text, StringComparison.Ordinal);
        var customer = (await nl.GetAsync("/console/widget-it-nl")).Expect(HttpStatusCode.OK);
        Assert.Contains($"data-request=\"{id}\"", customer.Html, StringComparison.Ordinal);
        Assert.Contains("Held by", customer.Text, StringComparison.Ordinal);

        var brazil = (await br.GetAsync("/console/widget-it-br?q=password")).Expect(HttpStatusCode.OK);
        Assert.DoesNotContain(ActiveDirectory, brazil.Text, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-request=\"{id}\"", brazil.Html, StringComparison.Ordinal);
        (await br.GetAsync($"/console/widget-it-br/requests/{id}")).ExpectNotFoundPage();
    }

    [Fact]
    public async Task Search_narrows_the_list_by_subject_ignoring_case_and_filters_and_tasks_render()
    {
        var id = await DemoSessions.RequestIdAsync(ActiveDirectory);
        using var nl = await DemoSessions.SignInAsync("td_demo_nl_analyst");

        Assert.Contains($"data-request=\"{id}\"", (await nl.GetAsync("/console/widget-it-nl?q=PASSWORD%20reset")).Expect(HttpStatusCode.OK).Html, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-request=\"{id}\"", (await nl.GetAsync("/console/widget-it-nl?q=no%25such_thing")).Expect(HttpStatusCode.OK).Html, StringComparison.Ordinal);
        foreach (var filter in new[] { "assigned_to_me", "assigned_to_my_team", "waiting_for_me", "unknown" })
            (await nl.GetAsync($"/console/widget-it-nl?filter={filter}")).Expect(HttpStatusCode.OK);
        using var hr = await DemoSessions.SignInAsync("td_demo_hr_specialist");
        foreach (var filter in new[] { "open", "assigned_to_me", "assigned_to_my_team", "approval_by_me" })
            (await hr.GetAsync($"/console/widget-hr?show=tasks&filter={filter}")).Expect(HttpStatusCode.OK);
        Assert.Contains("data-task=", (await hr.GetAsync("/console/widget-hr?show=tasks")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_without_the_persons_roles_answers_the_404_page()
    {
        using var br = await DemoSessions.SignInAsync("td_demo_br_analyst");
        (await br.GetAsync("/console/widget-cc")).ExpectNotFoundPage();
        (await br.GetAsync("/console/no-such-account")).ExpectNotFoundPage();
    }
}
