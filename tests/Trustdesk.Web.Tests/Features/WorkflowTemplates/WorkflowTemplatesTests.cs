using System.Text.Json.Nodes;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.WorkflowTemplates;

/// <summary><c>/v1/workflow_templates</c>: the round trip, the collection conventions and the field rules.</summary>
public sealed class WorkflowTemplatesTests
{
    private static readonly TestWorld World = TestWorld.Shared;

    [Fact]
    public async Task A_workflow_template_is_registered_read_and_updated()
    {
        var account = await World.SupportDomainAsync();

        var created = (await account.Owner.PostAsync("/v1/workflow_templates", new { subject = "Onboarding" })).Expect(201);
        Assert.Equal(["id", "subject", "category", "impact", "justification", "disabled", "source", "sourceID", "created_at", "updated_at"],
            created.Record.Members());
        Assert.Equal("standard", created.Record.Str("category"));
        Assert.Null(created.Record["impact"]);
        Assert.Null(created.Record["justification"]);
        var read = (await account.Owner.GetAsync($"/v1/workflow_templates/{created.Id}")).Expect(200);
        Assert.True(JsonNode.DeepEquals(created.Json, read.Json), $"{created.Text} vs {read.Text}");
        Assert.Equal("W/\"0\"", read.Header("ETag"));

        var updated = (await account.Owner.PatchAsync($"/v1/workflow_templates/{created.Id}", new
        {
            subject = "Onboarding NL",
            category = "order",
            impact = "none",
            justification = "purchase",
            disabled = true,
            source = "hr",
            sourceID = "WF-1",
        })).Expect(200).Record;
        Assert.Equal("Onboarding NL", updated.Str("subject"));
        Assert.Equal("order", updated.Str("category"));
        Assert.Equal("none", updated.Str("impact"));
        Assert.Equal("purchase", updated.Str("justification"));
        Assert.True(updated.Bool("disabled"));
        Assert.Equal("WF-1", updated.Str("sourceID"));

        var cleared = (await account.Owner.PatchAsync($"/v1/workflow_templates/{created.Id}", new { impact = (string?)null, justification = (string?)null }))
            .Expect(200).Record;
        Assert.Null(cleared["impact"]);
        Assert.Null(cleared["justification"]);
        Assert.Equal("order", cleared.Str("category"));
    }

    [Fact]
    public async Task Workflow_templates_list_filter_sort_and_select_fields()
    {
        var account = await World.SupportDomainAsync();
        var onboarding = (await account.Owner.PostAsync("/v1/workflow_templates", new { subject = "Onboarding", impact = "high" })).Expect(201).Id;
        var move = (await account.Owner.PostAsync("/v1/workflow_templates", new { subject = "Move", category = "emergency", impact = "low" })).Expect(201).Id;
        var leave = (await account.Owner.PostAsync("/v1/workflow_templates", new { subject = "Leave", category = "non_standard", justification = "removal" }))
            .Expect(201).Id;

        var all = (await account.Owner.GetAsync("/v1/workflow_templates")).Expect(200);
        Assert.Equal([onboarding, move, leave], all.Ids());
        Assert.Equal(["id", "subject", "category", "impact", "disabled"], all.Items[0]!.Members());
        Assert.Equal([leave, move, onboarding], (await account.Owner.GetAsync("/v1/workflow_templates?sort=subject")).Expect(200).Ids());
        Assert.Equal([onboarding, leave, move], (await account.Owner.GetAsync("/v1/workflow_templates?sort=-category")).Expect(200).Ids());
        Assert.Equal([move], (await account.Owner.GetAsync("/v1/workflow_templates?category=emergency")).Expect(200).Ids());
        Assert.Equal([leave], (await account.Owner.GetAsync("/v1/workflow_templates?impact=")).Expect(200).Ids());
        Assert.Equal([leave], (await account.Owner.GetAsync("/v1/workflow_templates?justification=removal")).Expect(200).Ids());
        Assert.Equal(["id", "justification"],
            (await account.Owner.GetAsync("/v1/workflow_templates?fields=justification")).Expect(200).Items[0]!.Members());
        (await account.Owner.GetAsync("/v1/workflow_templates?sort=justification")).Expect(400);
        (await account.Owner.GetAsync("/v1/workflow_templates?fields=phases")).Expect(400, """{"message":"Unknown fields: phases"}""");
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_422_and_writes_nothing()
    {
        var account = await World.SupportDomainAsync();
        var id = await account.AddWorkflowTemplateAsync();
        var path = $"/v1/workflow_templates/{id}";
        var before = await TemplateCalls.SnapshotAsync(account.Owner, path, "/v1/workflow_templates");

        (await account.Owner.PostAsync("/v1/workflow_templates", new { category = "standard" })).ExpectValidation(("subject", "can't be blank"));
        (await account.Owner.PostAsync("/v1/workflow_templates", new { subject = "x", category = "urgent", impact = "huge", justification = "whim" }))
            .ExpectValidation(("category", "must be one of: standard, non_standard, emergency, order"),
                ("impact", "must be one of: none, low, medium, high, top"),
                ("justification", "must be one of: compliance, correction, expansion, improvement, maintenance, move, removal, replacement, purchase"));
        (await account.Owner.PostAsync("/v1/workflow_templates", new { subject = new string('x', 256), source = new string('s', 101) }))
            .ExpectValidation(("subject", "is too long (maximum is 255 characters)"), ("source", "is too long (maximum is 100 characters)"));
        (await account.Owner.PostAsync("/v1/workflow_templates", new { subject = "x", workflow_manager_id = 1 }))
            .ExpectValidation(("workflow_manager_id", "is not a known field"));
        (await account.Owner.PostAsync("/v1/workflow_templates", new { subject = 12 })).ExpectValidation(("subject", "has the wrong type"));
        (await account.Owner.SendRawAsync(HttpMethod.Post, "/v1/workflow_templates", "{")).Expect(400, """{"message":"Invalid JSON string posted"}""");
        (await account.Owner.PatchAsync(path, new { category = (string?)null })).ExpectValidation(("category", "can't be blank"));
        (await account.Owner.PatchAsync(path, new { subject = (string?)null })).ExpectValidation(("subject", "can't be blank"));
        (await account.Owner.PatchAsync(path, new { impact = 3 })).ExpectValidation(("impact", "has the wrong type"));

        Assert.Equal(before, await TemplateCalls.SnapshotAsync(account.Owner, path, "/v1/workflow_templates"));
    }
}
