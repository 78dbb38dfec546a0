using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.WorkflowTemplates;

/// <summary>
/// The templates' isolation with the EF account filter switched off: on PostgreSQL, row-level security alone keeps
/// other accounts' templates, phases, relations, teams and people out, and still reads a trusted provider's team.
/// </summary>
public sealed class TemplateRowLevelSecurityTests(FilterDisabledServer filterDisabled) : IClassFixture<FilterDisabledServer>
{
    [Fact]
    [Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public async Task Without_the_account_filter_row_level_security_alone_keeps_templates_apart()
    {
        PostgresOnly.Require();
        var world = new TestWorld(filterDisabled.Server);
        var account = await world.SupportDomainAsync();
        var provider = await world.SupportDomainAsync();
        var stranger = await world.SupportDomainAsync();
        await TemplateCalls.TrustAsync(account, provider, ["tasks"]);
        var providersTeam = await provider.AddTeamAsync("Provider desk");
        var strangersTeam = await stranger.AddTeamAsync();
        var strangersPerson = await stranger.AddPersonAsync();
        var strangersTask = await stranger.AddTaskTemplateAsync();
        var strangersTemplate = await stranger.AddWorkflowTemplateAsync();
        var strangersPhase = await stranger.AddPhaseAsync(strangersTemplate, "Theirs");
        var strangersRelation = await stranger.AddRelationAsync(strangersTemplate, strangersTask, strangersPhase);

        var task = await account.AddTaskTemplateAsync("Prepare", more: new { team_id = providersTeam });
        var template = await account.AddWorkflowTemplateAsync();
        var phase = await account.AddPhaseAsync(template, "Mine");
        var relation = await account.AddRelationAsync(template, task, phase);
        var a = account.Owner;

        Assert.Equal([task], (await a.GetAsync("/v1/task_templates")).Expect(200).Ids());
        Assert.Equal("Provider desk", (await a.GetAsync($"/v1/task_templates/{task}")).Expect(200).Record["team"]!.Str("name"));
        Assert.Equal([template], (await a.GetAsync("/v1/workflow_templates")).Expect(200).Ids());
        Assert.Equal([phase], (await a.GetAsync($"/v1/workflow_templates/{template}/phases")).Expect(200).Ids());
        Assert.Equal([relation], (await a.GetAsync($"/v1/workflow_templates/{template}/task_template_relations")).Expect(200).Ids());
        var never = Answers.NeverExistingId;
        Answers.SameAsMissing(await a.GetAsync($"/v1/task_templates/{strangersTask}"), await a.GetAsync($"/v1/task_templates/{never}"));
        Answers.SameAsMissing(await a.GetAsync($"/v1/workflow_templates/{strangersTemplate}/task_template_relations"),
            await a.GetAsync($"/v1/workflow_templates/{never}/task_template_relations"));
        Answers.SameAsMissing(await a.PatchAsync($"/v1/workflow_templates/{strangersTemplate}/phases/{strangersPhase}", new { name = "Hijacked" }),
            await a.PatchAsync($"/v1/workflow_templates/{never}/phases/{never}", new { name = "Hijacked" }));

        (await a.PostAsync("/v1/task_templates", new { subject = "x", category = "implementation", planned_duration = 1, team_id = strangersTeam }))
            .ExpectValidation(("team_id", "is not a team of this account or of an account it trusts with tasks"));
        (await a.PostAsync("/v1/task_templates", new { subject = "x", category = "approval", planned_duration = 1, approver_ids = new[] { strangersPerson } }))
            .ExpectValidation(("approver_ids", "must be people of this account or its directory"));
        (await a.PostAsync($"/v1/workflow_templates/{template}/task_template_relations",
                new { task_template_id = strangersTask, phase_id = strangersPhase, predecessor_ids = new[] { strangersRelation } }))
            .ExpectValidation(("task_template_id", "does not exist"), ("phase_id", "is not a phase of this workflow template"),
                ("predecessor_ids", "must name task template relations of this workflow template"));
        Assert.Equal([strangersRelation], (await stranger.Owner.GetAsync($"/v1/workflow_templates/{strangersTemplate}/task_template_relations")).Expect(200).Ids());
    }
}
