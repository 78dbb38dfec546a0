using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.WorkflowTemplates;

/// <summary>
/// Who may: a role in the account reads templates, administrators and workflow managers write them, and another
/// account's template answers exactly like a missing one.
/// </summary>
public sealed class TemplateAccessTests
{
    private static readonly TestWorld World = TestWorld.Shared;

    private sealed record Records(long TaskTemplate, long WorkflowTemplate, long Phase, long Relation, long SparePhase)
    {
        public string[] ReadPaths =>
        [
            $"/v1/task_templates/{TaskTemplate}", $"/v1/workflow_templates/{WorkflowTemplate}",
            $"/v1/workflow_templates/{WorkflowTemplate}/phases", $"/v1/workflow_templates/{WorkflowTemplate}/task_template_relations",
        ];
    }

    private static async Task<Records> RecordsAsync(Tenant account)
    {
        var task = await account.AddTaskTemplateAsync();
        var workflow = await account.AddWorkflowTemplateAsync();
        var phase = await account.AddPhaseAsync(workflow, "Implementation");
        var relation = await account.AddRelationAsync(workflow, task, phase);
        return new Records(task, workflow, phase, relation, await account.AddPhaseAsync(workflow, "Spare"));
    }

    /// <summary>Every write of the API on <paramref name="r"/>, each as it would succeed for a writer.</summary>
    private static IEnumerable<Func<ApiClient, Task<ApiResponse>>> Writes(Records r)
    {
        var template = $"/v1/workflow_templates/{r.WorkflowTemplate}";
        yield return c => c.PostAsync("/v1/task_templates", new { subject = "x", category = "implementation", planned_duration = 1 });
        yield return c => c.PatchAsync($"/v1/task_templates/{r.TaskTemplate}", new { subject = "Changed" });
        yield return c => c.PostAsync("/v1/workflow_templates", new { subject = "x" });
        yield return c => c.PatchAsync(template, new { subject = "Changed" });
        yield return c => c.PostAsync($"{template}/phases", new { name = "New" });
        yield return c => c.PatchAsync($"{template}/phases/{r.Phase}", new { name = "Changed" });
        yield return c => c.PostAsync($"{template}/task_template_relations", new { task_template_id = r.TaskTemplate, phase_id = r.Phase });
        yield return c => c.PatchAsync($"{template}/task_template_relations/{r.Relation}", new { position = 7 });
        yield return c => c.DeleteAsync($"{template}/task_template_relations/{r.Relation}");
        yield return c => c.DeleteAsync($"{template}/phases/{r.SparePhase}");
    }

    [Fact]
    public async Task A_specialist_reads_but_only_administrators_and_workflow_managers_write()
    {
        var directory = await World.DirectoryAsync();
        var account = await World.SupportDomainAsync(directory);
        var r = await RecordsAsync(account);
        var person = directory.Owner.In(account.Id);
        await account.GrantAsync(directory.OwnerId, "specialist");

        foreach (var path in r.ReadPaths) (await person.GetAsync(path)).Expect(200);
        (await person.GetAsync("/v1/task_templates")).Expect(200);
        (await person.GetAsync("/v1/workflow_templates")).Expect(200);
        var before = await TemplateCalls.SnapshotAsync(account.Owner, [.. r.ReadPaths, "/v1/task_templates", "/v1/workflow_templates"]);
        foreach (var write in Writes(r))
        {
            var refused = (await write(person)).Expect(403);
            Assert.Equal("""{"message":"Forbidden"}""", refused.Text);
        }
        Assert.Equal(before, await TemplateCalls.SnapshotAsync(account.Owner, [.. r.ReadPaths, "/v1/task_templates", "/v1/workflow_templates"]));

        await account.GrantAsync(directory.OwnerId, "workflow_manager");
        foreach (var write in Writes(r))
            Assert.InRange((await write(person)).Status, 200, 204);
    }

    [Fact]
    public async Task Another_accounts_templates_answer_like_missing_ones()
    {
        var owner = await World.SupportDomainAsync();
        var r = await RecordsAsync(owner);
        var other = await World.SupportDomainAsync();
        var never = Answers.NeverExistingId;

        Answers.SameAsMissing(await other.Owner.GetAsync($"/v1/task_templates/{r.TaskTemplate}"), await other.Owner.GetAsync($"/v1/task_templates/{never}"));
        Answers.SameAsMissing(await other.Owner.GetAsync($"/v1/workflow_templates/{r.WorkflowTemplate}"),
            await other.Owner.GetAsync($"/v1/workflow_templates/{never}"));
        Answers.SameAsMissing(await other.Owner.GetAsync($"/v1/workflow_templates/{r.WorkflowTemplate}/phases"),
            await other.Owner.GetAsync($"/v1/workflow_templates/{never}/phases"));
        Answers.SameAsMissing(await other.Owner.GetAsync($"/v1/workflow_templates/{r.WorkflowTemplate}/task_template_relations"),
            await other.Owner.GetAsync($"/v1/workflow_templates/{never}/task_template_relations"));
        Answers.SameAsMissing(await other.Owner.PatchAsync($"/v1/task_templates/{r.TaskTemplate}", new { subject = "Mine" }),
            await other.Owner.PatchAsync($"/v1/task_templates/{never}", new { subject = "Mine" }));
        Answers.SameAsMissing(await other.Owner.PatchAsync($"/v1/workflow_templates/{r.WorkflowTemplate}", new { subject = "Mine" }),
            await other.Owner.PatchAsync($"/v1/workflow_templates/{never}", new { subject = "Mine" }));
        Answers.SameAsMissing(await other.Owner.PostAsync($"/v1/workflow_templates/{r.WorkflowTemplate}/phases", new { name = "Mine" }),
            await other.Owner.PostAsync($"/v1/workflow_templates/{never}/phases", new { name = "Mine" }));
        Answers.SameAsMissing(await other.Owner.PatchAsync($"/v1/workflow_templates/{r.WorkflowTemplate}/phases/{r.Phase}", new { name = "Mine" }),
            await other.Owner.PatchAsync($"/v1/workflow_templates/{never}/phases/{never}", new { name = "Mine" }));
        Answers.SameAsMissing(await other.Owner.DeleteAsync($"/v1/workflow_templates/{r.WorkflowTemplate}/task_template_relations/{r.Relation}"),
            await other.Owner.DeleteAsync($"/v1/workflow_templates/{never}/task_template_relations/{never}"));
        Answers.SameAsMissing(await other.Owner.DeleteAsync($"/v1/workflow_templates/{r.WorkflowTemplate}/phases/{r.Phase}"),
            await other.Owner.DeleteAsync($"/v1/workflow_templates/{never}/phases/{never}"));
        Assert.Equal(0, (await other.Owner.GetAsync("/v1/task_templates")).Expect(200).TotalEntries());
        Assert.Equal(0, (await other.Owner.GetAsync("/v1/workflow_templates")).Expect(200).TotalEntries());

        // Its own template cannot borrow the other account's task template either.
        var mine = await other.AddWorkflowTemplateAsync();
        var myPhase = await other.AddPhaseAsync(mine, "Mine");
        (await other.Owner.PostAsync($"/v1/workflow_templates/{mine}/task_template_relations", new { task_template_id = r.TaskTemplate, phase_id = myPhase }))
            .ExpectValidation(("task_template_id", "does not exist"));

        foreach (var path in r.ReadPaths) (await owner.Owner.GetAsync(path)).Expect(200);
        Assert.NotEqual("Mine", (await owner.Owner.GetAsync($"/v1/task_templates/{r.TaskTemplate}")).Expect(200).Record.Str("subject"));
    }

    [Fact]
    public async Task An_end_user_without_a_role_reads_and_writes_nothing()
    {
        var directory = await World.DirectoryAsync();
        var account = await World.SupportDomainAsync(directory);
        var r = await RecordsAsync(account);
        var endUser = directory.Owner.In(account.Id);

        (await endUser.GetAsync("/v1/task_templates")).Expect(403);
        (await endUser.GetAsync("/v1/workflow_templates")).Expect(403);
        foreach (var path in r.ReadPaths) (await endUser.GetAsync(path)).Expect(404);
        (await endUser.PostAsync("/v1/task_templates", new { subject = "x", category = "implementation", planned_duration = 1 })).Expect(403);
        (await endUser.PatchAsync($"/v1/task_templates/{r.TaskTemplate}", new { subject = "x" })).Expect(404);
        (await endUser.PostAsync($"/v1/workflow_templates/{r.WorkflowTemplate}/phases", new { name = "x" })).Expect(404);
    }
}
