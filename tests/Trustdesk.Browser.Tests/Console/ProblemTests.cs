using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Trustdesk.Browser.Tests.Infrastructure;

namespace Trustdesk.Browser.Tests.Console;

/// <summary>
/// Issue 16's problem scenario: the competence center's specialist links NL's Active Directory request (which lives in
/// widget-cc, asked by an employee of the Widget directory) to a problem from the request's console page; the employee
/// reads the problem's workaround in her portal, and its new workaround at her next visit.
/// </summary>
[Collection(OneAtATime.Name)]
public sealed class ProblemTests
{
    [Fact]
    public async Task A_specialist_links_a_request_to_a_problem_and_its_workaround_appears_in_the_requesters_portal()
    {
        using var api = ConsoleServer.Api("chris.cole@widget.example", "widget-cc");
        var service = await IdAsync(api, "/v1/services?name=Active%20Directory");
        var request = await IdAsync(api, "/v1/requests?subject=Cannot%20log%20in%20after%20password%20reset");
        var subject = "Password resets reach the domain controllers late " + Guid.NewGuid().ToString("N")[..6];
        var created = await api.PostAsJsonAsync("/v1/problems",
            new { subject, service_id = service, workaround = "Wait fifteen minutes after a reset before signing in." });
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        var problem = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<long>();

        await using var specialistBrowser = await Chromium.StartAsync();
        await using var employeeBrowser = await Chromium.StartAsync();
        var specialist = await ConsoleServer.SignInAsync(specialistBrowser, "chris.cole@widget.example");
        var employee = await ConsoleServer.SignInAsync(employeeBrowser, "anna.devries@widget.example");

        await specialist.GotoAsync(ConsoleServer.At($"/console/widget-cc/requests/{request}"));
        var panel = specialist.GetByTestId("problem");
        await panel.GetByLabel("Link to a problem of this account").SelectOptionAsync(new SelectOptionValue { Label = $"#{problem} {subject}" });
        await panel.GetByRole(AriaRole.Button, new() { Name = "Link" }).ClickAsync();
        await specialist.ArrivesAtAsync($"**/console/widget-cc/requests/{request}?done=problem#problem");
        Assert.Contains(subject, await specialist.GetByTestId("problem").InnerTextAsync(), StringComparison.Ordinal);

        await employee.GotoAsync(ConsoleServer.At($"/portal/requests/{request}"));
        Assert.Contains(subject, await employee.GetByTestId("problem").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Wait fifteen minutes after a reset before signing in.", await employee.GetByTestId("workaround").InnerTextAsync());

        // A new workaround shows at her next visit; nothing else of the problem is hers to open.
        var changed = await api.PatchAsJsonAsync($"/v1/problems/{problem}", new { workaround = "Sign in with the new password on the web first." });
        Assert.Equal(System.Net.HttpStatusCode.OK, changed.StatusCode);
        await employee.ReloadAsync();
        Assert.Equal("Sign in with the new password on the web first.", await employee.GetByTestId("workaround").InnerTextAsync());
        Assert.Equal(0, await employee.Locator($"a[href*='/problems/{problem}']").CountAsync());

        // The specialist removes the link again: the request is as the other tests know it.
        await specialist.ReloadAsync();
        await specialist.GetByTestId("problem").GetByRole(AriaRole.Button, new() { Name = "Remove from the problem" }).ClickAsync();
        await specialist.ArrivesAtAsync($"**/console/widget-cc/requests/{request}?done=unlinked#problem");
        Assert.Contains("Not linked to a problem.", await specialist.GetByTestId("problem").InnerTextAsync(), StringComparison.Ordinal);
    }

    private static async Task<long> IdAsync(HttpClient api, string path)
    {
        var items = JsonNode.Parse(await api.GetStringAsync(path))!.AsArray();
        Assert.Single(items);
        return items[0]!["id"]!.GetValue<long>();
    }
}
