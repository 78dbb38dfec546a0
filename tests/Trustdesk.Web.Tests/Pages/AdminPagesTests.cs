using System.Net;

namespace Trustdesk.Web.Tests.Pages;

/// <summary>People, teams and services pages: for an account's administrators; anyone else gets the 404 page.</summary>
public sealed class AdminPagesTests
{
    [Fact]
    public async Task An_administrator_lists_people_teams_and_service_instances_and_a_specialist_gets_the_404_page()
    {
        using var admin = await DemoSessions.SignInAsync("td_demo_widget_admin");
        using var analyst = await DemoSessions.SignInAsync("td_demo_nl_analyst");

        var people = (await admin.GetAsync("/console/widget-it-nl/people?q=jansen")).Expect(HttpStatusCode.OK).Text;
        Assert.Contains("Nick Jansen", people, StringComparison.Ordinal);
        Assert.Contains("nick.jansen@widget.example", people, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"teams\"", (await admin.GetAsync("/console/widget-it-nl/teams")).Expect(HttpStatusCode.OK).Html, StringComparison.Ordinal);
        Assert.Contains("Active Directory", (await admin.GetAsync("/console/widget-cc/services")).Expect(HttpStatusCode.OK).Text, StringComparison.Ordinal);
        // The navigation offers them to administrators only.
        Assert.Contains("/console/widget-it-nl/people", (await admin.GetAsync("/console/widget-it-nl")).Html, StringComparison.Ordinal);
        Assert.DoesNotContain("/console/widget-it-nl/people", (await analyst.GetAsync("/console/widget-it-nl")).Html, StringComparison.Ordinal);

        foreach (var list in new[] { "people", "teams", "services" })
            (await analyst.GetAsync($"/console/widget-it-nl/{list}")).ExpectNotFoundPage();
    }
}
