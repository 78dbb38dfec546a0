using Microsoft.Extensions.DependencyInjection;
using Trustdesk.Web.Demo;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Scenario;

/// <summary>
/// The demo workflows of the reference scenario: widget-hr's onboarding waits for the manager's approval, so IT and
/// Facilities see nothing of it until she approves; widget-it-nl's country workflow has the competence center's
/// task active, which widget-cc sees with the workflow's header only.
/// </summary>
public sealed class ReferenceWorkflowsTests
{
    private static readonly TrustdeskServer Server = TestServers.Shared;

    private static async Task LoadAsync()
    {
        await using var scope = Server.Services.CreateAsyncScope();
        await ScenarioLoading.RunAsync(() => scope.ServiceProvider.GetRequiredService<ScenarioLoader>().LoadAsync(CancellationToken.None));
    }

    private static async Task<List<string?>> TaskSubjectsAsync(ApiClient client) =>
        (await client.GetAsync("/v1/tasks?per_page=100")).Expect(200).Values("subject");

    [Fact]
    public async Task The_onboarding_reaches_it_and_facilities_once_the_manager_approves_and_the_country_task_is_in_the_competence_center()
    {
        await LoadAsync();
        var hr = Server.Client("td_demo_hr_specialist", "widget-hr");
        var cc = Server.Client("td_demo_cc_specialist", "widget-cc");
        var facilities = Server.Client("td_demo_facilities_specialist", "widget-facilities");

        var country = (await cc.GetAsync("/v1/tasks?per_page=100")).Expect(200).Items.Single(t => t!.Str("subject") == WorkflowsLoader.CompetenceCenterTask)!;
        Assert.Equal("assigned", country.Str("status"));
        var header = (await cc.GetAsync($"/v1/workflows/{country["workflow"]!.Number("id")}")).Expect(200).Record;
        Assert.Equal(WorkflowsLoader.CountryWorkflow, header.Str("subject"));
        Assert.Equal("widget-it-nl", header["account"]!.Str("id"));
        Assert.Null(header["category"]);

        var onboarding = (await hr.GetAsync("/v1/workflows?per_page=100")).Expect(200).Items.Single(w => w!.Str("subject") == WorkflowsLoader.Onboarding)!;
        var id = onboarding.Number("id");
        Assert.Equal("approval", onboarding.Str("status"));
        Assert.DoesNotContain("Create the Active Directory account", await TaskSubjectsAsync(cc));
        Assert.Empty(await TaskSubjectsAsync(facilities));
        Answers.SameAsMissing(await cc.GetAsync($"/v1/workflows/{id}"), await cc.GetAsync($"/v1/workflows/{Answers.NeverExistingId}"));

        var approval = (await hr.GetAsync("/v1/tasks/approval_by_me")).Expect(200).Items.Single(t => t!["workflow"]!.Number("id") == id)!;
        (await hr.PatchAsync($"/v1/tasks/{approval.Number("id")}", new { status = "approved" })).Expect(200);

        Assert.Contains("Create the Active Directory account", await TaskSubjectsAsync(cc));
        Assert.Equal(["Prepare a desk"], await TaskSubjectsAsync(facilities));
        Assert.Equal("implementation", (await hr.GetAsync($"/v1/workflows/{id}")).Expect(200).Record.Str("status"));
        Assert.Equal(["Approval", "Preparation", "First day"], (await hr.GetAsync($"/v1/workflows/{id}/phases")).Expect(200).Values("name"));
    }
}
