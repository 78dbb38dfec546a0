using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Trustdesk.Browser.Tests.Infrastructure;

namespace Trustdesk.Browser.Tests.Console;

/// <summary>
/// Approvals in a browser (ADR 29), on <see cref="ConsoleServer"/>, since they move workflows of the reference scenario
/// on: Hannah, specialist and workflow manager in widget-hr and the approver of the seeded onboarding, approves it on its
/// console task page and sees the workflow move; and Anna, an employee with no role anywhere, named approver of a new
/// workflow's task, answers it from the portal's "My approvals".
/// </summary>
[Collection(OneAtATime.Name)]
public sealed class ApprovalScenarioTests
{
    private const string Hannah = "hannah.reed@widget.example";
    private const string Anna = "anna.devries@widget.example";

    [Fact]
    public async Task Hannah_approves_the_seeded_onboarding_in_the_console_and_the_workflow_moves()
    {
        await using var chromium = await Chromium.StartAsync();
        var page = await ConsoleServer.SignInAsync(chromium, Hannah);

        await page.GotoAsync(ConsoleServer.At("/console/widget-hr?show=tasks&filter=approval_by_me"));
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("Approve the hiring") }).ClickAsync();
        await page.ArrivesAtAsync("**/console/widget-hr/tasks/*");
        Assert.Equal("Assigned", await page.GetByTestId("status").InnerTextAsync());
        Assert.Contains("Awaited", await page.GetByTestId("approvals").InnerTextAsync(), StringComparison.Ordinal);
        // She works there too, but nobody completes an approval by hand: its approvers decide it.
        var statuses = await page.GetByLabel("Status").Locator("option").AllInnerTextsAsync();
        Assert.DoesNotContain("Completed", statuses);

        await page.GetByLabel("Note with your answer").FillAsync("Welcome aboard, Emma");
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
        await page.ArrivesAtAsync("**/console/widget-hr/tasks/*?done=update");
        await page.AssertNoStackTraceAsync();
        Assert.Equal("Approved", await page.GetByTestId("status").InnerTextAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).CountAsync());

        // The onboarding moves on: HR's contract, IT's account and Facilities' desk are activated.
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("Onboarding of Emma Bakker") }).First.ClickAsync();
        await page.ArrivesAtAsync("**/console/widget-hr/workflows/*");
        Assert.Equal("Implementation", await page.GetByTestId("status").InnerTextAsync());
        var tasks = page.GetByTestId("tasks");
        foreach (var subject in new[] { "Prepare the employment contract", "Create the Active Directory account", "Prepare a desk" })
            Assert.Contains("Assigned", await tasks.Locator("tr", new() { HasText = subject }).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Approved", await tasks.Locator("tr", new() { HasText = "Approve the hiring" }).InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_employee_without_a_role_answers_an_approval_in_the_portals_my_approvals()
    {
        var subject = "Approve the laptop budget " + Guid.NewGuid().ToString("N")[..6];
        var (workflow, approval) = await AskAnnaAsync(subject);

        await using var chromium = await Chromium.StartAsync();
        var page = await ConsoleServer.SignInAsync(chromium, Anna);
        await page.GetByRole(AriaRole.Link, new() { Name = "My approvals", Exact = true }).ClickAsync();
        await page.ArrivesAtAsync("**/portal/approvals");
        var asked = page.Locator($"section[data-approval='{approval}']");
        Assert.Contains(subject, await asked.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Only within the quarter's budget.", await asked.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Widget HR", await asked.GetByTestId("workflow-account").InnerTextAsync());
        Assert.Equal("Approval", await asked.GetByTestId("workflow-status").InnerTextAsync());

        await asked.GetByLabel("Note with your answer").FillAsync("Within budget");
        await asked.GetByRole(AriaRole.Button, new() { Name = $"Approve #{approval} {subject}" }).ClickAsync();
        await page.ArrivesAtAsync($"**/portal/approvals/{approval}?answered=approved");
        await page.AssertNoStackTraceAsync();
        Assert.Equal("You approved this task.", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        Assert.Equal("Approved", await page.GetByTestId("status").InnerTextAsync());
        Assert.Equal("Implementation", await page.GetByTestId("workflow-status").InnerTextAsync());

        using var hr = ConsoleServer.Api(Hannah, "widget-hr");
        Assert.Equal("implementation", (await hr.GetFromJsonAsync<JsonObject>($"/v1/workflows/{workflow}"))!["status"]!.GetValue<string>());
        var notes = (await hr.GetFromJsonAsync<JsonArray>($"/v1/tasks/{approval}/notes"))!;
        Assert.Contains(notes, n => n!["text"]!.GetValue<string>() == "Within budget");
    }

    /// <summary>Hannah, a workflow manager of widget-hr, starts a workflow whose first task asks Anna's approval; then work for HR.</summary>
    private static async Task<(long Workflow, long Approval)> AskAnnaAsync(string subject)
    {
        using var admin = ConsoleServer.Api("wendy.admin@widget.example", "widget");
        var anna = (await admin.GetFromJsonAsync<JsonArray>($"/v1/people?primary_email={Uri.EscapeDataString(Anna)}"))!.Single()!["id"]!.GetValue<long>();
        using var hr = ConsoleServer.Api(Hannah, "widget-hr");
        var team = (await hr.GetFromJsonAsync<JsonArray>("/v1/teams"))!.First(t => t!["name"]!.GetValue<string>() == "HR Service Center")!["id"]!.GetValue<long>();
        async Task<long> CreateAsync(string path, object body)
        {
            using var response = await hr.PostAsJsonAsync(path, body);
            Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<long>();
        }
        var workflow = await CreateAsync("/v1/workflows", new { subject = "New laptops for the NL sales team " + subject[^6..] });
        var approval = await CreateAsync("/v1/tasks", new
        {
            workflow_id = workflow, subject, category = "approval", team_id = team, approver_ids = new[] { anna },
            instructions = "Only within the quarter's budget.",
        });
        await CreateAsync("/v1/tasks", new
        {
            workflow_id = workflow, subject = "Order the laptops", category = "implementation", team_id = team, predecessor_ids = new[] { approval },
        });
        return (workflow, approval);
    }
}
