using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features;

/// <summary><c>/v1/organizations</c>: the organization tree of an account.</summary>
public sealed class OrganizationsTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    [Fact]
    public async Task An_organization_is_registered_with_parent_and_manager_and_updated()
    {
        var account = await _world.DirectoryAsync();
        var root = await account.AddOrganizationAsync("Widget");

        var created = (await account.Owner.PostAsync("/v1/organizations", new
        {
            name = "Finance",
            parent_id = root,
            manager_id = account.OwnerId,
            business_unit = true,
            region = "EMEA",
            financialID = "F-100",
        })).Expect(201);
        Assert.Equal("W/\"0\"", created.Header("ETag"));
        var read = (await account.Owner.GetAsync($"/v1/organizations/{created.Id}")).Expect(200).Record;
        Assert.Equal("Finance", read.Str("name"));
        Assert.Equal("""{"id":ID,"name":"Widget"}""".Replace("ID", root.ToString(), StringComparison.Ordinal), read["parent"]!.ToJsonString());
        Assert.Equal(account.OwnerId, read["manager"]!.Number("id"));
        Assert.True(read.Bool("business_unit"));
        Assert.Equal("EMEA", read.Str("region"));
        Assert.Equal("F-100", read.Str("financialID"));

        var updated = (await account.Owner.PatchAsync($"/v1/organizations/{created.Id}", new { name = "Finance & Control", parent_id = (long?)null }))
            .Expect(200).Record;
        Assert.Equal("Finance & Control", updated.Str("name"));
        Assert.Null(updated["parent"]);
        Assert.Equal("EMEA", updated.Str("region"));
    }

    [Fact]
    public async Task Children_enabled_and_disabled_organizations_are_listed_with_filters_and_sorting()
    {
        var account = await _world.DirectoryAsync();
        var root = await account.AddOrganizationAsync("root");
        var bravo = await account.AddOrganizationAsync("bravo", root);
        var alpha = await account.AddOrganizationAsync("alpha", root);
        var charlie = await account.AddOrganizationAsync("charlie", alpha);
        (await account.Owner.PatchAsync($"/v1/organizations/{bravo}", new { disabled = true })).Expect(200);

        Assert.Equal([bravo, alpha], (await account.Owner.GetAsync($"/v1/organizations/{root}/children")).Expect(200).Ids());
        Assert.Equal([alpha, bravo], (await account.Owner.GetAsync($"/v1/organizations?parent_id={root}&sort=name")).Expect(200).Ids());
        Assert.Equal([root], (await account.Owner.GetAsync("/v1/organizations?parent_id=")).Expect(200).Ids());
        Assert.Equal([bravo, alpha, charlie], (await account.Owner.GetAsync("/v1/organizations?parent_id=!")).Expect(200).Ids());
        Assert.Equal([bravo], (await account.Owner.GetAsync("/v1/organizations/disabled")).Expect(200).Ids());
        Assert.Equal([root, alpha, charlie], (await account.Owner.GetAsync("/v1/organizations/enabled")).Expect(200).Ids());

        var page = (await account.Owner.GetAsync("/v1/organizations?sort=-name&per_page=3")).Expect(200);
        Assert.Equal(4, page.TotalEntries());
        Assert.Equal(["root", "charlie", "bravo"], page.Values("name"));
        Assert.All(page.Items, item => Assert.Equal(["id", "name", "parent", "disabled", "account"], item!.Members()));
    }

    [Fact]
    public async Task An_organization_cannot_become_its_own_ancestor()
    {
        var account = await _world.DirectoryAsync();
        var top = await account.AddOrganizationAsync("top");
        var middle = await account.AddOrganizationAsync("middle", top);
        var bottom = await account.AddOrganizationAsync("bottom", middle);

        (await account.Owner.PatchAsync($"/v1/organizations/{top}", new { parent_id = bottom }))
            .ExpectValidation(("parent_id", "would make the organization its own ancestor"));
        (await account.Owner.PatchAsync($"/v1/organizations/{middle}", new { parent_id = middle }))
            .ExpectValidation(("parent_id", "would make the organization its own ancestor"));

        Assert.Null((await account.Owner.GetAsync($"/v1/organizations/{top}")).Expect(200).Record["parent"]);
        Assert.Equal(top, (await account.Owner.GetAsync($"/v1/organizations/{middle}")).Expect(200).Record["parent"]!.Number("id"));
        // Moving a subtree elsewhere in the tree is fine.
        (await account.Owner.PatchAsync($"/v1/organizations/{bottom}", new { parent_id = top })).Expect(200);
    }

    [Fact]
    public async Task Parents_and_managers_of_other_accounts_are_refused()
    {
        var directory = await _world.DirectoryAsync();
        var domain = await _world.SupportDomainAsync(directory);
        var unrelated = await _world.DirectoryAsync();
        var foreignOrganization = await unrelated.AddOrganizationAsync();
        var directoryOrganization = await directory.AddOrganizationAsync();

        (await domain.Owner.PostAsync("/v1/organizations", new { name = "Cross", parent_id = foreignOrganization, manager_id = unrelated.OwnerId }))
            .ExpectValidation(("parent_id", "does not exist"), ("manager_id", "does not exist"));
        // An organization tree does not span accounts, not even into the directory.
        (await domain.Owner.PostAsync("/v1/organizations", new { name = "Cross", parent_id = directoryOrganization }))
            .ExpectValidation(("parent_id", "does not exist"));

        Assert.Equal(0, (await domain.Owner.GetAsync("/v1/organizations?name=Cross")).Expect(200).TotalEntries());
    }

    [Fact]
    public async Task Another_accounts_organization_answers_exactly_like_a_missing_one()
    {
        var mine = await _world.DirectoryAsync();
        var theirs = await _world.DirectoryAsync();
        var foreign = await theirs.AddOrganizationAsync("Theirs");

        Answers.SameAsMissing(
            await mine.Owner.GetAsync($"/v1/organizations/{foreign}"),
            await mine.Owner.GetAsync($"/v1/organizations/{Answers.NeverExistingId}"));
        Answers.SameAsMissing(
            await mine.Owner.GetAsync($"/v1/organizations/{foreign}/children"),
            await mine.Owner.GetAsync($"/v1/organizations/{Answers.NeverExistingId}/children"));
        Answers.SameAsMissing(
            await mine.Owner.PatchAsync($"/v1/organizations/{foreign}", new { name = "Mine now" }),
            await mine.Owner.PatchAsync($"/v1/organizations/{Answers.NeverExistingId}", new { name = "Mine now" }));
        Assert.Equal(0, (await mine.Owner.GetAsync($"/v1/organizations?id={foreign}")).Expect(200).TotalEntries());
        Assert.Equal("Theirs", (await theirs.Owner.GetAsync($"/v1/organizations/{foreign}")).Expect(200).Record.Str("name"));
    }

    [Fact]
    public async Task A_stale_if_match_and_bad_input_change_nothing()
    {
        var account = await _world.DirectoryAsync();
        var id = await account.AddOrganizationAsync("Stable");
        var etag = (await account.Owner.GetAsync($"/v1/organizations/{id}")).Expect(200).Header("ETag")!;
        (await account.Owner.PatchAsync($"/v1/organizations/{id}", new { region = "NA" }, ("If-Match", etag))).Expect(200);

        (await account.Owner.PatchAsync($"/v1/organizations/{id}", new { name = "Stale" }, ("If-Match", etag))).Expect(412);
        (await account.Owner.PatchAsync($"/v1/organizations/{id}", new { name = "" })).ExpectValidation(("name", "can't be blank"));
        (await account.Owner.PatchAsync($"/v1/organizations/{id}", new { region = new string('r', 101) }))
            .ExpectValidation(("region", "is too long (maximum is 100 characters)"));
        (await account.Owner.PatchAsync($"/v1/organizations/{id}", new { business_unit = "yes" })).ExpectValidation(("business_unit", "has the wrong type"));
        (await account.Owner.PatchAsync($"/v1/organizations/{id}", new { parent = id })).ExpectValidation(("parent", "is not a known field"));

        var read = (await account.Owner.GetAsync($"/v1/organizations/{id}")).Expect(200);
        Assert.Equal("Stable", read.Record.Str("name"));
        Assert.Equal("NA", read.Record.Str("region"));
        Assert.Equal("W/\"1\"", read.Header("ETag"));
    }
}
