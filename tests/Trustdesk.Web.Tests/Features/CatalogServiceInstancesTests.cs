using System.Text.Json.Nodes;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features;

/// <summary><c>/v1/service_instances</c> and <c>/v1/service_instances/:id/slas</c>.</summary>
public sealed class CatalogServiceInstancesTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    [Fact]
    public async Task An_instance_is_registered_for_a_service_with_its_teams_and_status_and_updated()
    {
        var account = await _world.SupportDomainAsync();
        var service = await account.AddServiceAsync("E-mail");
        var desk = await account.AddTeamAsync("Service Desk");
        var mail = await account.AddTeamAsync("Mail Team");

        var created = (await account.Owner.PostAsync("/v1/service_instances", new
        {
            name = "Exchange Online",
            service_id = service,
            status = "being_prepared",
            first_line_team_id = desk,
            support_team_id = mail,
        })).Expect(201);
        var read = (await account.Owner.GetAsync($"/v1/service_instances/{created.Id}")).Expect(200);
        Assert.True(JsonNode.DeepEquals(created.Json, read.Json), $"{created.Text} vs {read.Text}");
        Assert.Equal(
            ["id", "name", "service", "status", "first_line_team", "support_team", "source", "sourceID", "created_at", "updated_at"],
            read.Record.Members());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($$"""{"id":{{service}},"name":"E-mail"}"""), read.Record["service"]));
        Assert.Equal("being_prepared", read.Record.Str("status"));
        Assert.Equal("Service Desk", read.Record["first_line_team"]!.Str("name"));
        Assert.Equal(mail, read.Record["support_team"]!.Number("id"));

        var updated = (await account.Owner.PatchAsync($"/v1/service_instances/{created.Id}",
            new { status = "in_production", first_line_team_id = (long?)null })).Expect(200);
        Assert.Equal("in_production", updated.Record.Str("status"));
        Assert.Null(updated.Record["first_line_team"]);
        Assert.Equal("Mail Team", updated.Record["support_team"]!.Str("name"));
        Assert.Equal("Exchange Online", updated.Record.Str("name"));
        Assert.Equal("W/\"1\"", updated.Header("ETag"));

        // Without a status an instance is in production.
        var plain = (await account.Owner.PostAsync("/v1/service_instances", new { name = "Exchange Test", service_id = service })).Expect(201);
        Assert.Equal("in_production", plain.Record.Str("status"));
    }

    [Fact]
    public async Task A_team_of_another_account_is_refused_as_one_that_does_not_exist_and_nothing_is_written()
    {
        var account = await _world.SupportDomainAsync();
        var other = await _world.SupportDomainAsync();
        var service = await account.AddServiceAsync();
        var instance = await account.AddServiceInstanceAsync(service, "Kept");
        var foreignTeam = await other.AddTeamAsync();

        var foreign = (await account.Owner.PostAsync("/v1/service_instances",
                new { name = "Foreign support", service_id = service, first_line_team_id = foreignTeam, support_team_id = foreignTeam }))
            .ExpectValidation(("first_line_team_id", "does not exist"), ("support_team_id", "does not exist"));
        var missing = (await account.Owner.PostAsync("/v1/service_instances",
                new { name = "Foreign support", service_id = service, first_line_team_id = Answers.NeverExistingId, support_team_id = Answers.NeverExistingId }))
            .Expect(422);
        Assert.Equal(missing.Body, foreign.Body);
        (await account.Owner.PatchAsync($"/v1/service_instances/{instance}", new { support_team_id = foreignTeam }))
            .ExpectValidation(("support_team_id", "does not exist"));

        Assert.Equal(["Kept"], (await account.Owner.GetAsync("/v1/service_instances")).Expect(200).Values("name"));
        Assert.Null((await account.Owner.GetAsync($"/v1/service_instances/{instance}")).Expect(200).Record["support_team"]);
    }

    [Fact]
    public async Task Services_of_another_account_wrong_statuses_and_bad_input_are_refused_and_nothing_is_written()
    {
        var account = await _world.SupportDomainAsync();
        var other = await _world.SupportDomainAsync();
        var service = await account.AddServiceAsync();
        var foreignService = await other.AddServiceAsync();
        await account.AddServiceInstanceAsync(service, "Only");

        (await account.Owner.PostAsync("/v1/service_instances", new { name = "Theirs", service_id = foreignService }))
            .ExpectValidation(("service_id", "does not exist"));
        (await account.Owner.PostAsync("/v1/service_instances", new { name = "No service" })).ExpectValidation(("service_id", "can't be blank"));
        (await account.Owner.PostAsync("/v1/service_instances", new { name = "Status", service_id = service, status = "live" }))
            .ExpectValidation(("status", "must be one of: being_prepared, in_production, discontinued"));
        (await account.Owner.PostAsync("/v1/service_instances", new { name = "Status", service_id = service, status = "In_Production" }))
            .ExpectValidation(("status", "must be one of: being_prepared, in_production, discontinued"));
        (await account.Owner.PostAsync("/v1/service_instances", new { name = "Status", service_id = service, status = (string?)null }))
            .ExpectValidation(("status", "can't be blank"));
        (await account.Owner.PostAsync("/v1/service_instances", new { name = "Status", service_id = service, status = 1 }))
            .ExpectValidation(("status", "has the wrong type"));
        (await account.Owner.PostAsync("/v1/service_instances", new { name = "Only", service_id = service }))
            .ExpectValidation(("name", "has already been taken"));
        (await account.Owner.PostAsync("/v1/service_instances", new { name = new string('i', 256), service_id = service }))
            .ExpectValidation(("name", "is too long (maximum is 255 characters)"));
        (await account.Owner.PostAsync("/v1/service_instances", new { name = "Typed", service_id = "12" }))
            .ExpectValidation(("service_id", "has the wrong type"));
        (await account.Owner.PostAsync("/v1/service_instances", new { name = "Window", service_id = service, maintenance_window_id = 1 }))
            .ExpectValidation(("maintenance_window_id", "is not a known field"));

        Assert.Equal(["Only"], (await account.Owner.GetAsync("/v1/service_instances")).Expect(200).Values("name"));
    }

    [Fact]
    public async Task An_instance_keeps_its_service_while_slas_use_it()
    {
        var account = await _world.SupportDomainAsync();
        var customer = await account.AddOrganizationAsync();
        var chain = await account.AddCatalogChainAsync();
        var otherService = await account.AddServiceAsync();
        var free = await account.AddServiceInstanceAsync(chain.Service);
        await account.AddSlaAsync(chain, customer);

        (await account.Owner.PatchAsync($"/v1/service_instances/{chain.Instance}", new { service_id = otherService }))
            .ExpectValidation(("service_id", "can't change while SLAs use this service instance"));
        (await account.Owner.PatchAsync($"/v1/service_instances/{chain.Instance}", new { service_id = (long?)null }))
            .ExpectValidation(("service_id", "can't be blank"));
        Assert.Equal(chain.Service, (await account.Owner.GetAsync($"/v1/service_instances/{chain.Instance}")).Expect(200).Record["service"]!.Number("id"));

        var moved = (await account.Owner.PatchAsync($"/v1/service_instances/{free}", new { service_id = otherService })).Expect(200);
        Assert.Equal(otherService, moved.Record["service"]!.Number("id"));
        // Sending the service it already has is no change.
        (await account.Owner.PatchAsync($"/v1/service_instances/{chain.Instance}", new { service_id = chain.Service, name = "Renamed" })).Expect(200);
    }

    [Fact]
    public async Task Instances_are_filtered_by_status_service_and_team_sorted_and_paged()
    {
        var account = await _world.SupportDomainAsync();
        var team = await account.AddTeamAsync();
        var first = await account.AddServiceAsync();
        var second = await account.AddServiceAsync();
        var ids = new Dictionary<string, long>();
        foreach (var (name, service, status) in new[] { ("delta", first, "in_production"), ("alpha", first, "being_prepared"), ("charlie", second, "discontinued"), ("bravo", second, "in_production") })
            ids[name] = (await account.CreateAsync("/v1/service_instances", new { name, service_id = service, status })).Number("id");
        (await account.Owner.PatchAsync($"/v1/service_instances/{ids["bravo"]}", new { first_line_team_id = team })).Expect(200);

        Assert.Equal([ids["delta"], ids["alpha"], ids["charlie"], ids["bravo"]], (await account.Owner.GetAsync("/v1/service_instances")).Expect(200).Ids());
        Assert.Equal([ids["delta"], ids["bravo"]], (await account.Owner.GetAsync("/v1/service_instances?status=in_production")).Expect(200).Ids());
        Assert.Equal([ids["delta"], ids["alpha"], ids["bravo"]], (await account.Owner.GetAsync("/v1/service_instances?status=!discontinued")).Expect(200).Ids());
        Assert.Equal([ids["alpha"], ids["charlie"]],
            (await account.Owner.GetAsync("/v1/service_instances?status=being_prepared,discontinued")).Expect(200).Ids());
        Assert.Equal("Invalid filter value for status: live",
            (await account.Owner.GetAsync("/v1/service_instances?status=live")).Expect(400).Record.Str("message"));
        Assert.Equal([ids["charlie"], ids["bravo"]], (await account.Owner.GetAsync($"/v1/service_instances?service_id={second}")).Expect(200).Ids());
        Assert.Equal([ids["bravo"]], (await account.Owner.GetAsync($"/v1/service_instances?first_line_team_id={team}")).Expect(200).Ids());
        Assert.Equal(["alpha", "bravo", "charlie", "delta"], (await account.Owner.GetAsync("/v1/service_instances?sort=name")).Expect(200).Values("name"));
        // Statuses sort by their wire names.
        Assert.Equal(["alpha", "charlie", "delta", "bravo"],
            (await account.Owner.GetAsync("/v1/service_instances?sort=status,-name")).Expect(200).Values("name"));

        var page = (await account.Owner.GetAsync("/v1/service_instances?per_page=3&page=2")).Expect(200);
        Assert.Equal(4, page.TotalEntries());
        Assert.Equal([ids["bravo"]], page.Ids());
        Assert.Equal(["id", "name", "service", "status"], page.Items[0]!.Members());
    }

    [Fact]
    public async Task An_instance_lists_its_slas()
    {
        var account = await _world.SupportDomainAsync();
        var customer = await account.AddOrganizationAsync();
        var chain = await account.AddCatalogChainAsync();
        var secondInstance = await account.AddServiceInstanceAsync(chain.Service);
        var sla = await account.AddSlaAsync(chain, customer);
        await account.AddSlaAsync(chain with { Instance = secondInstance }, customer);

        Assert.Equal([sla], (await account.Owner.GetAsync($"/v1/service_instances/{chain.Instance}/slas")).Expect(200).Ids());
    }

    [Fact]
    public async Task Another_accounts_instance_answers_exactly_like_a_missing_one()
    {
        var mine = await _world.SupportDomainAsync();
        var theirs = await _world.SupportDomainAsync();
        var foreign = await theirs.AddServiceInstanceAsync(await theirs.AddServiceAsync(), "Theirs");

        Answers.SameAsMissing(
            await mine.Owner.GetAsync($"/v1/service_instances/{foreign}"),
            await mine.Owner.GetAsync($"/v1/service_instances/{Answers.NeverExistingId}"));
        Answers.SameAsMissing(
            await mine.Owner.GetAsync($"/v1/service_instances/{foreign}/slas"),
            await mine.Owner.GetAsync($"/v1/service_instances/{Answers.NeverExistingId}/slas"));
        Answers.SameAsMissing(
            await mine.Owner.PatchAsync($"/v1/service_instances/{foreign}", new { status = "discontinued" }),
            await mine.Owner.PatchAsync($"/v1/service_instances/{Answers.NeverExistingId}", new { status = "discontinued" }));

        Assert.Equal(0, (await mine.Owner.GetAsync($"/v1/service_instances?id={foreign}")).Expect(200).TotalEntries());
        Assert.Equal("in_production", (await theirs.Owner.GetAsync($"/v1/service_instances/{foreign}")).Expect(200).Record.Str("status"));
    }
}
