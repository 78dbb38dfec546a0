using System.Text.Json.Nodes;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features;

/// <summary><c>/v1/services</c> and its nested <c>service_instances</c>, <c>service_offerings</c> and <c>slas</c>.</summary>
public sealed class CatalogServicesTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    [Fact]
    public async Task A_service_is_registered_with_its_owner_and_teams_and_updated()
    {
        var account = await _world.SupportDomainAsync();
        var firstLine = await account.AddTeamAsync("Service Desk");
        var support = await account.AddTeamAsync("Directory Services");

        var created = (await account.Owner.PostAsync("/v1/services", new
        {
            name = "Active Directory",
            description = "Accounts and groups",
            keywords = "ad, ldap",
            service_owner_id = account.OwnerId,
            first_line_team_id = firstLine,
            support_team_id = support,
            sourceID = "AD-1",
        })).Expect(201);
        Assert.Equal("W/\"0\"", created.Header("ETag"));
        var read = (await account.Owner.GetAsync($"/v1/services/{created.Id}")).Expect(200);
        Assert.True(JsonNode.DeepEquals(created.Json, read.Json), $"{created.Text} vs {read.Text}");
        Assert.Equal(
            ["id", "name", "description", "keywords", "service_owner", "first_line_team", "support_team", "disabled", "source", "sourceID", "created_at", "updated_at"],
            read.Record.Members());
        Assert.Equal("Active Directory", read.Record.Str("name"));
        Assert.Equal("ad, ldap", read.Record.Str("keywords"));
        Assert.Equal(account.OwnerId, read.Record["service_owner"]!.Number("id"));
        Assert.Equal("Owner of " + account.Id, read.Record["service_owner"]!.Str("name"));
        Assert.Null(read.Record["service_owner"]!["account"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($$"""{"id":{{firstLine}},"name":"Service Desk"}"""), read.Record["first_line_team"]));
        Assert.Equal("Directory Services", read.Record["support_team"]!.Str("name"));
        Assert.False(read.Record.Bool("disabled"));

        var updated = (await account.Owner.PatchAsync($"/v1/services/{created.Id}",
            new { name = "Active Directory NL", support_team_id = (long?)null, disabled = true })).Expect(200);
        Assert.Equal("Active Directory NL", updated.Record.Str("name"));
        Assert.Null(updated.Record["support_team"]);
        Assert.Equal("Service Desk", updated.Record["first_line_team"]!.Str("name"));
        Assert.Equal("Accounts and groups", updated.Record.Str("description"));
        Assert.True(updated.Record.Bool("disabled"));
        Assert.Equal("W/\"1\"", updated.Header("ETag"));
    }

    [Fact]
    public async Task A_directory_person_with_a_role_may_own_a_service_and_shows_their_account()
    {
        var directory = await _world.DirectoryAsync();
        var domain = await _world.SupportDomainAsync(directory);
        var employee = await directory.AddPersonAsync("Dana Directory");

        (await domain.Owner.PostAsync("/v1/services", new { name = "E-mail", service_owner_id = employee }))
            .ExpectValidation(("service_owner_id", "must be a person with a role in this account"));
        await domain.GrantAsync(employee, "service_level_manager");

        var service = (await domain.Owner.PostAsync("/v1/services", new { name = "E-mail", service_owner_id = employee })).Expect(201);
        Assert.Equal("Dana Directory", service.Record["service_owner"]!.Str("name"));
        Assert.Equal(directory.Id, service.Record["service_owner"]!["account"]!.Str("id"));
        Assert.Equal(directory.Name, service.Record["service_owner"]!["account"]!.Str("name"));
    }

    [Fact]
    public async Task Teams_and_owners_of_another_account_duplicates_and_bad_input_are_refused_and_nothing_is_written()
    {
        var account = await _world.SupportDomainAsync();
        var other = await _world.SupportDomainAsync();
        var foreignTeam = await other.AddTeamAsync();
        await account.AddServiceAsync("Only");

        (await account.Owner.PostAsync("/v1/services", new { name = "Foreign teams", first_line_team_id = foreignTeam, support_team_id = foreignTeam }))
            .ExpectValidation(("first_line_team_id", "does not exist"), ("support_team_id", "does not exist"));
        (await account.Owner.PostAsync("/v1/services", new { name = "Missing team", support_team_id = Answers.NeverExistingId }))
            .ExpectValidation(("support_team_id", "does not exist"));
        (await account.Owner.PostAsync("/v1/services", new { name = "Foreign owner", service_owner_id = other.OwnerId }))
            .ExpectValidation(("service_owner_id", "must be a person with a role in this account"));
        (await account.Owner.PostAsync("/v1/services", new { name = "Only" })).ExpectValidation(("name", "has already been taken"));
        (await account.Owner.PostAsync("/v1/services", new { name = "  " })).ExpectValidation(("name", "can't be blank"));
        (await account.Owner.PostAsync("/v1/services", new { description = "no name" })).ExpectValidation(("name", "can't be blank"));
        (await account.Owner.PostAsync("/v1/services", new { name = new string('n', 256) }))
            .ExpectValidation(("name", "is too long (maximum is 255 characters)"));
        (await account.Owner.PostAsync("/v1/services", new { name = "Long", description = new string('d', 4001), keywords = new string('k', 256) }))
            .ExpectValidation(("description", "is too long (maximum is 4000 characters)"), ("keywords", "is too long (maximum is 255 characters)"));
        (await account.Owner.PostAsync("/v1/services", new { name = "Typed", disabled = "yes" })).ExpectValidation(("disabled", "has the wrong type"));
        (await account.Owner.PostAsync("/v1/services", new { name = "Provider", provider_id = 1 })).ExpectValidation(("provider_id", "is not a known field"));
        (await account.Owner.SendRawAsync(HttpMethod.Post, "/v1/services", "{\"name\":")).Expect(400, """{"message":"Invalid JSON string posted"}""");

        Assert.Equal(["Only"], (await account.Owner.GetAsync("/v1/services")).Expect(200).Values("name"));
    }

    [Fact]
    public async Task A_failed_update_changes_nothing()
    {
        var account = await _world.SupportDomainAsync();
        var service = await account.AddServiceAsync("Printing");
        await account.AddServiceAsync("Scanning");

        (await account.Owner.PatchAsync($"/v1/services/{service}", new { name = "Scanning", description = "taken name" }))
            .ExpectValidation(("name", "has already been taken"));
        (await account.Owner.PatchAsync($"/v1/services/{service}", new { name = "Renamed" }, ("If-Match", "W/\"7\""))).Expect(412);
        (await account.Owner.PatchAsync($"/v1/services/{service}", new { name = (string?)null })).ExpectValidation(("name", "can't be blank"));

        var read = (await account.Owner.GetAsync($"/v1/services/{service}")).Expect(200);
        Assert.Equal("Printing", read.Record.Str("name"));
        Assert.Null(read.Record["description"]);
        Assert.Equal("W/\"0\"", read.Header("ETag"));
    }

    [Fact]
    public async Task Services_are_listed_by_name_filtered_sorted_and_paged()
    {
        var account = await _world.SupportDomainAsync();
        var team = await account.AddTeamAsync();
        var ids = new Dictionary<string, long>();
        foreach (var name in new[] { "workplace", "email", "network" }) ids[name] = await account.AddServiceAsync(name);
        (await account.Owner.PatchAsync($"/v1/services/{ids["email"]}", new { disabled = true, first_line_team_id = team })).Expect(200);

        var all = (await account.Owner.GetAsync("/v1/services")).Expect(200);
        Assert.Equal(["email", "network", "workplace"], all.Values("name"));
        Assert.Equal(["id", "name", "service_owner", "disabled"], all.Items[0]!.Members());
        Assert.Equal(["workplace", "network", "email"], (await account.Owner.GetAsync("/v1/services?sort=-name")).Expect(200).Values("name"));
        Assert.Equal([ids["email"]], (await account.Owner.GetAsync("/v1/services?disabled=true")).Expect(200).Ids());
        Assert.Equal([ids["email"]], (await account.Owner.GetAsync($"/v1/services?first_line_team_id={team}")).Expect(200).Ids());
        Assert.Equal([ids["network"], ids["workplace"]], (await account.Owner.GetAsync("/v1/services?first_line_team_id=")).Expect(200).Ids());
        Assert.Equal([ids["network"]], (await account.Owner.GetAsync("/v1/services?name=network&fields=keywords")).Expect(200).Ids());

        var second = (await account.Owner.GetAsync("/v1/services?per_page=2&page=2")).Expect(200);
        Assert.Equal(3, second.TotalEntries());
        Assert.Equal(["workplace"], second.Values("name"));
        Assert.Contains("rel=\"prev\"", second.Header("Link"));

        (await account.Owner.GetAsync("/v1/services?sort=keywords")).Expect(400, """{"message":"Sorting not allowed on fields: keywords"}""");
        (await account.Owner.GetAsync("/v1/services?keywords=x")).Expect(400, """{"message":"Filtering not allowed on fields: keywords"}""");
        (await account.Owner.GetAsync("/v1/services?fields=provider")).Expect(400, """{"message":"Unknown fields: provider"}""");
    }

    [Fact]
    public async Task A_service_lists_its_own_instances_offerings_and_slas()
    {
        var account = await _world.SupportDomainAsync();
        var customer = await account.AddOrganizationAsync();
        var chain = await account.AddCatalogChainAsync();
        var other = await account.AddCatalogChainAsync();
        var extraInstance = await account.AddServiceInstanceAsync(chain.Service, "Second instance");
        var sla = await account.AddSlaAsync(chain, customer);
        await account.AddSlaAsync(other, customer);

        Assert.Equal([chain.Instance, extraInstance], (await account.Owner.GetAsync($"/v1/services/{chain.Service}/service_instances")).Expect(200).Ids());
        Assert.Equal([chain.Offering], (await account.Owner.GetAsync($"/v1/services/{chain.Service}/service_offerings")).Expect(200).Ids());
        Assert.Equal([sla], (await account.Owner.GetAsync($"/v1/services/{chain.Service}/slas")).Expect(200).Ids());
        Assert.Equal([extraInstance],
            (await account.Owner.GetAsync($"/v1/services/{chain.Service}/service_instances?name=Second instance")).Expect(200).Ids());
        Assert.Equal(0, (await account.Owner.GetAsync($"/v1/services/{chain.Service}/slas?status=active")).Expect(200).TotalEntries());
    }

    [Fact]
    public async Task Another_accounts_service_answers_exactly_like_a_missing_one()
    {
        var mine = await _world.SupportDomainAsync();
        var theirs = await _world.SupportDomainAsync();
        var foreign = await theirs.AddServiceAsync("Theirs");

        foreach (var suffix in new[] { "", "/service_instances", "/service_offerings", "/slas" })
            Answers.SameAsMissing(
                await mine.Owner.GetAsync($"/v1/services/{foreign}{suffix}"),
                await mine.Owner.GetAsync($"/v1/services/{Answers.NeverExistingId}{suffix}"));
        Answers.SameAsMissing(
            await mine.Owner.PatchAsync($"/v1/services/{foreign}", new { name = "Mine now" }),
            await mine.Owner.PatchAsync($"/v1/services/{Answers.NeverExistingId}", new { name = "Mine now" }));

        Assert.Equal(0, (await mine.Owner.GetAsync($"/v1/services?id={foreign}")).Expect(200).TotalEntries());
        // The name is free in another account.
        await mine.AddServiceAsync("Theirs");
        Assert.Equal("Theirs", (await theirs.Owner.GetAsync($"/v1/services/{foreign}")).Expect(200).Record.Str("name"));
    }

    [Fact]
    public async Task Specialists_read_the_catalog_administrators_maintain_it_and_end_users_see_none_of_it()
    {
        var directory = await _world.DirectoryAsync();
        var domain = await _world.SupportDomainAsync(directory);
        var service = await domain.AddServiceAsync("Workplace");
        var endUser = directory.Owner.In(domain.Id);

        (await endUser.GetAsync("/v1/services")).Expect(403);
        Answers.SameAsMissing(
            await endUser.GetAsync($"/v1/services/{service}"),
            await endUser.GetAsync($"/v1/services/{Answers.NeverExistingId}"));
        Answers.SameAsMissing(
            await endUser.GetAsync($"/v1/services/{service}/service_instances"),
            await endUser.GetAsync($"/v1/services/{Answers.NeverExistingId}/service_instances"));
        (await endUser.PostAsync("/v1/services", new { name = "By end user" })).Expect(403);
        Answers.SameAsMissing(
            await endUser.PatchAsync($"/v1/services/{service}", new { name = "By end user" }),
            await endUser.PatchAsync($"/v1/services/{Answers.NeverExistingId}", new { name = "By end user" }));

        await domain.GrantAsync(directory.OwnerId, "specialist");
        Assert.Equal([service], (await endUser.GetAsync("/v1/services")).Expect(200).Ids());
        (await endUser.GetAsync($"/v1/services/{service}")).Expect(200);
        (await endUser.PostAsync("/v1/services", new { name = "By specialist" })).Expect(403, """{"message":"Forbidden"}""");
        (await endUser.PatchAsync($"/v1/services/{service}", new { name = "By specialist" })).Expect(403, """{"message":"Forbidden"}""");

        Assert.Equal(["Workplace"], (await domain.Owner.GetAsync("/v1/services")).Expect(200).Values("name"));
    }
}
