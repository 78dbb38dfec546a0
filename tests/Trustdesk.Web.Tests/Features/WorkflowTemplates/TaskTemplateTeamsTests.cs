using System.Text.Json.Nodes;
using Trustdesk.Web.Tests.Features.Trusts;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.WorkflowTemplates;

/// <summary>
/// A task template's team: one of this account, or of an account this account trusts now with <c>tasks</c>
/// (product.md §6). Any other id gets one answer, and a revoked trust leaves the reference as an id alone.
/// </summary>
public sealed class TaskTemplateTeamsTests
{
    private static readonly TestWorld World = TestWorld.Shared;
    private const string Unknown = "is not a team of this account or of an account it trusts with tasks";

    [Fact]
    public async Task A_template_names_a_team_of_an_account_trusted_with_tasks()
    {
        var customer = await World.SupportDomainAsync();
        var provider = await World.SupportDomainAsync();
        var team = await provider.AddTeamAsync("Facilities desk");
        await TemplateCalls.TrustAsync(customer, provider, ["tasks"]);

        var created = (await customer.Owner.PostAsync("/v1/task_templates",
            new { subject = "Prepare a desk", category = "implementation", planned_duration = 30, team_id = team })).Expect(201);
        var expected = JsonNode.Parse($$$"""{"id":{{{team}}},"name":"Facilities desk","account":{"id":"{{{provider.Id}}}","name":"{{{provider.Name}}}"}}""");
        Assert.True(JsonNode.DeepEquals(expected, created.Record["team"]), created.Text);
        Assert.True(JsonNode.DeepEquals(expected, (await customer.Owner.GetAsync($"/v1/task_templates/{created.Id}")).Expect(200).Record["team"]));
        Assert.Equal([created.Id], (await customer.Owner.GetAsync($"/v1/task_templates?team_id={team}")).Expect(200).Ids());

        // The template stays the customer's: the provider sees nothing of it.
        Answers.SameAsMissing(await provider.Owner.GetAsync($"/v1/task_templates/{created.Id}"),
            await provider.Owner.GetAsync($"/v1/task_templates/{Answers.NeverExistingId}"));
        Assert.Equal(0, (await provider.Owner.GetAsync("/v1/task_templates")).Expect(200).TotalEntries());
    }

    [Fact]
    public async Task Without_an_accepted_tasks_trust_another_accounts_team_is_refused_like_a_missing_one()
    {
        var customer = await World.SupportDomainAsync();
        var id = await customer.AddTaskTemplateAsync("Prepare a desk");
        var path = $"/v1/task_templates/{id}";

        async Task<long> ProviderTeamAsync(string[]? options, bool accept = true, bool revoke = false, bool reversed = false)
        {
            var provider = await World.SupportDomainAsync();
            var team = await provider.AddTeamAsync();
            if (options is null) return team;
            var trust = reversed
                ? await TemplateCalls.TrustAsync(provider, customer, options, accept: false)
                : await TemplateCalls.TrustAsync(customer, provider, options, accept: false);
            if (accept) (await TrustCalls.StepAsync(reversed ? customer.Owner : provider.Owner, trust, "accept")).Expect(200);
            if (revoke) (await TrustCalls.StepAsync(customer.Owner, trust, "revoke")).Expect(200);
            return team;
        }

        var refused = new Dictionary<string, long>
        {
            ["no trust"] = await ProviderTeamAsync(null),
            ["a trust without tasks"] = await ProviderTeamAsync(["requests", "services", "roles"]),
            ["a pending invitation"] = await ProviderTeamAsync(["tasks"], accept: false),
            ["a revoked trust"] = await ProviderTeamAsync(["tasks"], revoke: true),
            ["a trust the other way"] = await ProviderTeamAsync(["tasks"], reversed: true),
            ["no such team"] = Answers.NeverExistingId,
        };
        var before = await TemplateCalls.SnapshotAsync(customer.Owner, path, "/v1/task_templates");
        foreach (var (why, team) in refused)
        {
            var create = await customer.Owner.PostAsync("/v1/task_templates", new { subject = why, category = "implementation", planned_duration = 5, team_id = team });
            create.ExpectValidation(("team_id", Unknown));
            (await customer.Owner.PatchAsync(path, new { team_id = team })).ExpectValidation(("team_id", Unknown));
        }
        Assert.Equal(before, await TemplateCalls.SnapshotAsync(customer.Owner, path, "/v1/task_templates"));

        // A disabled team of the account itself takes no new templates either.
        var disabled = await customer.AddTeamAsync();
        (await customer.Owner.PatchAsync($"/v1/teams/{disabled}", new { disabled = true })).Expect(200);
        (await customer.Owner.PatchAsync(path, new { team_id = disabled })).ExpectValidation(("team_id", Unknown));
    }

    [Fact]
    public async Task After_the_trust_is_revoked_the_team_shows_its_id_alone_and_the_rest_of_the_template_still_changes()
    {
        var customer = await World.SupportDomainAsync();
        var provider = await World.SupportDomainAsync();
        var team = await provider.AddTeamAsync("Facilities desk");
        var trust = await TemplateCalls.TrustAsync(customer, provider, ["tasks"]);
        var id = await customer.AddTaskTemplateAsync("Prepare a desk", more: new { team_id = team });
        var path = $"/v1/task_templates/{id}";

        (await TrustCalls.StepAsync(provider.Owner, trust, "revoke")).Expect(200);

        var read = (await customer.Owner.GetAsync(path)).Expect(200).Record;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($$"""{"id":{{team}},"name":null}"""), read["team"]), read.ToJsonString());
        var listed = (await customer.Owner.GetAsync("/v1/task_templates")).Expect(200).Items.Single()!;
        Assert.True(JsonNode.DeepEquals(read["team"], listed["team"]), listed.ToJsonString());

        var renamed = (await customer.Owner.PatchAsync(path, new { subject = "Prepare a desk and chair", planned_duration = 45 })).Expect(200).Record;
        Assert.Equal("Prepare a desk and chair", renamed.Str("subject"));
        Assert.Equal(team, renamed["team"]!.Number("id"));
        // Naming the team again is a write the trust permitted, refused from now on; clearing it is not.
        (await customer.Owner.PatchAsync(path, new { team_id = team })).ExpectValidation(("team_id", Unknown));
        Assert.Null((await customer.Owner.PatchAsync(path, new { team_id = (long?)null })).Expect(200).Record["team"]);
    }

    [Fact]
    public async Task A_team_of_the_account_itself_needs_no_trust_and_renders_without_account()
    {
        var directory = await World.DirectoryAsync();
        var account = await World.SupportDomainAsync(directory);
        var team = await account.AddTeamAsync("Onboarding");
        var created = (await account.Owner.PostAsync("/v1/task_templates",
            new { subject = "Register", category = "fulfillment_placeholder", planned_duration = 5, team_id = team })).Expect(201).Record;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($$"""{"id":{{team}},"name":"Onboarding"}"""), created["team"]), created.ToJsonString());
    }
}
