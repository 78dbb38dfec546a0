using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.WorkflowTemplates;

/// <summary><c>/v1/workflow_templates/:id/phases</c>: ordering, names unique per template, and the deletion rule.</summary>
public sealed class PhasesTests
{
    private static readonly TestWorld World = TestWorld.Shared;

    [Fact]
    public async Task Phases_list_by_position_and_a_new_one_goes_last_unless_told()
    {
        var account = await World.SupportDomainAsync();
        var template = await account.AddWorkflowTemplateAsync();
        var phases = $"/v1/workflow_templates/{template}/phases";

        var prepare = (await account.Owner.PostAsync(phases, new { name = "Preparation" })).Expect(201);
        Assert.Equal(["id", "name", "position", "created_at", "updated_at"], prepare.Record.Members());
        Assert.Equal(1, prepare.Record.Number("position"));
        var implement = (await account.Owner.PostAsync(phases, new { name = "Implementation", position = 5 })).Expect(201).Id;
        var approve = (await account.Owner.PostAsync(phases, new { name = "Approval", position = 2 })).Expect(201).Id;
        var close = (await account.Owner.PostAsync(phases, new { name = "Closure" })).Expect(201);
        Assert.Equal(6, close.Record.Number("position"));

        var listed = (await account.Owner.GetAsync(phases)).Expect(200);
        Assert.Equal([prepare.Id, approve, implement, close.Id], listed.Ids());
        Assert.Equal(4, listed.TotalEntries());
        Assert.Equal(["Approval", "Closure", "Implementation", "Preparation"], (await account.Owner.GetAsync($"{phases}?sort=name")).Expect(200).Values("name"));
        Assert.Equal([implement], (await account.Owner.GetAsync($"{phases}?position=>=3<6")).Expect(200).Ids());

        var moved = (await account.Owner.PatchAsync($"{phases}/{close.Id}", new { name = "Close-out", position = 1 })).Expect(200).Record;
        Assert.Equal("Close-out", moved.Str("name"));
        // Equal positions keep the order they were made in.
        Assert.Equal([prepare.Id, close.Id, approve, implement], (await account.Owner.GetAsync(phases)).Expect(200).Ids());

        // Another template's phases are its own.
        var other = await account.AddWorkflowTemplateAsync("Offboarding");
        Assert.Equal(0, (await account.Owner.GetAsync($"/v1/workflow_templates/{other}/phases")).Expect(200).TotalEntries());
        (await account.Owner.PatchAsync($"/v1/workflow_templates/{other}/phases/{approve}", new { name = "Stolen" })).Expect(404);
        (await account.Owner.DeleteAsync($"/v1/workflow_templates/{other}/phases/{approve}")).Expect(404);
    }

    [Fact]
    public async Task Names_are_unique_per_template_positions_start_at_one_and_refusals_write_nothing()
    {
        var account = await World.SupportDomainAsync();
        var template = await account.AddWorkflowTemplateAsync();
        var phases = $"/v1/workflow_templates/{template}/phases";
        var first = await account.AddPhaseAsync(template, "Preparation");
        await account.AddPhaseAsync(template, "Approval");
        // The same name in another template is fine.
        await account.AddPhaseAsync(await account.AddWorkflowTemplateAsync("Other"), "Preparation");
        var before = await TemplateCalls.SnapshotAsync(account.Owner, phases, $"/v1/workflow_templates/{template}");

        (await account.Owner.PostAsync(phases, new { name = " Preparation " })).ExpectValidation(("name", "has already been taken"));
        (await account.Owner.PatchAsync($"{phases}/{first}", new { name = "Approval" })).ExpectValidation(("name", "has already been taken"));
        (await account.Owner.PostAsync(phases, new { name = "" })).ExpectValidation(("name", "can't be blank"));
        (await account.Owner.PostAsync(phases, new { position = 1 })).ExpectValidation(("name", "can't be blank"));
        (await account.Owner.PostAsync(phases, new { name = "Zero", position = 0 })).ExpectValidation(("position", "must be greater than or equal to 1"));
        (await account.Owner.PatchAsync($"{phases}/{first}", new { position = (int?)null })).ExpectValidation(("position", "can't be blank"));
        (await account.Owner.PatchAsync($"{phases}/{first}", new { position = -4 })).ExpectValidation(("position", "must be greater than or equal to 1"));
        (await account.Owner.PostAsync(phases, new { name = new string('p', 256) })).ExpectValidation(("name", "is too long (maximum is 255 characters)"));
        (await account.Owner.PostAsync(phases, new { name = "x", status = "registered" })).ExpectValidation(("status", "is not a known field"));
        (await account.Owner.PostAsync(phases, new { name = "x", position = "first" })).ExpectValidation(("position", "has the wrong type"));
        (await account.Owner.PostAsync($"/v1/workflow_templates/{Answers.NeverExistingId}/phases", new { name = "Lost" })).Expect(404);

        Assert.Equal(before, await TemplateCalls.SnapshotAsync(account.Owner, phases, $"/v1/workflow_templates/{template}"));
        // A name freed by a rename can be taken again.
        (await account.Owner.PatchAsync($"{phases}/{first}", new { name = "Intake" })).Expect(200);
        (await account.Owner.PostAsync(phases, new { name = "Preparation" })).Expect(201);
    }

    [Fact]
    public async Task A_phase_in_use_by_relations_is_not_deleted_and_an_empty_one_is()
    {
        var account = await World.SupportDomainAsync();
        var template = await account.AddWorkflowTemplateAsync();
        var phases = $"/v1/workflow_templates/{template}/phases";
        var used = await account.AddPhaseAsync(template, "Implementation");
        var empty = await account.AddPhaseAsync(template, "Spare");
        var relation = await account.AddRelationAsync(template, await account.AddTaskTemplateAsync(), used);
        var before = await TemplateCalls.SnapshotAsync(account.Owner, phases, $"/v1/workflow_templates/{template}/task_template_relations");

        (await account.Owner.DeleteAsync($"{phases}/{used}"))
            .ExpectValidation(("phase", "is used by task template relations; move or delete them first"));
        Assert.Equal(before, await TemplateCalls.SnapshotAsync(account.Owner, phases, $"/v1/workflow_templates/{template}/task_template_relations"));

        (await account.Owner.DeleteAsync($"{phases}/{empty}")).Expect(204);
        (await account.Owner.DeleteAsync($"{phases}/{empty}")).Expect(404);
        (await account.Owner.PatchAsync($"/v1/workflow_templates/{template}/task_template_relations/{relation}", new { phase_id = empty }))
            .ExpectValidation(("phase_id", "is not a phase of this workflow template"));

        var spare = await account.AddPhaseAsync(template, "Spare");
        (await account.Owner.PatchAsync($"/v1/workflow_templates/{template}/task_template_relations/{relation}", new { phase_id = spare })).Expect(200);
        (await account.Owner.DeleteAsync($"{phases}/{used}")).Expect(204);
        Assert.Equal([spare], (await account.Owner.GetAsync(phases)).Expect(200).Ids());
    }
}
