using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features;

/// <summary><c>/v1/teams</c> and <c>/v1/teams/:id/members</c>.</summary>
public sealed class TeamsTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    [Fact]
    public async Task A_team_is_registered_with_a_manager_and_updated()
    {
        var account = await _world.SupportDomainAsync();

        var created = (await account.Owner.PostAsync("/v1/teams", new
        {
            name = "Service Desk",
            description = "First line",
            manager_id = account.OwnerId,
            coordinator_id = account.OwnerId,
            auto_assign = true,
            time_zone = "America/Sao_Paulo",
        })).Expect(201);
        var read = (await account.Owner.GetAsync($"/v1/teams/{created.Id}")).Expect(200);
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(created.Json, read.Json), $"{created.Text} vs {read.Text}");
        Assert.Equal("Service Desk", read.Record.Str("name"));
        Assert.Equal(account.OwnerId, read.Record["manager"]!.Number("id"));
        Assert.Equal(account.OwnerId, read.Record["coordinator"]!.Number("id"));
        Assert.True(read.Record.Bool("auto_assign"));

        var updated = (await account.Owner.PatchAsync($"/v1/teams/{created.Id}", new { name = "Service Desk NL", manager_id = (long?)null }))
            .Expect(200);
        Assert.Equal("Service Desk NL", updated.Record.Str("name"));
        Assert.Null(updated.Record["manager"]);
        Assert.Equal("W/\"1\"", updated.Header("ETag"));
    }

    [Fact]
    public async Task Managers_and_members_must_hold_a_role_in_the_account()
    {
        var account = await _world.SupportDomainAsync();
        var team = await account.AddTeamAsync();
        var withoutRole = await account.AddPersonAsync();

        (await account.Owner.PostAsync("/v1/teams", new { name = "Managed", manager_id = withoutRole }))
            .ExpectValidation(("manager_id", "must be a person with a role in this account"));
        (await account.Owner.PostAsync($"/v1/teams/{team}/members/{withoutRole}"))
            .ExpectValidation(("member", "must hold a role in this account to join one of its teams"));

        Assert.Equal(0, (await account.Owner.GetAsync("/v1/teams?name=Managed")).Expect(200).TotalEntries());
        Assert.Equal(0, (await account.Owner.GetAsync($"/v1/teams/{team}/members")).Expect(200).TotalEntries());

        await account.GrantAsync(withoutRole, "specialist");
        (await account.Owner.PostAsync($"/v1/teams/{team}/members/{withoutRole}")).Expect(200, "{}");
        Assert.Equal([withoutRole], (await account.Owner.GetAsync($"/v1/teams/{team}/members")).Expect(200).Ids());
    }

    [Fact]
    public async Task Members_are_added_once_listed_by_name_and_removed()
    {
        var account = await _world.SupportDomainAsync();
        var team = await account.AddTeamAsync();
        var members = new Dictionary<string, long>();
        foreach (var name in new[] { "carol", "alice", "bob" })
        {
            members[name] = await account.AddPersonAsync(name);
            await account.GrantAsync(members[name], "specialist");
            (await account.Owner.PostAsync($"/v1/teams/{team}/members/{members[name]}")).Expect(200);
        }
        // Adding again is harmless.
        (await account.Owner.PostAsync($"/v1/teams/{team}/members/{members["bob"]}")).Expect(200);

        var page = (await account.Owner.GetAsync($"/v1/teams/{team}/members?per_page=2")).Expect(200);
        Assert.Equal(3, page.TotalEntries());
        Assert.Equal(["alice", "bob"], page.Values("name"));
        Assert.Equal(["carol", "bob", "alice"], (await account.Owner.GetAsync($"/v1/teams/{team}/members?sort=-name")).Expect(200).Values("name"));
        Assert.Equal(["bob"], (await account.Owner.GetAsync($"/v1/teams/{team}/members?name=bob")).Expect(200).Values("name"));

        (await account.Owner.DeleteAsync($"/v1/teams/{team}/members/{members["bob"]}")).Expect(204);
        (await account.Owner.DeleteAsync($"/v1/teams/{team}/members/{members["bob"]}")).Expect(404);
        Assert.Equal(["alice", "carol"], (await account.Owner.GetAsync($"/v1/teams/{team}/members")).Expect(200).Values("name"));

        // Losing every role in the account also ends team membership.
        (await account.Owner.DeleteAsync($"/v1/people/{members["alice"]}/permissions/{account.Id}")).Expect(204);
        Assert.Equal(["carol"], (await account.Owner.GetAsync($"/v1/teams/{team}/members")).Expect(200).Values("name"));
    }

    [Fact]
    public async Task Directory_people_with_a_role_join_the_support_domains_teams_and_show_their_account()
    {
        var directory = await _world.DirectoryAsync();
        var domain = await _world.SupportDomainAsync(directory);
        var team = await domain.AddTeamAsync();
        await domain.GrantAsync(directory.OwnerId, "specialist");

        (await domain.Owner.PostAsync($"/v1/teams/{team}/members/{directory.OwnerId}")).Expect(200);

        var member = (await domain.Owner.GetAsync($"/v1/teams/{team}/members")).Expect(200).Items.Single()!;
        Assert.Equal(directory.OwnerId, member.Number("id"));
        Assert.Equal(directory.Id, member["account"]!.Str("id"));
        Assert.Equal(directory.Name, member["account"]!.Str("name"));
    }

    [Fact]
    public async Task Teams_are_filtered_sorted_and_paged()
    {
        var account = await _world.SupportDomainAsync();
        var ids = new Dictionary<string, long> { ["Service desk"] = account.ServiceDeskTeamId!.Value };
        foreach (var name in new[] { "Network", "Database", "Workplace" }) ids[name] = await account.AddTeamAsync(name);
        (await account.Owner.PatchAsync($"/v1/teams/{ids["Database"]}", new { disabled = true, manager_id = account.OwnerId })).Expect(200);

        Assert.Equal(["Database", "Network", "Service desk", "Workplace"], (await account.Owner.GetAsync("/v1/teams?sort=name")).Expect(200).Values("name"));
        Assert.Equal([ids["Database"]], (await account.Owner.GetAsync("/v1/teams?disabled=true")).Expect(200).Ids());
        Assert.Equal([ids["Database"]], (await account.Owner.GetAsync($"/v1/teams?manager_id={account.OwnerId}")).Expect(200).Ids());
        Assert.Equal([ids["Service desk"], ids["Network"], ids["Workplace"]], (await account.Owner.GetAsync("/v1/teams?manager_id=")).Expect(200).Ids());
        var last = (await account.Owner.GetAsync("/v1/teams?per_page=3&page=2")).Expect(200);
        Assert.Equal(4, last.TotalEntries());
        Assert.Equal([ids["Workplace"]], last.Ids());
        Assert.Equal(["id", "name", "manager", "disabled"], last.Items[0]!.Members());
    }

    [Fact]
    public async Task Duplicate_names_and_bad_input_are_refused_and_nothing_is_written()
    {
        var account = await _world.SupportDomainAsync();
        var team = await account.AddTeamAsync("Only");

        (await account.Owner.PostAsync("/v1/teams", new { name = "Only" })).ExpectValidation(("name", "has already been taken"));
        (await account.Owner.PostAsync("/v1/teams", new { name = "Long", description = new string('d', 4001) }))
            .ExpectValidation(("description", "is too long (maximum is 4000 characters)"));
        (await account.Owner.PostAsync("/v1/teams", new { name = "Typed", auto_assign = 1 })).ExpectValidation(("auto_assign", "has the wrong type"));
        (await account.Owner.PostAsync("/v1/teams", new { name = "Members", members = new[] { 1 } })).ExpectValidation(("members", "is not a known field"));
        (await account.Owner.PatchAsync($"/v1/teams/{team}", new { name = "Renamed" }, ("If-Match", "W/\"3\""))).Expect(412);

        Assert.Equal(["Service desk", "Only"], (await account.Owner.GetAsync("/v1/teams")).Expect(200).Values("name"));
    }

    [Fact]
    public async Task Another_accounts_team_answers_exactly_like_a_missing_one()
    {
        var mine = await _world.SupportDomainAsync();
        var theirs = await _world.SupportDomainAsync();
        var foreign = await theirs.AddTeamAsync("Theirs");
        var ownTeam = await mine.AddTeamAsync();

        Answers.SameAsMissing(
            await mine.Owner.GetAsync($"/v1/teams/{foreign}"),
            await mine.Owner.GetAsync($"/v1/teams/{Answers.NeverExistingId}"));
        Answers.SameAsMissing(
            await mine.Owner.PatchAsync($"/v1/teams/{foreign}", new { name = "Mine now" }),
            await mine.Owner.PatchAsync($"/v1/teams/{Answers.NeverExistingId}", new { name = "Mine now" }));
        Answers.SameAsMissing(
            await mine.Owner.GetAsync($"/v1/teams/{foreign}/members"),
            await mine.Owner.GetAsync($"/v1/teams/{Answers.NeverExistingId}/members"));
        Answers.SameAsMissing(
            await mine.Owner.PostAsync($"/v1/teams/{foreign}/members/{mine.OwnerId}"),
            await mine.Owner.PostAsync($"/v1/teams/{Answers.NeverExistingId}/members/{mine.OwnerId}"));
        // Nor can another account's person be put in one's own team.
        Answers.SameAsMissing(
            await mine.Owner.PostAsync($"/v1/teams/{ownTeam}/members/{theirs.OwnerId}"),
            await mine.Owner.PostAsync($"/v1/teams/{ownTeam}/members/{Answers.NeverExistingId}"));

        Assert.Equal(0, (await mine.Owner.GetAsync($"/v1/teams?id={foreign}")).Expect(200).TotalEntries());
        Assert.Equal(0, (await theirs.Owner.GetAsync($"/v1/teams/{foreign}/members")).Expect(200).TotalEntries());
        Assert.Equal("Theirs", (await theirs.Owner.GetAsync($"/v1/teams/{foreign}")).Expect(200).Record.Str("name"));
    }
}
