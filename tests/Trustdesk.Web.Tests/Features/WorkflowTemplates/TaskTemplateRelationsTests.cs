using System.Text.Json.Nodes;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.WorkflowTemplates;

/// <summary>
/// <c>/v1/workflow_templates/:id/task_template_relations</c>: placing task templates in phases, predecessors without
/// cycles, the failure relation, and removing a relation only when nothing points at it.
/// </summary>
public sealed class TaskTemplateRelationsTests
{
    private static readonly TestWorld World = TestWorld.Shared;
    private const string NotARelation = "must name task template relations of this workflow template";

    private sealed record Template(Tenant Account, long Id, long Early, long Late, long Task)
    {
        public string Relations => $"/v1/workflow_templates/{Id}/task_template_relations";
        public string Relation(long id) => $"{Relations}/{id}";
        public string Header => $"/v1/workflow_templates/{Id}";
        public ApiClient Owner => Account.Owner;

        public async Task<long> AddAsync(long phase, object? more = null)
        {
            var body = new JsonObject { ["task_template_id"] = Task, ["phase_id"] = phase };
            if (more is not null)
                foreach (var (name, value) in JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(more))!.AsObject()) body[name] = value?.DeepClone();
            return (await Owner.PostAsync(Relations, body.ToJsonString())).Expect(201).Id;
        }

        public Task<string> SnapshotAsync() => TemplateCalls.SnapshotAsync(Owner, Relations, Header, $"{Header}/phases");
    }

    /// <summary>A template with two phases (Early at position 1, Late at 2, made in the other order) and one task template.</summary>
    private static async Task<Template> TemplateAsync()
    {
        var account = await World.SupportDomainAsync();
        var id = await account.AddWorkflowTemplateAsync();
        var late = await account.AddPhaseAsync(id, "Late", 2);
        var early = await account.AddPhaseAsync(id, "Early", 1);
        return new Template(account, id, early, late, await account.AddTaskTemplateAsync("Prepare laptop"));
    }

    [Fact]
    public async Task Relations_list_by_phase_then_position_with_their_predecessors()
    {
        var t = await TemplateAsync();
        var approval = await t.Account.AddTaskTemplateAsync("Approve the hire", "approval");
        var headerBefore = (await t.Owner.GetAsync(t.Header)).Expect(200).Header("ETag");

        var lateFirst = await t.AddAsync(t.Late);
        var earlyFirst = await t.AddAsync(t.Early);
        var earlySecond = await t.AddAsync(t.Early);
        var created = (await t.Owner.PostAsync(t.Relations, new
        {
            task_template_id = approval,
            phase_id = t.Late,
            position = 1,
            predecessor_ids = new[] { earlySecond, earlyFirst, earlyFirst },
        })).Expect(201);
        var lateSecond = created.Id;
        Assert.Equal("W/\"0\"", created.Header("ETag"));

        var expected = JsonNode.Parse($$"""
            {"id":{{lateSecond}},"task_template":{"id":{{approval}},"name":"Approve the hire"},"phase":{"id":{{t.Late}},"name":"Late"},"position":1,
             "predecessors":[{"id":{{earlyFirst}},"name":"Prepare laptop"},{"id":{{earlySecond}},"name":"Prepare laptop"}],
             "failure_task_template_relation":null}
            """)!.AsObject();
        var rendered = created.Record.DeepClone().AsObject();
        Assert.NotNull(rendered.Str("created_at"));
        rendered.Remove("created_at");
        rendered.Remove("updated_at");
        Assert.True(JsonNode.DeepEquals(expected, rendered), created.Text);
        Assert.True(JsonNode.DeepEquals(created.Json, (await t.Owner.GetAsync(t.Relations + $"?id={lateSecond}&fields=" +
            "task_template,phase,position,predecessors,failure_task_template_relation,created_at,updated_at")).Expect(200).Items[0]));

        var listed = (await t.Owner.GetAsync(t.Relations)).Expect(200);
        Assert.Equal([earlyFirst, earlySecond, lateFirst, lateSecond], listed.Ids());
        Assert.Equal([1L, 2L, 1L, 1L], listed.Items.Select(i => i!.Number("position")).ToList());
        Assert.Equal([lateFirst, lateSecond], (await t.Owner.GetAsync($"{t.Relations}?phase_id={t.Late}")).Expect(200).Ids());
        Assert.Equal([lateSecond], (await t.Owner.GetAsync($"{t.Relations}?task_template_id={approval}")).Expect(200).Ids());
        Assert.NotEqual(headerBefore, (await t.Owner.GetAsync(t.Header)).Expect(200).Header("ETag"));

        // predecessor_ids replaces the set; moving to another phase without a position puts it last there.
        var replaced = (await t.Owner.PatchAsync(t.Relation(lateSecond), new { predecessor_ids = new[] { lateFirst } })).Expect(200);
        Assert.Equal([lateFirst], replaced.Record.RefIds("predecessors"));
        Assert.Equal("W/\"1\"", replaced.Header("ETag"));
        var moved = (await t.Owner.PatchAsync(t.Relation(lateFirst), new { phase_id = t.Early })).Expect(200).Record;
        Assert.Equal(3, moved.Number("position"));
        Assert.Equal([earlyFirst, earlySecond, lateFirst, lateSecond], (await t.Owner.GetAsync(t.Relations)).Expect(200).Ids());
        (await t.Owner.PatchAsync(t.Relation(earlyFirst), new { position = 9 })).Expect(200);
        Assert.Equal([earlySecond, lateFirst, earlyFirst, lateSecond], (await t.Owner.GetAsync(t.Relations)).Expect(200).Ids());
        Assert.Empty((await t.Owner.PatchAsync(t.Relation(lateSecond), new { predecessor_ids = (long[]?)null })).Expect(200).Record["predecessors"]!.AsArray());
    }

    [Fact]
    public async Task A_dependency_cycle_is_refused_with_the_cycle_and_nothing_is_written()
    {
        var t = await TemplateAsync();
        var first = await t.AddAsync(t.Early);
        var second = await t.AddAsync(t.Early, new { predecessor_ids = new[] { first } });
        var third = await t.AddAsync(t.Late, new { predecessor_ids = new[] { second } });
        var before = await t.SnapshotAsync();

        (await t.Owner.PatchAsync(t.Relation(first), new { predecessor_ids = new[] { third } }))
            .ExpectValidation(("predecessor_ids", $"would make a cycle: {third} → {first} → {second} → {third}"));
        (await t.Owner.PatchAsync(t.Relation(second), new { predecessor_ids = new[] { first, third } }))
            .ExpectValidation(("predecessor_ids", $"would make a cycle: {third} → {second} → {third}"));
        (await t.Owner.PatchAsync(t.Relation(first), new { predecessor_ids = new[] { first }, position = 4 }))
            .ExpectValidation(("predecessor_ids", $"would make a cycle: {first} → {first}"));
        Assert.Equal(before, await t.SnapshotAsync());

        // Replacing a relation's own predecessors is no cycle: its old edges go.
        (await t.Owner.PatchAsync(t.Relation(second), new { predecessor_ids = Array.Empty<long>() })).Expect(200);
        Assert.Equal([third], (await t.Owner.PatchAsync(t.Relation(first), new { predecessor_ids = new[] { third } })).Expect(200).Record.RefIds("predecessors"));
    }

    [Fact]
    public async Task Predecessors_failure_relations_phases_and_task_templates_must_be_of_this_template_and_account()
    {
        var t = await TemplateAsync();
        var relation = await t.AddAsync(t.Early);
        var other = await t.Account.AddWorkflowTemplateAsync("Offboarding");
        var otherPhase = await t.Account.AddPhaseAsync(other, "Elsewhere");
        var otherRelation = await t.Account.AddRelationAsync(other, t.Task, otherPhase);
        var stranger = await World.SupportDomainAsync();
        var strangersTask = await stranger.AddTaskTemplateAsync();
        var before = await t.SnapshotAsync();

        (await t.Owner.PostAsync(t.Relations, new { position = 1 }))
            .ExpectValidation(("task_template_id", "can't be blank"), ("phase_id", "can't be blank"));
        (await t.Owner.PostAsync(t.Relations, new { task_template_id = strangersTask, phase_id = otherPhase }))
            .ExpectValidation(("task_template_id", "does not exist"), ("phase_id", "is not a phase of this workflow template"));
        (await t.Owner.PostAsync(t.Relations, new { task_template_id = Answers.NeverExistingId, phase_id = t.Early }))
            .ExpectValidation(("task_template_id", "does not exist"));
        (await t.Owner.PostAsync(t.Relations, new { task_template_id = t.Task, phase_id = t.Early, predecessor_ids = new[] { relation, otherRelation } }))
            .ExpectValidation(("predecessor_ids", NotARelation));
        (await t.Owner.PostAsync(t.Relations, new { task_template_id = t.Task, phase_id = t.Early, failure_task_template_relation_id = otherRelation }))
            .ExpectValidation(("failure_task_template_relation_id", NotARelation));
        (await t.Owner.PostAsync(t.Relations, new { task_template_id = t.Task, phase_id = t.Early, position = 0 }))
            .ExpectValidation(("position", "must be greater than or equal to 1"));
        (await t.Owner.PostAsync(t.Relations, new { task_template_id = t.Task, phase_id = t.Early, predecessor_ids = new[] { "a" } }))
            .ExpectValidation(("predecessor_ids", "has the wrong type"));
        (await t.Owner.PostAsync(t.Relations, new { task_template_id = t.Task, phase_id = t.Early, phase_name = "Early" }))
            .ExpectValidation(("phase_name", "is not a known field"));
        (await t.Owner.PatchAsync(t.Relation(relation), new { predecessor_ids = new[] { Answers.NeverExistingId } }))
            .ExpectValidation(("predecessor_ids", NotARelation));
        (await t.Owner.PatchAsync(t.Relation(relation), new { predecessor_ids = Enumerable.Range(-10_000, 500).Select(i => (long)i).ToArray() }))
            .ExpectValidation(("predecessor_ids", NotARelation));
        // Past the limit of a body's lists, the list is refused as such (Conventions/BodyListLimitTests).
        (await t.Owner.PatchAsync(t.Relation(relation), new { predecessor_ids = Enumerable.Range(-10_000, 30_000).Select(i => (long)i).ToArray() }))
            .ExpectValidation(("predecessor_ids", "has too many items (maximum is 500)"));
        (await t.Owner.PatchAsync(t.Relation(relation), new { task_template_id = (long?)null, phase_id = (long?)null, position = (int?)null }))
            .ExpectValidation(("task_template_id", "can't be blank"), ("phase_id", "can't be blank"), ("position", "can't be blank"));
        (await t.Owner.PatchAsync(t.Relation(relation), new { failure_task_template_relation_id = relation }))
            .ExpectValidation(("failure_task_template_relation_id", "can't be the relation itself"));
        // A relation is reached only through its own template.
        (await t.Owner.PatchAsync($"/v1/workflow_templates/{other}/task_template_relations/{relation}", new { position = 3 })).Expect(404);
        (await t.Owner.DeleteAsync($"/v1/workflow_templates/{other}/task_template_relations/{relation}")).Expect(404);

        Assert.Equal(before, await t.SnapshotAsync());
    }

    [Fact]
    public async Task A_failure_relation_is_named_and_a_relation_others_point_at_is_not_deleted()
    {
        var t = await TemplateAsync();
        var rollback = await t.Account.AddTaskTemplateAsync("Roll back");
        var install = await t.AddAsync(t.Early);
        var undo = (await t.Owner.PostAsync(t.Relations, new { task_template_id = rollback, phase_id = t.Late })).Expect(201).Id;
        var test = await t.AddAsync(t.Late, new { predecessor_ids = new[] { install }, failure_task_template_relation_id = undo });

        var read = (await t.Owner.GetAsync($"{t.Relations}?id={test}&fields=failure_task_template_relation")).Expect(200);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($$"""{"id":{{undo}},"name":"Roll back"}"""), read.Items[0]!["failure_task_template_relation"]), read.Text);

        var before = await t.SnapshotAsync();
        (await t.Owner.DeleteAsync(t.Relation(install)))
            .ExpectValidation(("task_template_relation", $"is a predecessor of {test}; remove it from their predecessors first"));
        (await t.Owner.DeleteAsync(t.Relation(undo)))
            .ExpectValidation(("task_template_relation", $"is the failure relation of {test}; name another there first"));
        Assert.Equal(before, await t.SnapshotAsync());

        // The relation that waits and fails over goes first; its own edges go with it.
        (await t.Owner.DeleteAsync(t.Relation(test))).Expect(204);
        (await t.Owner.DeleteAsync(t.Relation(test))).Expect(404);
        (await t.Owner.DeleteAsync(t.Relation(install))).Expect(204);
        (await t.Owner.DeleteAsync(t.Relation(undo))).Expect(204);
        Assert.Equal(0, (await t.Owner.GetAsync(t.Relations)).Expect(200).TotalEntries());
        // Task templates outlive the relations that placed them.
        (await t.Owner.GetAsync($"/v1/task_templates/{rollback}")).Expect(200);
    }
}
