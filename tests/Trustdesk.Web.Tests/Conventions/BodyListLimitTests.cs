using Trustdesk.Web.Tests.Features.WorkflowTemplates;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>
/// A list in a body takes at most 500 items: at the limit the call is handled as usual, past it a 422 names the field and
/// nothing is written, alike on every database (SQLite failed with a 500 on a list of 33,000 ids).
/// </summary>
public sealed class BodyListLimitTests
{
    private const int Limit = 500;
    private const string TooMany = "has too many items (maximum is 500)";
    private static readonly TestWorld World = TestWorld.Shared;

    private const string Unknowns = "must be people of this account or its directory";

    private static long[] Repeated(long id, int count) => Enumerable.Repeat(id, count).ToArray();

    /// <summary><paramref name="count"/> ids no record has (negative), all different.</summary>
    private static long[] Unknown(int count) => Enumerable.Range(1, count).Select(i => (long)-i).ToArray();

    [Fact]
    public async Task Approvers_of_a_task_template()
    {
        var account = await World.SupportDomainAsync();
        var approver = await account.AddPersonAsync();
        var owner = account.Owner;
        object Body(long[] approvers) => new { subject = "Approve", category = "approval", planned_duration = 5, required_approvals = 1, approver_ids = approvers };

        var created = (await owner.PostAsync("/v1/task_templates", Body(Repeated(approver, Limit)))).Expect(201);
        Assert.Equal([approver], created.Record.RefIds("approvers"));
        var path = $"/v1/task_templates/{created.Id}";
        var before = await TemplateCalls.SnapshotAsync(owner, path, "/v1/task_templates");

        (await owner.PostAsync("/v1/task_templates", Body(Unknown(Limit)))).ExpectValidation(("approver_ids", Unknowns));
        (await owner.PatchAsync(path, new { approver_ids = Unknown(Limit) })).ExpectValidation(("approver_ids", Unknowns));
        foreach (var approvers in new[] { Repeated(approver, Limit + 1), Unknown(Limit + 1), Unknown(33_000) })
        {
            (await owner.PostAsync("/v1/task_templates", Body(approvers))).ExpectValidation(("approver_ids", TooMany));
            (await owner.PatchAsync(path, new { approver_ids = approvers, subject = "Changed" })).ExpectValidation(("approver_ids", TooMany));
        }
        // Named with the body's other faults, in one answer.
        (await owner.PatchAsync(path, new { approver_ids = Unknown(Limit + 1), subject = "" }))
            .ExpectValidation(("approver_ids", TooMany), ("subject", "can't be blank"));
        Assert.Equal(before, await TemplateCalls.SnapshotAsync(owner, path, "/v1/task_templates"));
    }

    [Fact]
    public async Task Predecessors_of_a_task_template_relation()
    {
        var account = await World.SupportDomainAsync();
        var owner = account.Owner;
        var (task, template) = (await account.AddTaskTemplateAsync(), await account.AddWorkflowTemplateAsync());
        var phase = await account.AddPhaseAsync(template, "Build");
        var first = await account.AddRelationAsync(template, task, phase);
        var relations = $"/v1/workflow_templates/{template}/task_template_relations";

        var second = (await owner.PostAsync(relations, new { task_template_id = task, phase_id = phase, predecessor_ids = Repeated(first, Limit) })).Expect(201);
        var path = $"{relations}/{second.Id}";
        var before = await TemplateCalls.SnapshotAsync(owner, relations, $"/v1/workflow_templates/{template}");

        foreach (var predecessors in new[] { Repeated(first, Limit + 1), Unknown(33_000) })
        {
            (await owner.PostAsync(relations, new { task_template_id = task, phase_id = phase, predecessor_ids = predecessors }))
                .ExpectValidation(("predecessor_ids", TooMany));
            (await owner.PatchAsync(path, new { predecessor_ids = predecessors })).ExpectValidation(("predecessor_ids", TooMany));
        }
        Assert.Equal(before, await TemplateCalls.SnapshotAsync(owner, relations, $"/v1/workflow_templates/{template}"));
    }

    [Fact]
    public async Task Requests_of_a_new_workflow_and_approvers_and_predecessors_of_a_new_task()
    {
        var account = await World.SupportDomainAsync();
        await account.GrantAsync(account.OwnerId, "specialist", "workflow_manager");
        var owner = account.Owner;
        var request = (await owner.PostAsync("/v1/requests", new { subject = "Please" })).Expect(201).Id;
        var other = (await owner.PostAsync("/v1/requests", new { subject = "Please too" })).Expect(201).Id;

        (await owner.PostAsync("/v1/workflows", new { subject = "Too many", request_ids = Unknown(33_000) })).ExpectValidation(("request_ids", TooMany));
        (await owner.PostAsync("/v1/workflows", new { subject = "Too many", request_ids = Repeated(other, Limit + 1) })).ExpectValidation(("request_ids", TooMany));
        Assert.Equal(0, (await owner.GetAsync("/v1/workflows")).Expect(200).TotalEntries());
        Assert.Equal("assigned", (await owner.GetAsync($"/v1/requests/{other}")).Expect(200).Record.Str("status"));

        var workflow = (await owner.PostAsync("/v1/workflows", new { subject = "Enough", request_ids = Repeated(request, Limit) })).Expect(201).Id;
        Assert.Equal([request], (await owner.GetAsync($"/v1/workflows/{workflow}/requests")).Expect(200).Ids());

        var first = (await owner.PostAsync("/v1/tasks", new { workflow_id = workflow, subject = "First", category = "implementation" })).Expect(201).Id;
        var tasks = $"/v1/workflows/{workflow}/tasks";
        var before = await TemplateCalls.SnapshotAsync(owner, tasks);
        (await owner.PostAsync("/v1/tasks", new
        {
            workflow_id = workflow, subject = "Approve", category = "approval", required_approvals = 1,
            approver_ids = Unknown(33_000), predecessor_ids = Repeated(first, Limit + 1),
        })).ExpectValidation(("approver_ids", TooMany), ("predecessor_ids", TooMany));
        Assert.Equal(before, await TemplateCalls.SnapshotAsync(owner, tasks));

        var approval = (await owner.PostAsync("/v1/tasks", new
        {
            workflow_id = workflow, subject = "Approve", category = "approval", required_approvals = 1,
            approver_ids = Repeated(account.OwnerId, Limit), predecessor_ids = Repeated(first, Limit),
        })).Expect(201).Id;
        var approvals = (await owner.GetAsync($"/v1/tasks/{approval}/approvals")).Expect(200).Items;
        Assert.Equal(account.OwnerId, Assert.Single(approvals)!["approver"]!.Number("id"));
        Assert.Equal([first], (await owner.GetAsync($"/v1/tasks/{approval}/predecessors")).Expect(200).Ids());
    }

    [Fact]
    public async Task Roles_of_a_permission()
    {
        var account = await World.SupportDomainAsync();
        var person = await account.AddPersonAsync();
        var path = $"/v1/people/{person}/permissions/{account.Id}";

        (await account.Owner.PostAsync(path, new { roles = Enumerable.Repeat("specialist", Limit + 1) })).ExpectValidation(("roles", TooMany));
        (await account.Owner.GetAsync(path)).Expect(404);
        (await account.Owner.PostAsync(path, new { roles = Enumerable.Repeat("specialist", Limit) })).Expect(200);
    }
}
