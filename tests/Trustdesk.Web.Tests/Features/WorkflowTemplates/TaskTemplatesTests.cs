using System.Text.Json.Nodes;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.WorkflowTemplates;

/// <summary><c>/v1/task_templates</c>: the round trip, the collection conventions and the field rules.</summary>
public sealed class TaskTemplatesTests
{
    private static readonly TestWorld World = TestWorld.Shared;

    [Fact]
    public async Task A_task_template_is_registered_read_and_updated()
    {
        var account = await World.SupportDomainAsync();
        var team = await account.AddTeamAsync("Workplace");

        var created = (await account.Owner.PostAsync("/v1/task_templates", new
        {
            subject = "  Prepare laptop  ",
            category = "implementation",
            instructions = "Image it with the standard build.",
            team_id = team,
            planned_duration = 90,
            source = "hr-tool",
            sourceID = "T-1",
        })).Expect(201);
        Assert.Equal("W/\"0\"", created.Header("ETag"));
        var read = (await account.Owner.GetAsync($"/v1/task_templates/{created.Id}")).Expect(200);
        Assert.True(JsonNode.DeepEquals(created.Json, read.Json), $"{created.Text} vs {read.Text}");
        Assert.Equal(
            ["id", "subject", "category", "instructions", "team", "planned_duration", "required_approvals", "approvers", "disabled", "source", "sourceID",
                "created_at", "updated_at"],
            read.Record.Members());
        Assert.Equal("Prepare laptop", read.Record.Str("subject"));
        Assert.Equal("implementation", read.Record.Str("category"));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($$"""{"id":{{team}},"name":"Workplace"}"""), read.Record["team"]), read.Text);
        Assert.Equal(90, read.Record.Number("planned_duration"));
        Assert.Null(read.Record["required_approvals"]);
        Assert.Empty(read.Record["approvers"]!.AsArray());
        Assert.False(read.Record.Bool("disabled"));
        Assert.Equal("T-1", read.Record.Str("sourceID"));

        var updated = (await account.Owner.PatchAsync($"/v1/task_templates/{created.Id}",
            new { subject = "Prepare laptop and phone", team_id = (long?)null, planned_duration = 0, disabled = true, instructions = (string?)null }))
            .Expect(200);
        Assert.Equal("W/\"1\"", updated.Header("ETag"));
        Assert.Equal("Prepare laptop and phone", updated.Record.Str("subject"));
        Assert.Null(updated.Record["team"]);
        Assert.Null(updated.Record["instructions"]);
        Assert.Equal(0, updated.Record.Number("planned_duration"));
        Assert.True(updated.Record.Bool("disabled"));
        Assert.Equal("implementation", updated.Record.Str("category"));

        // PUT is PATCH's alias, and If-Match with a stale ETag changes nothing.
        (await account.Owner.PutAsync($"/v1/task_templates/{created.Id}", new { category = "risk_and_impact" })).Expect(200);
        (await account.Owner.PatchAsync($"/v1/task_templates/{created.Id}", new { subject = "Stale" }, ("If-Match", "W/\"1\""))).Expect(412);
        Assert.Equal("Prepare laptop and phone", (await account.Owner.GetAsync($"/v1/task_templates/{created.Id}")).Expect(200).Record.Str("subject"));
    }

    [Fact]
    public async Task Task_templates_list_filter_sort_select_fields_and_page()
    {
        var account = await World.SupportDomainAsync();
        var team = await account.AddTeamAsync();
        var review = await account.AddTaskTemplateAsync("Review", "risk_and_impact");
        var build = await account.AddTaskTemplateAsync("Build", "implementation", new { team_id = team });
        var approve = await account.AddTaskTemplateAsync("Approve", "approval", new { disabled = true });

        var all = (await account.Owner.GetAsync("/v1/task_templates")).Expect(200);
        Assert.Equal([review, build, approve], all.Ids());
        Assert.Equal(["id", "subject", "category", "team", "disabled"], all.Items[0]!.Members());
        Assert.Equal([approve, build, review], (await account.Owner.GetAsync("/v1/task_templates?sort=subject")).Expect(200).Ids());
        Assert.Equal([approve, build, review], (await account.Owner.GetAsync("/v1/task_templates?sort=category")).Expect(200).Ids());
        Assert.Equal([build], (await account.Owner.GetAsync($"/v1/task_templates?team_id={team}")).Expect(200).Ids());
        Assert.Equal([review, approve], (await account.Owner.GetAsync("/v1/task_templates?team_id=")).Expect(200).Ids());
        Assert.Equal([review, build], (await account.Owner.GetAsync("/v1/task_templates?category=risk_and_impact,implementation")).Expect(200).Ids());
        Assert.Equal([approve], (await account.Owner.GetAsync("/v1/task_templates?disabled=true")).Expect(200).Ids());
        Assert.Equal(["id", "planned_duration"],
            (await account.Owner.GetAsync("/v1/task_templates?fields=planned_duration")).Expect(200).Items[0]!.Members());

        var page = (await account.Owner.GetAsync("/v1/task_templates?per_page=2&page=2")).Expect(200);
        Assert.Equal([approve], page.Ids());
        Assert.Equal(3, page.TotalEntries());
        Assert.Contains("rel=\"first\"", page.Header("Link"), StringComparison.Ordinal);

        (await account.Owner.GetAsync("/v1/task_templates?instructions=x")).Expect(400, """{"message":"Filtering not allowed on fields: instructions"}""");
        (await account.Owner.GetAsync("/v1/task_templates?sort=team_id")).Expect(400, """{"message":"Sorting not allowed on fields: team_id"}""");
        (await account.Owner.GetAsync("/v1/task_templates?fields=color")).Expect(400, """{"message":"Unknown fields: color"}""");
        (await account.Owner.GetAsync("/v1/task_templates?category=cooking")).Expect(400);
        Assert.False((await account.Owner.GetAsync($"/v1/task_templates/{review}")).HasHeader("X-Pagination-Total-Entries"));
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_422_and_writes_nothing()
    {
        var account = await World.SupportDomainAsync();
        var id = await account.AddTaskTemplateAsync("Original");
        var path = $"/v1/task_templates/{id}";
        var before = await TemplateCalls.SnapshotAsync(account.Owner, path, "/v1/task_templates");

        (await account.Owner.PostAsync("/v1/task_templates", new { subject = "No category", planned_duration = 5 }))
            .ExpectValidation(("category", "can't be blank"));
        (await account.Owner.PostAsync("/v1/task_templates", new { category = "approval" }))
            .ExpectValidation(("subject", "can't be blank"), ("planned_duration", "can't be blank"));
        (await account.Owner.PostAsync("/v1/task_templates", new { subject = "x", category = "cooking", planned_duration = -1 }))
            .ExpectValidation(("category", "must be one of: risk_and_impact, approval, implementation, fulfillment_placeholder, automation"),
                ("planned_duration", "must be greater than or equal to 0"));
        (await account.Owner.PostAsync("/v1/task_templates", new { subject = "x", category = "implementation", planned_duration = 1, colour = "red" }))
            .ExpectValidation(("colour", "is not a known field"));
        (await account.Owner.PostAsync("/v1/task_templates", new { subject = "x", category = "implementation", planned_duration = "soon" }))
            .ExpectValidation(("planned_duration", "has the wrong type"));
        (await account.Owner.PostAsync("/v1/task_templates", new { subject = "x", category = "implementation", planned_duration = 1, approver_ids = "1" }))
            .ExpectValidation(("approver_ids", "has the wrong type"));
        (await account.Owner.SendRawAsync(HttpMethod.Post, "/v1/task_templates", """{"subject":"x","category":"implementation","planned_duration":1e40}"""))
            .ExpectValidation(("planned_duration", "has the wrong type"));
        (await account.Owner.SendRawAsync(HttpMethod.Post, "/v1/task_templates", """{"subject":"x","category":"implementation","planned_duration":1,"team_id":99999999999999999999}"""))
            .ExpectValidation(("team_id", "has the wrong type"));
        (await account.Owner.SendRawAsync(HttpMethod.Post, "/v1/task_templates", """{"subject":"a\u0000b","category":"implementation","planned_duration":1}"""))
            .ExpectValidation(("subject", "must not contain NUL characters"));
        (await account.Owner.SendRawAsync(HttpMethod.Post, "/v1/task_templates", """{"subject":"x",""")).Expect(400, """{"message":"Invalid JSON string posted"}""");
        (await account.Owner.SendRawAsync(HttpMethod.Post, "/v1/task_templates", "[1]")).Expect(400, """{"message":"Invalid JSON string posted"}""");
        (await account.Owner.PostAsync("/v1/task_templates",
                new { subject = new string('s', 256), category = "implementation", planned_duration = 1, instructions = new string('i', 60_001), sourceID = new string('x', 101) }))
            .ExpectValidation(("subject", "is too long (maximum is 255 characters)"), ("instructions", "is too long (maximum is 60000 characters)"),
                ("sourceID", "is too long (maximum is 100 characters)"));

        (await account.Owner.PatchAsync(path, new { subject = "  " })).ExpectValidation(("subject", "can't be blank"));
        (await account.Owner.PatchAsync(path, new { category = (string?)null, planned_duration = (int?)null }))
            .ExpectValidation(("category", "can't be blank"), ("planned_duration", "can't be blank"));
        (await account.Owner.PatchAsync(path, new { team_id = Answers.NeverExistingId }))
            .ExpectValidation(("team_id", "is not a team of this account or of an account it trusts with tasks"));
        (await account.Owner.PatchAsync(path, new { disabled = "yes" })).ExpectValidation(("disabled", "has the wrong type"));
        (await account.Owner.PatchAsync(path, new { id = Answers.NeverExistingId })).ExpectValidation(("id", "does not match the record's id"));
        (await account.Owner.PatchAsync(path, new { category = "approval", approver_ids = Enumerable.Range(-10_000, 500).Select(i => (long)i).ToArray() }))
            .ExpectValidation(("approver_ids", "must be people of this account or its directory"));
        // Past the limit of a body's lists, the list is refused as such (Conventions/BodyListLimitTests).
        (await account.Owner.PatchAsync(path, new { category = "approval", approver_ids = Enumerable.Range(-10_000, 30_000).Select(i => (long)i).ToArray() }))
            .ExpectValidation(("approver_ids", "has too many items (maximum is 500)"));

        Assert.Equal(before, await TemplateCalls.SnapshotAsync(account.Owner, path, "/v1/task_templates"));
    }

    [Fact]
    public async Task Approval_tasks_name_approvers_this_account_sees_and_ask_no_more_approvals_than_approvers()
    {
        var directory = await World.DirectoryAsync();
        var account = await World.SupportDomainAsync(directory);
        var local = await account.AddPersonAsync("Lotte");
        var fromDirectory = await directory.AddPersonAsync("Anna");
        var stranger = await (await World.DirectoryAsync()).AddPersonAsync("Stranger");

        var answer = (await account.Owner.PostAsync("/v1/task_templates", new
        {
            subject = "Approve the hire",
            category = "approval",
            planned_duration = 60,
            approver_ids = new[] { local, fromDirectory, local },
            required_approvals = 1,
        })).Expect(201);
        Assert.Equal("W/\"0\"", answer.Header("ETag"));
        var created = answer.Record;
        var id = created.Number("id");
        var path = $"/v1/task_templates/{id}";
        Assert.Equal([fromDirectory, local], created.RefIds("approvers"));
        Assert.Equal(directory.Id, created["approvers"]![0]!["account"]!.Str("id"));
        Assert.Null(created["approvers"]![1]!["account"]);
        Assert.Equal("Lotte", created["approvers"]![1]!.Str("name"));
        Assert.Equal(1, created.Number("required_approvals"));

        var before = await TemplateCalls.SnapshotAsync(account.Owner, path);
        const string Unknown = "must be people of this account or its directory";
        (await account.Owner.PatchAsync(path, new { approver_ids = new[] { local, stranger } })).ExpectValidation(("approver_ids", Unknown));
        (await account.Owner.PatchAsync(path, new { approver_ids = new[] { Answers.NeverExistingId } })).ExpectValidation(("approver_ids", Unknown));
        (await account.Owner.PatchAsync(path, new { required_approvals = 3 }))
            .ExpectValidation(("required_approvals", "requires 3 approvals but the task has 2 approvers"));
        (await account.Owner.PatchAsync(path, new { required_approvals = 0 }))
            .ExpectValidation(("required_approvals", "must be greater than or equal to 1"));
        // Leaving approval behind would leave approvers and a count on a task that takes none.
        (await account.Owner.PatchAsync(path, new { category = "implementation" }))
            .ExpectValidation(("approver_ids", "can only be named on approval tasks"), ("required_approvals", "can only be set on approval tasks"));
        Assert.Equal(before, await TemplateCalls.SnapshotAsync(account.Owner, path));

        Assert.Equal([local], (await account.Owner.PatchAsync(path, new { approver_ids = new[] { local } })).Expect(200).Record.RefIds("approvers"));
        var oneApprover = await TemplateCalls.SnapshotAsync(account.Owner, path);
        (await account.Owner.PatchAsync(path, new { approver_ids = Array.Empty<long>() }))
            .ExpectValidation(("required_approvals", "requires 1 approvals but the task has 0 approvers"));
        Assert.Equal(oneApprover, await TemplateCalls.SnapshotAsync(account.Owner, path));

        var moved = (await account.Owner.PatchAsync(path, new { category = "implementation", approver_ids = Array.Empty<long>(), required_approvals = (int?)null }))
            .Expect(200).Record;
        Assert.Empty(moved["approvers"]!.AsArray());
        Assert.Null(moved["required_approvals"]);

        (await account.Owner.PostAsync("/v1/task_templates", new { subject = "x", category = "implementation", planned_duration = 1, required_approvals = 1 }))
            .ExpectValidation(("required_approvals", "can only be set on approval tasks"));
        (await account.Owner.PostAsync("/v1/task_templates", new { subject = "x", category = "automation", planned_duration = 1, approver_ids = new[] { local } }))
            .ExpectValidation(("approver_ids", "can only be named on approval tasks"));
        // Without a count, every approver approves.
        var all = (await account.Owner.PostAsync("/v1/task_templates",
            new { subject = "All approve", category = "approval", planned_duration = 1, approver_ids = new[] { local, fromDirectory } })).Expect(201).Record;
        Assert.Null(all["required_approvals"]);
        Assert.Equal(2, all["approvers"]!.AsArray().Count);
    }

    [Fact]
    public async Task Changing_only_the_approvers_moves_the_version()
    {
        var account = await World.SupportDomainAsync();
        var person = await account.AddPersonAsync();
        var id = await account.AddTaskTemplateAsync("Approve", "approval");
        var changed = (await account.Owner.PatchAsync($"/v1/task_templates/{id}", new { approver_ids = new[] { person } })).Expect(200);
        Assert.Equal("W/\"1\"", changed.Header("ETag"));
        var same = (await account.Owner.PatchAsync($"/v1/task_templates/{id}", new { approver_ids = new[] { person } })).Expect(200);
        Assert.Equal("W/\"1\"", same.Header("ETag"));
        (await account.Owner.PatchAsync($"/v1/task_templates/{id}", new { approver_ids = new[] { account.OwnerId } }, ("If-Match", "W/\"0\""))).Expect(412);
        Assert.Equal([person], (await account.Owner.GetAsync($"/v1/task_templates/{id}")).Expect(200).Record.RefIds("approvers"));
    }
}
