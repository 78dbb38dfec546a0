using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features;

/// <summary><c>/v1/me</c> and <c>/v1/account</c>: who is calling, and the account the call acts in.</summary>
public sealed class MeAndAccountTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    [Fact]
    public async Task Me_is_the_token_owner_with_their_account()
    {
        var directory = await _world.DirectoryAsync();

        var me = (await directory.Owner.GetAsync("/v1/me")).Expect(200);

        Assert.Equal(directory.OwnerId, me.Id);
        Assert.Equal("Owner of " + directory.Id, me.Record.Str("name"));
        Assert.Equal(directory.Id, me.Record["account"]!.Str("id"));
        Assert.Equal(directory.Name, me.Record["account"]!.Str("name"));
        Assert.False(me.HasHeader("X-Pagination-Total-Entries"));
    }

    [Fact]
    public async Task Me_stays_the_same_person_when_acting_in_a_linked_support_domain()
    {
        var directory = await _world.DirectoryAsync();
        var domain = await _world.SupportDomainAsync(directory);

        var me = (await directory.Owner.In(domain.Id).GetAsync("/v1/me")).Expect(200);

        Assert.Equal(directory.OwnerId, me.Id);
        Assert.Equal(directory.Id, me.Record["account"]!.Str("id"));
    }

    [Fact]
    public async Task Account_describes_the_account_the_call_acts_in()
    {
        var directory = await _world.DirectoryAsync();
        var domain = await _world.SupportDomainAsync(directory);

        var own = (await directory.Owner.In(null).GetAsync("/v1/account")).Expect(200).Record;
        Assert.Equal(directory.Id, own.Str("id"));
        Assert.Equal("directory", own.Str("kind"));
        Assert.Null(own["directory_account"]);

        var linked = (await directory.Owner.In(domain.Id).GetAsync("/v1/account")).Expect(200);
        Assert.Equal(domain.Id, linked.Record.Str("id"));
        Assert.Equal(domain.Name, linked.Record.Str("name"));
        Assert.Equal("support_domain", linked.Record.Str("kind"));
        Assert.Equal(directory.Id, linked.Record["directory_account"]!.Str("id"));
        Assert.False(linked.HasHeader("X-Pagination-Total-Entries"));
    }

    [Fact]
    public async Task Account_of_an_unrelated_account_is_refused_as_if_it_did_not_exist()
    {
        var directory = await _world.DirectoryAsync();
        var unrelated = await _world.SupportDomainAsync();

        var existing = (await directory.Owner.In(unrelated.Id).GetAsync("/v1/account")).Expect(403);
        var missing = (await directory.Owner.In(Ids.Account()).GetAsync("/v1/account")).Expect(403);

        Assert.Equal(missing.Body, existing.Body);
        Assert.Equal(missing.ContentType, existing.ContentType);
        Assert.DoesNotContain(unrelated.Name, existing.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_lists_only_their_current_account_whatever_the_filter_or_sort()
    {
        var directory = await _world.DirectoryAsync();
        var domain = await _world.SupportDomainAsync(directory);
        var client = directory.Owner.In(domain.Id);

        Assert.Equal([domain.Id], (await client.GetAsync("/v1/accounts?sort=-name")).Expect(200).Values("id"));
        Assert.Equal(0, (await client.GetAsync($"/v1/accounts?id={directory.Id}")).Expect(200).TotalEntries());
        Assert.Equal(1, (await client.GetAsync($"/v1/accounts?directory_account_id={directory.Id}")).Expect(200).TotalEntries());
        (await client.GetAsync("/v1/accounts?sort=kind")).Expect(400, """{"message":"Sorting not allowed on fields: kind"}""");
    }
}
