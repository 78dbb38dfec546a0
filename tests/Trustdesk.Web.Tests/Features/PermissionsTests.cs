using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features;

/// <summary><c>/v1/people/:id/permissions</c>: the roles a person holds in the current account.</summary>
public sealed class PermissionsTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    private static string Roles(ApiResponse response) =>
        string.Join(",", response.Record["roles"]!.AsArray().Select(r => r!.GetValue<string>()));

    [Fact]
    public async Task Roles_are_added_replaced_and_removed_and_take_effect_at_once()
    {
        var directory = await _world.DirectoryAsync();
        var domain = await _world.SupportDomainAsync(directory);
        var person = directory.OwnerId;
        var path = $"/v1/people/{person}/permissions/{domain.Id}";
        (await directory.Owner.In(domain.Id).GetAsync("/v1/teams")).Expect(403);

        var added = (await domain.Owner.PostAsync(path + "?roles=specialist,service_desk_analyst")).Expect(200);
        Assert.Equal("""{"account":{"id":"ID","name":"NAME"},"roles":["service_desk_analyst","specialist"]}"""
            .Replace("ID", domain.Id, StringComparison.Ordinal).Replace("NAME", domain.Name, StringComparison.Ordinal), added.Text);
        (await directory.Owner.In(domain.Id).GetAsync("/v1/teams")).Expect(200);

        Assert.Equal("auditor,service_desk_analyst,specialist", Roles((await domain.Owner.PostAsync(path, new { roles = new[] { "auditor" } })).Expect(200)));
        Assert.Equal("problem_manager", Roles((await domain.Owner.PatchAsync(path + "?roles=problem_manager", new { })).Expect(200)));
        Assert.Equal("problem_manager", Roles((await domain.Owner.GetAsync(path)).Expect(200)));

        (await domain.Owner.DeleteAsync(path)).Expect(204);
        (await domain.Owner.GetAsync(path)).Expect(404);
        Assert.Equal("[]", (await domain.Owner.GetAsync($"/v1/people/{person}/permissions")).Expect(200).Text);
        (await directory.Owner.In(domain.Id).GetAsync("/v1/teams")).Expect(403);
    }

    [Fact]
    public async Task The_list_has_one_entry_for_the_current_account_with_its_roles_sorted()
    {
        var account = await _world.DirectoryAsync();
        var person = await account.AddPersonAsync();

        var none = (await account.Owner.GetAsync($"/v1/people/{person}/permissions")).Expect(200);
        Assert.Equal(0, none.TotalEntries());
        Assert.Empty(none.Items);

        await account.GrantAsync(person, "specialist", "auditor", "knowledge_manager");
        var list = (await account.Owner.GetAsync($"/v1/people/{person}/permissions")).Expect(200);
        Assert.Equal(1, list.TotalEntries());
        Assert.Equal(account.Id, list.Items[0]!["account"]!.Str("id"));
        Assert.Equal(["auditor", "knowledge_manager", "specialist"], list.Items[0]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task Unknown_roles_and_blank_role_lists_are_refused_and_nothing_is_written()
    {
        var account = await _world.DirectoryAsync();
        var person = await account.AddPersonAsync();
        var path = $"/v1/people/{person}/permissions/{account.Id}";

        (await account.Owner.PostAsync(path + "?roles=specialist,overlord")).ExpectValidation(("roles", "'overlord' is not a role"));
        (await account.Owner.PostAsync(path + "?roles=")).ExpectValidation(("roles", "can't be blank"));
        (await account.Owner.PostAsync(path, new { roles = "specialist" })).ExpectValidation(("roles", "has the wrong type"));
        (await account.Owner.PostAsync(path, new { roles = new[] { "specialist" }, account_id = "x" })).ExpectValidation(("account_id", "is not a known field"));

        (await account.Owner.GetAsync(path)).Expect(404);
    }

    [Fact]
    public async Task The_last_account_owner_cannot_be_removed()
    {
        var account = await _world.DirectoryAsync();
        var path = $"/v1/people/{account.OwnerId}/permissions/{account.Id}";

        (await account.Owner.PatchAsync(path + "?roles=specialist", new { })).ExpectValidation(("roles", "the account must keep an account owner"));
        (await account.Owner.DeleteAsync(path)).ExpectValidation(("roles", "the account must keep an account owner"));
        Assert.Equal("account_owner", Roles((await account.Owner.GetAsync(path)).Expect(200)));

        // With a second owner, the first may step down.
        var second = await account.AddPersonAsync();
        await account.GrantAsync(second, "account_owner");
        Assert.Equal("specialist", Roles((await account.Owner.PatchAsync(path + "?roles=specialist", new { })).Expect(200)));
    }

    [Fact]
    public async Task Only_owners_make_owners_and_only_administrators_grant_roles()
    {
        var directory = await _world.DirectoryAsync();
        var domain = await _world.SupportDomainAsync(directory);
        var target = await domain.AddPersonAsync();
        var targetPath = $"/v1/people/{target}/permissions/{domain.Id}";
        var actor = directory.Owner.In(domain.Id);

        await domain.GrantAsync(directory.OwnerId, "specialist");
        (await actor.PostAsync(targetPath + "?roles=specialist")).Expect(403);

        await domain.GrantAsync(directory.OwnerId, "account_administrator");
        (await actor.PostAsync(targetPath + "?roles=account_owner")).ExpectValidation(("roles", "only an account owner makes others owner"));
        (await domain.Owner.GetAsync(targetPath)).Expect(404);

        Assert.Equal("specialist", Roles((await actor.PostAsync(targetPath + "?roles=specialist")).Expect(200)));
    }

    [Fact]
    public async Task People_of_unrelated_accounts_get_no_roles_and_answer_like_missing_people()
    {
        var account = await _world.DirectoryAsync();
        var unrelated = await _world.DirectoryAsync();
        var foreign = await unrelated.AddPersonAsync();
        var own = await account.AddPersonAsync();

        Answers.SameAsMissing(
            await account.Owner.GetAsync($"/v1/people/{foreign}/permissions"),
            await account.Owner.GetAsync($"/v1/people/{Answers.NeverExistingId}/permissions"));
        Answers.SameAsMissing(
            await account.Owner.PostAsync($"/v1/people/{foreign}/permissions/{account.Id}?roles=specialist"),
            await account.Owner.PostAsync($"/v1/people/{Answers.NeverExistingId}/permissions/{account.Id}?roles=specialist"));
        // Roles are granted in the account the call acts in, never in another one named in the path.
        Answers.SameAsMissing(
            await account.Owner.PostAsync($"/v1/people/{own}/permissions/{unrelated.Id}?roles=specialist"),
            await account.Owner.PostAsync($"/v1/people/{own}/permissions/{Ids.Account()}?roles=specialist"));

        Assert.Equal("[]", (await unrelated.Owner.GetAsync($"/v1/people/{foreign}/permissions")).Expect(200).Text);
        Assert.Equal("[]", (await account.Owner.GetAsync($"/v1/people/{own}/permissions")).Expect(200).Text);
    }

    [Fact]
    public async Task A_support_domains_local_person_cannot_hold_roles_in_the_directory()
    {
        var directory = await _world.DirectoryAsync();
        var domain = await _world.SupportDomainAsync(directory);
        var local = await domain.AddPersonAsync();

        // The directory does not see the support domain's people at all.
        Answers.SameAsMissing(
            await directory.Owner.PostAsync($"/v1/people/{local}/permissions/{directory.Id}?roles=specialist"),
            await directory.Owner.PostAsync($"/v1/people/{Answers.NeverExistingId}/permissions/{directory.Id}?roles=specialist"));
        Assert.Equal("[]", (await domain.Owner.GetAsync($"/v1/people/{local}/permissions")).Expect(200).Text);
    }

    [Fact]
    public async Task Only_owners_take_the_owner_role_away()
    {
        var directory = await _world.DirectoryAsync();
        var domain = await _world.SupportDomainAsync(directory);
        var second = await domain.AddPersonAsync();
        await domain.GrantAsync(second, "account_owner");
        await domain.GrantAsync(directory.OwnerId, "account_administrator");
        var administrator = directory.Owner.In(domain.Id);
        var ownerPath = $"/v1/people/{domain.OwnerId}/permissions/{domain.Id}";

        (await administrator.PatchAsync(ownerPath + "?roles=specialist", new { })).ExpectValidation(("roles", "only an account owner takes the owner role away"));
        (await administrator.DeleteAsync(ownerPath)).ExpectValidation(("roles", "only an account owner takes the owner role away"));
        // Nothing changed: the support domain's first owner keeps both roles (ADR 30).
        Assert.Equal("account_owner,specialist", Roles((await domain.Owner.GetAsync(ownerPath)).Expect(200)));

        // An owner may, as long as one owner remains.
        (await domain.Owner.DeleteAsync($"/v1/people/{second}/permissions/{domain.Id}")).Expect(204);
    }
}
