using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Workflows;

/// <summary>
/// A workflow built from a template through the API: phases and tasks with their dependencies and failure task; a
/// failed task hands over to its failure task instead of halting the workflow; linked requests wait
/// <c>workflow_pending</c> and go back to their team when the workflow completes.
/// </summary>
public sealed class WorkflowFromTemplateTests
{
    private static readonly TestWorld World = TestWorld.Shared;

    [Fact]
    public async Task A_failed_task_activates_its_failure_task_and_linked_requests_return_when_the_workflow_completes()
    {
        var account = await World.SupportDomainAsync();
        await account.GrantAsync(account.OwnerId, "specialist", "workflow_manager");
        var team = await account.AddTeamAsync();
        var owner = account.Owner;
        async Task<long> TaskTemplateAsync(string subject) =>
            (await owner.PostAsync("/v1/task_templates", new { subject, category = "implementation", team_id = team, planned_duration = 30 })).Expect(201).Id;
        var (deploy, rollBack, verify) = (await TaskTemplateAsync("Deploy"), await TaskTemplateAsync("Roll back"), await TaskTemplateAsync("Verify"));
        var template = (await owner.PostAsync("/v1/workflow_templates", new { subject = "Release", category = "standard" })).Expect(201).Id;
        var phase = (await owner.PostAsync($"/v1/workflow_templates/{template}/phases", new { name = "Release", position = 1 })).Expect(201).Id;
        var relations = $"/v1/workflow_templates/{template}/task_template_relations";
        var rollBackRelation = (await owner.PostAsync(relations, new { task_template_id = rollBack, phase_id = phase, position = 2 })).Expect(201).Id;
        var deployRelation = (await owner.PostAsync(relations,
            new { task_template_id = deploy, phase_id = phase, position = 1, failure_task_template_relation_id = rollBackRelation })).Expect(201).Id;
        (await owner.PostAsync(relations, new { task_template_id = verify, phase_id = phase, position = 3, predecessor_ids = new[] { deployRelation } })).Expect(201);

        var request = (await owner.PostAsync("/v1/requests", new { subject = "Please release 2.0" })).Expect(201).Id;
        var workflow = (await owner.PostAsync("/v1/workflows", new { template_id = template, request_ids = new[] { request } })).Expect(201).Record;
        Assert.Equal("Release", workflow.Str("subject"));
        var id = workflow.Number("id");
        Assert.Equal("workflow_pending", (await owner.GetAsync($"/v1/requests/{request}")).Expect(200).Record.Str("status"));
        Assert.Equal([request], (await owner.GetAsync($"/v1/workflows/{id}/requests")).Expect(200).Ids());

        var tasks = (await owner.GetAsync($"/v1/workflows/{id}/tasks")).Expect(200).Items.ToDictionary(t => t!.Str("subject")!, t => t!);
        Assert.Equal("assigned", tasks["Deploy"].Str("status"));
        Assert.Equal("registered", tasks["Roll back"].Str("status")); // a failure task waits for its task's failure
        Assert.Equal("registered", tasks["Verify"].Str("status"));
        var deployTask = (await owner.GetAsync($"/v1/tasks/{tasks["Deploy"].Number("id")}")).Expect(200).Record;
        Assert.Equal(tasks["Roll back"].Number("id"), deployTask["failure_task"]!.Number("id"));

        (await owner.PatchAsync($"/v1/tasks/{tasks["Deploy"].Number("id")}", new { status = "failed" })).Expect(200);
        Assert.Equal("assigned", (await owner.GetAsync($"/v1/tasks/{tasks["Roll back"].Number("id")}")).Expect(200).Record.Str("status"));
        Assert.NotEqual("progress_halted", (await owner.GetAsync($"/v1/workflows/{id}")).Expect(200).Record.Str("status"));
        Assert.Equal("workflow_pending", (await owner.GetAsync($"/v1/requests/{request}")).Expect(200).Record.Str("status"));

        (await owner.PatchAsync($"/v1/tasks/{tasks["Roll back"].Number("id")}", new { status = "completed" })).Expect(200);
        Assert.Equal("completed", (await owner.GetAsync($"/v1/workflows/{id}")).Expect(200).Record.Str("status"));
        var released = (await owner.GetAsync($"/v1/requests/{request}")).Expect(200).Record;
        Assert.Equal("assigned", released.Str("status"));
        Assert.Equal(id, released["workflow"]!.Number("id"));
        var audit = (await owner.GetAsync($"/v1/requests/{request}/audit")).Expect(200).Items;
        Assert.Equal(["assigned", "workflow_pending", "assigned"],
            audit.Where(a => a!["changes"]!["status"] is not null).Select(a => a!["changes"]!["status"]![1]!.GetValue<string>()));
    }

    [Fact]
    public async Task Only_open_requests_of_the_account_and_enabled_templates_of_the_account_make_a_workflow()
    {
        var account = await World.SupportDomainAsync();
        var other = await World.SupportDomainAsync();
        await account.GrantAsync(account.OwnerId, "specialist", "workflow_manager");
        await other.GrantAsync(other.OwnerId, "specialist", "workflow_manager");
        var foreignTemplate = (await other.Owner.PostAsync("/v1/workflow_templates", new { subject = "Theirs", category = "standard" })).Expect(201).Id;
        var foreignRequest = (await other.Owner.PostAsync("/v1/requests", new { subject = "Theirs" })).Expect(201).Id;
        var done = (await account.Owner.PostAsync("/v1/requests", new { subject = "Done" })).Expect(201).Id;
        (await account.Owner.PatchAsync($"/v1/requests/{done}", new { status = "completed", completion_reason = "solved" })).Expect(200);
        var before = (await account.Owner.GetAsync("/v1/workflows")).Expect(200).TotalEntries();

        (await account.Owner.PostAsync("/v1/workflows", new { template_id = foreignTemplate }))
            .ExpectValidation(("template_id", "is not an enabled workflow template of this account"));
        (await account.Owner.PostAsync("/v1/workflows", new { subject = "x", request_ids = new[] { foreignRequest } }))
            .ExpectValidation(("request_ids", $"{foreignRequest} is not a request of this account"));
        (await account.Owner.PostAsync("/v1/workflows", new { subject = "x", request_ids = new[] { done } }))
            .ExpectValidation(("request_ids", $"{done} is completed: only open requests wait for a new workflow"));
        (await account.Owner.PostAsync("/v1/workflows", new { subject = "" })).ExpectValidation(("subject", "can't be blank"));
        Assert.Equal(before, (await account.Owner.GetAsync("/v1/workflows")).Expect(200).TotalEntries());
        Assert.Equal("completed", (await account.Owner.GetAsync($"/v1/requests/{done}")).Expect(200).Record.Str("status"));
    }
}
