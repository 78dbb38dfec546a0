using System.Globalization;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>4me filters on collections: <c>=</c>, <c>=!</c>, lists, empty, present, comparisons and ranges.</summary>
public sealed class FilterTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    /// <summary>An account with the owner and four people: p1 (vip, in org), p2, p3 (in org), p4 (disabled).</summary>
    private async Task<(Tenant Account, long Owner, long P1, long P2, long P3, long P4, long Org)> PeopleAsync()
    {
        var account = await _world.DirectoryAsync();
        var org = await account.AddOrganizationAsync();
        var p1 = (await account.CreateAsync("/v1/people", new { name = "p1", primary_email = Ids.Email(), organization_id = org, vip = true })).Number("id");
        var p2 = await account.AddPersonAsync("p2");
        var p3 = (await account.CreateAsync("/v1/people", new { name = "p3", primary_email = Ids.Email(), organization_id = org })).Number("id");
        var p4 = (await account.CreateAsync("/v1/people", new { name = "p4", primary_email = Ids.Email(), disabled = true })).Number("id");
        return (account, account.OwnerId, p1, p2, p3, p4, org);
    }

    [Fact]
    public async Task Equality_negation_lists_empty_and_present()
    {
        var (account, owner, p1, p2, p3, p4, org) = await PeopleAsync();
        async Task<List<long>> Ids(string query) => (await account.Owner.GetAsync("/v1/people?" + query)).Expect(200).Ids();

        Assert.Equal([p2], await Ids($"id={p2}"));
        Assert.Equal([owner, p1, p3, p4], await Ids($"id=!{p2}"));
        Assert.Equal([p1, p3], await Ids($"id={p3},{p1}"));
        Assert.Equal([owner, p2, p4], await Ids($"id=!{p1},{p3}"));
        Assert.Equal([owner, p2, p4], await Ids("organization_id="));
        Assert.Equal([p1, p3], await Ids("organization_id=!"));
        Assert.Equal([p1, p3], await Ids($"organization_id={org}"));
        // "Not this organization" keeps the people without one.
        Assert.Equal([owner, p2, p4], await Ids($"organization_id=!{org}"));
        Assert.Equal([p1], await Ids("vip=true"));
        Assert.Equal([p1], await Ids("vip=YES"));
        Assert.Equal([p4], await Ids("disabled=1"));
        Assert.Equal([p3], await Ids("vip=false&organization_id=!"));
        Assert.Equal([p2], await Ids("name=p2"));
        Assert.Empty(await Ids("name=P2"));
    }

    [Fact]
    public async Task Comparisons_and_ranges()
    {
        var (account, owner, p1, p2, p3, p4, _) = await PeopleAsync();
        async Task<List<long>> Ids(string query) => (await account.Owner.GetAsync("/v1/people?" + query)).Expect(200).Ids();

        Assert.Equal([p3, p4], await Ids($"id=>{p2}"));
        Assert.Equal([p2, p3, p4], await Ids($"id=>={p2}"));
        Assert.Equal([owner, p1], await Ids($"id=<{p2}"));
        Assert.Equal([owner, p1, p2], await Ids($"id=<={p2}"));
        Assert.Equal([p2, p3], await Ids($"id=>{p1}<{p4}"));
        Assert.Equal([p1, p2, p3], await Ids($"id=>={p1}<={p3}"));
        Assert.Equal([p2, p3], await Ids($"id=>{p1}&id=<{p4}"));

        var day = TimeSpan.FromDays(1);
        string Stamp(TimeSpan offset) => Uri.EscapeDataString((DateTime.UtcNow + offset).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        Assert.Equal(5, (await Ids($"created_at=>{Stamp(-day)}")).Count);
        Assert.Equal(5, (await Ids($"created_at=>={Stamp(-day)}<{Stamp(day)}")).Count);
        Assert.Empty(await Ids($"created_at=>{Stamp(day)}"));
        Assert.Empty(await Ids("updated_at=<2000-01-01"));
    }

    [Fact]
    public async Task Unknown_filters_and_unreadable_values_are_refused()
    {
        var account = await _world.DirectoryAsync();
        var owner = account.Owner;

        (await owner.GetAsync("/v1/people?job_title=x")).Expect(400, """{"message":"Filtering not allowed on fields: job_title"}""");
        (await owner.GetAsync("/v1/people?password_hash=x&account_id=y")).Expect(400, """{"message":"Filtering not allowed on fields: password_hash, account_id"}""");
        (await owner.GetAsync("/v1/people?id=abc")).Expect(400, """{"message":"Invalid filter value for id: abc"}""");
        (await owner.GetAsync("/v1/people?id=1,x")).Expect(400, """{"message":"Invalid filter value for id: 1,x"}""");
        foreach (var query in new[] { "id=>", "id=>=1<=", "id=>1<x", "vip=maybe", "created_at=yesterday", "created_at=>soon", "id=99999999999999999999" })
            Answers.AssertErrorShape((await owner.GetAsync("/v1/people?" + query)).Expect(400));
    }
}
