using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary><c>sort=</c> (minus for descending, only allowed fields) and <c>fields=</c> (which fields a collection shows).</summary>
public sealed class SortAndFieldsTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    [Fact]
    public async Task Sort_takes_several_fields_and_a_minus_for_descending()
    {
        var account = await _world.DirectoryAsync();
        var b1 = await account.AddPersonAsync("b");
        var a1 = await account.AddPersonAsync("a");
        var b2 = await account.AddPersonAsync("b");
        var query = $"/v1/people?id={b1},{a1},{b2}";

        Assert.Equal([a1, b1, b2], (await account.Owner.GetAsync(query + "&sort=name")).Expect(200).Ids());
        Assert.Equal([a1, b2, b1], (await account.Owner.GetAsync(query + "&sort=name,-id")).Expect(200).Ids());
        Assert.Equal([b2, b1, a1], (await account.Owner.GetAsync(query + "&sort=-name,-id")).Expect(200).Ids());
        Assert.Equal([b2, a1, b1], (await account.Owner.GetAsync(query + "&sort=-id")).Expect(200).Ids());
    }

    [Fact]
    public async Task Sorting_on_a_field_that_does_not_allow_it_is_refused_with_4mes_message()
    {
        var account = await _world.DirectoryAsync();

        (await account.Owner.GetAsync("/v1/people?sort=job_title")).Expect(400, """{"message":"Sorting not allowed on fields: job_title"}""");
        (await account.Owner.GetAsync("/v1/people?sort=-name,-vip,x")).Expect(400, """{"message":"Sorting not allowed on fields: vip, x"}""");
        (await account.Owner.GetAsync("/v1/teams?sort=manager_id")).Expect(400, """{"message":"Sorting not allowed on fields: manager_id"}""");
        (await account.Owner.GetAsync("/v1/organizations?sort=")).Expect(200);
    }

    [Fact]
    public async Task Fields_selects_what_a_collection_shows_and_id_is_always_there()
    {
        var account = await _world.DirectoryAsync();
        await account.AddPersonAsync("Selected");

        var byDefault = (await account.Owner.GetAsync("/v1/people?name=Selected")).Expect(200).Items.Single()!;
        Assert.Equal(["id", "name", "primary_email", "organization", "site", "disabled", "account"], byDefault.Members());

        var chosen = (await account.Owner.GetAsync("/v1/people?name=Selected&fields=job_title,created_at,name")).Expect(200).Items.Single()!;
        Assert.Equal(["id", "job_title", "created_at", "name"], chosen.Members());
        Assert.Equal(["id"], (await account.Owner.GetAsync("/v1/people?name=Selected&fields=id")).Expect(200).Items.Single()!.Members());
        await account.AddTeamAsync();
        Assert.Equal(["id", "description"], (await account.Owner.GetAsync("/v1/teams?fields=description")).Expect(200).Items.Single()!.Members());
    }

    [Fact]
    public async Task Unknown_fields_are_refused()
    {
        var account = await _world.DirectoryAsync();

        (await account.Owner.GetAsync("/v1/people?fields=name,password_hash")).Expect(400, """{"message":"Unknown fields: password_hash"}""");
        (await account.Owner.GetAsync("/v1/sites?fields=name,secret,account_id")).Expect(400, """{"message":"Unknown fields: secret, account_id"}""");
        (await account.Owner.GetAsync("/v1/access_tokens?fields=token")).Expect(400, """{"message":"Unknown fields: token"}""");
    }
}
