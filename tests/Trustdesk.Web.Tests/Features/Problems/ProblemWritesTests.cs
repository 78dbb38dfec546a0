using Trustdesk.Web.Tests.Features.Knowledge;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Problems;

/// <summary>
/// Problems of an account (4me's <c>/v1/problems</c>): written by its specialists for its own service, team and people;
/// solved with a time; seen by no other account and by none of its people without a role.
/// </summary>
public sealed class ProblemWritesTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    [Fact]
    public async Task A_specialist_assigns_a_problem_to_a_team_member_solves_it_and_reopens_it()
    {
        var directory = await _world.DirectoryAsync();
        var account = await _world.SupportDomainAsync(directory);
        await account.GrantAsync(account.OwnerId, "specialist");
        var team = await account.AddTeamAsync("Analysts");
        var other = await account.AddTeamAsync("Others");
        (await account.Owner.PostAsync($"/v1/teams/{team}/members/{account.OwnerId}")).Expect(200);
        var problem = await ProblemLinksTests.AddProblemAsync(account);
        var path = $"/v1/problems/{problem}";

        var assigned = (await account.Owner.PatchAsync(path, new { team_id = team, member_id = account.OwnerId, manager_id = account.OwnerId })).Expect(200).Record;
        Assert.Equal(team, assigned["team"]!.Number("id"));
        Assert.Equal(account.OwnerId, assigned["member"]!.Number("id"));
        // A member of another team is refused; moving the problem to a team they are not in drops the member.
        (await account.Owner.PatchAsync(path, new { team_id = other, member_id = account.OwnerId })).Expect(422);
        var moved = (await account.Owner.PatchAsync(path, new { team_id = other })).Expect(200).Record;
        Assert.Null(moved["member"]);

        var solved = (await account.Owner.PatchAsync(path, new { status = "solved", note = "Patched the relay." })).Expect(200).Record;
        Assert.NotNull((string?)solved["solved_at"]);
        Assert.Equal([problem], (await account.Owner.GetAsync("/v1/problems/solved")).Expect(200).Ids());
        Assert.Empty((await account.Owner.GetAsync("/v1/problems/active")).Expect(200).Ids());
        Assert.Equal("Patched the relay.", (string?)(await account.Owner.GetAsync($"{path}/notes")).Expect(200).Items[0]!["text"]);
        var reopened = (await account.Owner.PatchAsync(path, new { status = "in_progress" })).Expect(200).Record;
        Assert.Null(reopened["solved_at"]);
        var audit = (await account.Owner.GetAsync($"{path}/audit")).Expect(200).Items;
        Assert.Equal(["create", "update", "update", "update", "update"], audit.Select(a => (string?)a!["action"]).ToList());
    }

    [Fact]
    public async Task Another_account_and_people_without_a_role_see_no_problem_and_an_auditor_writes_none()
    {
        var directory = await _world.DirectoryAsync();
        var account = await _world.SupportDomainAsync(directory);
        await account.GrantAsync(account.OwnerId, "specialist");
        var problem = await ProblemLinksTests.AddProblemAsync(account);
        var stranger = await _world.SupportDomainAsync();
        var missing = Answers.NeverExistingId;

        Answers.SameAsMissing(await stranger.Owner.GetAsync($"/v1/problems/{problem}"), await stranger.Owner.GetAsync($"/v1/problems/{missing}"));
        Answers.SameAsMissing(await stranger.Owner.PatchAsync($"/v1/problems/{problem}", new { subject = "Mine" }),
            await stranger.Owner.PatchAsync($"/v1/problems/{missing}", new { subject = "Mine" }));
        Answers.SameAsMissing(await stranger.Owner.PostAsync($"/v1/problems/{problem}/notes", new { text = "Hello" }),
            await stranger.Owner.PostAsync($"/v1/problems/{missing}/notes", new { text = "Hello" }));
        Assert.Empty((await stranger.Owner.GetAsync("/v1/problems")).Expect(200).Ids());

        var employee = await KnowledgeCalls.PersonWithRolesAsync(_world, account);
        (await employee.GetAsync("/v1/problems")).Expect(403);
        Answers.SameAsMissing(await employee.GetAsync($"/v1/problems/{problem}"), await employee.GetAsync($"/v1/problems/{missing}"));

        var auditor = await KnowledgeCalls.PersonWithRolesAsync(_world, account, "auditor");
        Assert.Equal([problem], (await auditor.GetAsync("/v1/problems")).Expect(200).Ids());
        (await auditor.PatchAsync($"/v1/problems/{problem}", new { subject = "Audited" })).Expect(403);
        (await auditor.PostAsync($"/v1/problems/{problem}/notes", new { text = "Audited" })).Expect(403);
        Assert.Equal("Mail queue stalls", (string?)(await account.Owner.GetAsync($"/v1/problems/{problem}")).Expect(200).Record["subject"]);
    }
}
