using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Trustdesk.Browser.Tests.Infrastructure;
using Trustdesk.Web.Demo;

namespace Trustdesk.Browser.Tests.Console;

/// <summary>
/// Issue 16's problem scenario: the competence center's specialist registers a problem in the console, links NL's Active
/// Directory request (which lives in widget-cc, asked by an employee of the Widget directory) to it from the request's
/// console page, and changes its workaround on the problem's page; the employee reads the workaround in her portal, and
/// the new one at her next visit. The request goes back to the scenario's problem at the end.
/// </summary>
[Collection(OneAtATime.Name)]
public sealed class ProblemTests
{
    [Fact]
    public async Task A_specialist_links_a_request_to_a_problem_and_its_workaround_appears_in_the_requesters_portal()
    {
        using var api = ConsoleServer.Api("chris.cole@widget.example", "widget-cc");
        var request = await IdAsync(api, "/v1/requests?subject=Cannot%20log%20in%20after%20password%20reset");
        var scenarioProblem = await IdAsync(api, "/v1/problems?subject=" + Uri.EscapeDataString(ProblemsLoader.Subject));
        var subject = "Password resets reach the domain controllers late " + Guid.NewGuid().ToString("N")[..6];

        await using var specialistBrowser = await Chromium.StartAsync();
        await using var employeeBrowser = await Chromium.StartAsync();
        var specialist = await ConsoleServer.SignInAsync(specialistBrowser, "chris.cole@widget.example");
        var employee = await ConsoleServer.SignInAsync(employeeBrowser, "anna.devries@widget.example");

        await specialist.GotoAsync(ConsoleServer.At("/console/widget-cc/problems"));
        await specialist.GetByRole(AriaRole.Link, new() { Name = "Register a problem" }).ClickAsync();
        await specialist.GetByLabel("Subject").FillAsync(subject);
        await specialist.GetByLabel("Service").SelectOptionAsync(new SelectOptionValue { Label = "Active Directory" });
        await specialist.GetByLabel("Workaround").FillAsync("Wait fifteen minutes after a reset before signing in.");
        await specialist.GetByRole(AriaRole.Button, new() { Name = "Save problem" }).ClickAsync();
        await specialist.ArrivesAtAsync("**/console/widget-cc/problems/*?done=saved");
        var problem = await IdAsync(api, "/v1/problems?subject=" + Uri.EscapeDataString(subject));

        await specialist.GotoAsync(ConsoleServer.At($"/console/widget-cc/requests/{request}"));
        var panel = specialist.GetByTestId("problem");
        Assert.Contains(ProblemsLoader.Subject, await panel.InnerTextAsync(), StringComparison.Ordinal);
        await panel.GetByLabel("Link to a problem of this account").SelectOptionAsync(new SelectOptionValue { Label = $"#{problem} {subject}" });
        await panel.GetByRole(AriaRole.Button, new() { Name = "Link" }).ClickAsync();
        await specialist.ArrivesAtAsync($"**/console/widget-cc/requests/{request}?done=problem#problem");
        Assert.Contains(subject, await specialist.GetByTestId("problem").InnerTextAsync(), StringComparison.Ordinal);

        await employee.GotoAsync(ConsoleServer.At($"/portal/requests/{request}"));
        Assert.Contains(subject, await employee.GetByTestId("problem").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Wait fifteen minutes after a reset before signing in.", await employee.GetByTestId("workaround").InnerTextAsync());

        // On the problem's page (reached from the request's), the request is listed and the workaround changed.
        await specialist.GetByTestId("problem").GetByRole(AriaRole.Link, new() { Name = $"#{problem} {subject}" }).ClickAsync();
        await specialist.ArrivesAtAsync($"**/console/widget-cc/problems/{problem}");
        Assert.Equal(1, await specialist.GetByTestId("requests").Locator($"tr[data-request='{request}']").CountAsync());
        await specialist.GetByLabel("Workaround").FillAsync("Sign in with the new password on the web first.");
        await specialist.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await specialist.ArrivesAtAsync($"**/console/widget-cc/problems/{problem}?done=saved");
        Assert.Equal("Sign in with the new password on the web first.", await specialist.GetByTestId("workaround").InnerTextAsync());

        // A new workaround shows at her next visit; nothing else of the problem is hers to open.
        await employee.ReloadAsync();
        Assert.Equal("Sign in with the new password on the web first.", await employee.GetByTestId("workaround").InnerTextAsync());
        Assert.Equal(0, await employee.Locator($"a[href*='/problems/{problem}']").CountAsync());

        // A workaround changed elsewhere (here through the API) reaches the open problem page live, without a reload.
        await ConsoleServer.OpenLiveAsync(specialist, $"/console/widget-cc/problems/{problem}");
        await specialist.EvaluateAsync("window.notReloaded = true");
        var changed = await api.PatchAsync($"/v1/problems/{problem}",
            System.Net.Http.Json.JsonContent.Create(new { workaround = "Use the password reset page, then wait five minutes." }));
        Assert.Equal(System.Net.HttpStatusCode.OK, changed.StatusCode);
        await specialist.Locator("[data-testid='workaround']", new() { HasTextString = "Use the password reset page" }).WaitForAsync();
        Assert.True(await specialist.EvaluateAsync<bool>("window.notReloaded === true"), "The problem page was reloaded instead of updated in place.");

        // The specialist links the request back to the scenario's problem: the request is as the other tests know it.
        await specialist.GotoAsync(ConsoleServer.At($"/console/widget-cc/requests/{request}"));
        await specialist.GetByTestId("problem").GetByLabel("Link to a problem of this account")
            .SelectOptionAsync(new SelectOptionValue { Label = $"#{scenarioProblem} {ProblemsLoader.Subject}" });
        await specialist.GetByTestId("problem").GetByRole(AriaRole.Button, new() { Name = "Link" }).ClickAsync();
        await specialist.ArrivesAtAsync($"**/console/widget-cc/requests/{request}?done=problem#problem");
        Assert.Contains(ProblemsLoader.Subject, await specialist.GetByTestId("problem").InnerTextAsync(), StringComparison.Ordinal);
    }

    private static async Task<long> IdAsync(HttpClient api, string path)
    {
        var items = JsonNode.Parse(await api.GetStringAsync(path))!.AsArray();
        Assert.Single(items);
        return items[0]!["id"]!.GetValue<long>();
    }
}
