using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Requests;

/// <summary>
/// An account names its service desk team (ADR 32): a request that would have no team goes there, or is refused with a
/// 422 that says why when the account names none. A new support domain starts with one, its owner a member.
/// </summary>
public sealed class ServiceDeskTeamTests
{
    private const string NoServiceDesk = "can't be blank: this account names no service desk team to take a request without a team";
    private static readonly TestWorld World = TestWorld.Shared;

    [Fact]
    public async Task A_new_support_domain_starts_with_a_service_desk_team_its_owner_works_in()
    {
        var account = await World.SupportDomainAsync();
        var desk = account.ServiceDeskTeamId!.Value;

        var current = (await account.Owner.GetAsync("/v1/account")).Expect(200).Record;
        Assert.Equal(desk, current["service_desk_team"]!.Number("id"));
        Assert.Equal("Service desk", current["service_desk_team"]!.Str("name"));
        Assert.Equal([account.OwnerId], (await account.Owner.GetAsync($"/v1/teams/{desk}/members")).Expect(200).Ids());

        // A directory keeps people, not a queue: it names none until its owner chooses a team.
        var directory = await World.DirectoryAsync();
        Assert.Null(directory.ServiceDeskTeamId);
        Assert.Null((await directory.Owner.GetAsync("/v1/account")).Expect(200).Record["service_desk_team"]);
    }

    [Fact]
    public async Task A_request_registered_without_a_team_goes_to_the_service_desk_and_its_owner_sees_it_in_their_teams_queue()
    {
        var account = await World.SupportDomainAsync();
        var request = (await account.Owner.PostAsync("/v1/requests", new { subject = "Screen flickers" })).Expect(201).Record;
        Assert.Equal(account.ServiceDeskTeamId, request["team"]!.Number("id"));
        Assert.Contains(request.Number("id"), (await account.Owner.GetAsync("/v1/requests/assigned_to_my_team")).Expect(200).Ids());

        // An instance without a first-line team names no team either.
        var chain = await account.AddCatalogChainAsync();
        var forInstance = (await account.Owner.PostAsync("/v1/requests", new { subject = "Printer jams", service_instance_id = chain.Instance }))
            .Expect(201).Record;
        Assert.Equal(account.ServiceDeskTeamId, forInstance["team"]!.Number("id"));
    }

    [Fact]
    public async Task Without_a_service_desk_a_request_without_a_team_is_refused_and_nothing_is_written()
    {
        var directory = await World.DirectoryAsync();
        await directory.GrantAsync(directory.OwnerId, "specialist");

        (await directory.Owner.PostAsync("/v1/requests", new { subject = "Nowhere to go", note = "Lost" }))
            .ExpectValidation(("team_id", NoServiceDesk));
        Assert.Equal(0, (await directory.Owner.GetAsync("/v1/requests")).Expect(200).TotalEntries());

        var team = await directory.AddTeamAsync();
        var path = $"/v1/requests/{(await directory.Owner.PostAsync("/v1/requests", new { subject = "Somewhere", team_id = team })).Expect(201).Id}";
        var before = (await directory.Owner.GetAsync(path)).Expect(200).Record;
        (await directory.Owner.PatchAsync(path, new { team_id = (long?)null })).ExpectValidation(("team_id", NoServiceDesk));
        Assert.Equal(before.ToJsonString(), (await directory.Owner.GetAsync(path)).Expect(200).Record.ToJsonString());

        // Once the directory names one, the same calls go there.
        Assert.Equal(team, (await directory.Owner.PatchAsync($"/v1/accounts/{directory.Id}", new { service_desk_team_id = team }))
            .Expect(200).Record["service_desk_team"]!.Number("id"));
        Assert.Equal(team, (await directory.Owner.PostAsync("/v1/requests", new { subject = "Found a desk" })).Expect(201).Record["team"]!.Number("id"));
    }

    [Fact]
    public async Task Only_an_enabled_team_of_the_account_itself_can_be_its_service_desk_and_the_service_desk_stays_enabled()
    {
        var account = await World.SupportDomainAsync();
        var other = await World.SupportDomainAsync();
        var desk = account.ServiceDeskTeamId!.Value;
        var path = $"/v1/accounts/{account.Id}";
        var before = (await account.Owner.GetAsync("/v1/account")).Expect(200).Record;

        var disabled = await account.AddTeamAsync();
        (await account.Owner.PatchAsync($"/v1/teams/{disabled}", new { disabled = true })).Expect(200);
        const string NotATeam = "is not an enabled team of this account";
        (await account.Owner.PatchAsync(path, new { service_desk_team_id = other.ServiceDeskTeamId })).ExpectValidation(("service_desk_team_id", NotATeam));
        (await account.Owner.PatchAsync(path, new { service_desk_team_id = disabled })).ExpectValidation(("service_desk_team_id", NotATeam));
        (await account.Owner.PatchAsync(path, new { service_desk_team_id = Answers.NeverExistingId })).ExpectValidation(("service_desk_team_id", NotATeam));
        (await account.Owner.PatchAsync(path, new { service_desk_team_id = "desk" })).ExpectInvalid("service_desk_team_id");
        (await account.Owner.PatchAsync($"/v1/teams/{desk}", new { disabled = true }))
            .ExpectValidation(("disabled", "the team is this account's service desk: name another service desk team first"));
        Assert.Equal(before.ToJsonString(), (await account.Owner.GetAsync("/v1/account")).Expect(200).Record.ToJsonString());

        // The operator names it too, like any of the account's settings.
        var newDesk = await account.AddTeamAsync("Front office");
        var operatorSet = (await World.Server.Operator.PatchAsync(path, new { service_desk_team_id = newDesk })).Expect(200).Record;
        Assert.Equal("Front office", operatorSet["service_desk_team"]!.Str("name"));
        Assert.Equal(newDesk, (await World.Server.Operator.GetAsync(path)).Expect(200).Record["service_desk_team"]!.Number("id"));
        // No longer the desk, the first one may be disabled.
        (await account.Owner.PatchAsync($"/v1/teams/{desk}", new { disabled = true })).Expect(200);
    }

    [Fact]
    public async Task A_routed_request_for_an_instance_without_a_first_line_goes_to_the_providers_service_desk_or_is_refused_without_one()
    {
        var directory = await World.DirectoryAsync();
        var root = await directory.AddOrganizationAsync();
        (await directory.Owner.PatchAsync($"/v1/people/{directory.OwnerId}", new { organization_id = root })).Expect(200);
        var provider = await World.SupportDomainAsync(directory);
        var chain = await provider.AddCatalogChainAsync();
        var sla = await provider.AddSlaAsync(chain, root);
        (await provider.Owner.PostAsync($"/v1/slas/{sla}/organizations/{root}")).Expect(200);
        (await provider.Owner.PatchAsync($"/v1/slas/{sla}", new { status = "active" })).Expect(200);

        var routed = (await directory.Owner.PostAsync("/v1/requests", new { subject = "Badge broken", service_instance_id = chain.Instance })).Expect(201).Record;
        Assert.Equal(provider.Id, routed["account"]!.Str("id"));
        var seenByProvider = (await provider.Owner.GetAsync($"/v1/requests/{routed.Number("id")}")).Expect(200).Record;
        Assert.Equal(provider.ServiceDeskTeamId, seenByProvider["team"]!.Number("id"));

        (await provider.Owner.PatchAsync($"/v1/accounts/{provider.Id}", new { service_desk_team_id = (long?)null })).Expect(200);
        (await directory.Owner.PostAsync("/v1/requests", new { subject = "Badge broken again", service_instance_id = chain.Instance }))
            .ExpectValidation(("service_instance_id", "has no team to take requests: its provider names no first-line team for it and no service desk team"));
        Assert.Equal(1, (await provider.Owner.GetAsync("/v1/requests")).Expect(200).TotalEntries());
    }
}
