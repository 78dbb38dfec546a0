using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>
/// A filter takes at most 500 values, counted over its repeats in the query: at the limit it filters as usual, past it
/// the call is refused with a 400 naming the filter, alike on every database (SQLite failed on such a query with a 500).
/// </summary>
public sealed class FilterLimitTests
{
    private const int Limit = 500;
    private readonly TestWorld _world = TestWorld.Shared;

    private static string TooMany(string filter) => $$"""{"message":"Too many values for {{filter}}: a filter takes at most {{Limit}}"}""";

    /// <summary><paramref name="real"/>, then ids no record has (negative), <paramref name="count"/> values in all.</summary>
    private static string IdList(int count, params long[] real) =>
        string.Join(',', real.Concat(Enumerable.Range(1, count - real.Length).Select(i => (long)-i)));

    [Fact]
    public async Task A_filter_takes_500_values()
    {
        var account = await _world.SupportDomainAsync();
        var (p1, p2) = (await account.AddPersonAsync("p1"), await account.AddPersonAsync("p2"));
        var owner = account.Owner;

        Assert.Equal([p1, p2], (await owner.GetAsync("/v1/people?id=" + IdList(Limit, p2, p1))).Expect(200).Ids());
        Assert.Equal([account.OwnerId], (await owner.GetAsync("/v1/people?id=!" + IdList(Limit, p2, p1))).Expect(200).Ids());
        var half = IdList(Limit / 2, p1, p2);
        Assert.Equal([p1, p2], (await owner.GetAsync($"/v1/people?id={half}&id={half}")).Expect(200).Ids());
        var names = string.Join(',', new[] { "p2" }.Concat(Enumerable.Range(1, Limit - 1).Select(i => $"n{i}")));
        Assert.Equal([p2], (await owner.GetAsync("/v1/people?name=" + names)).Expect(200).Ids());
        // Each filter has its own 500.
        Assert.Equal([p2], (await owner.GetAsync($"/v1/people?name={names}&id={IdList(Limit, p2)}")).Expect(200).Ids());
        Assert.Equal(0, (await owner.GetAsync("/v1/requests?id=" + IdList(Limit))).Expect(200).TotalEntries());
        Assert.Equal(0, (await owner.GetAsync("/v1/trusts?" + string.Join('&', Enumerable.Repeat("other_account_id=t-nobody", Limit))))
            .Expect(200).TotalEntries());
    }

    [Fact]
    public async Task More_than_500_values_are_refused_naming_the_filter()
    {
        var account = await _world.SupportDomainAsync();
        var p1 = await account.AddPersonAsync("p1");
        var owner = account.Owner;

        foreach (var query in new[]
                 {
                     "id=" + IdList(Limit + 1, p1), "id=!" + IdList(Limit + 1, p1), "id=" + IdList(990, p1), "id=" + IdList(5000),
                     $"id={IdList(Limit / 2, p1)}&id={IdList(Limit / 2 + 1, p1)}", string.Join('&', Enumerable.Repeat($"id={p1}", Limit + 1)),
                 })
            (await owner.GetAsync("/v1/people?" + query)).Expect(400, TooMany("id"));
        var names = string.Join(',', Enumerable.Range(0, Limit + 1).Select(i => $"n{i}"));
        (await owner.GetAsync($"/v1/people?id={p1}&name={names}")).Expect(400, TooMany("name"));
        (await owner.GetAsync("/v1/requests?id=" + IdList(990))).Expect(400, TooMany("id"));
        (await owner.GetAsync("/v1/trusts?" + string.Join('&', Enumerable.Repeat("other_account_id=t-nobody", Limit + 1))))
            .Expect(400, TooMany("other_account_id"));
    }

    /// <summary>A field named twice in <c>sort</c> changes no order, so a long list of repeats sorts as the names once.</summary>
    [Fact]
    public async Task A_sort_that_repeats_its_fields_sorts_as_each_field_once()
    {
        var account = await _world.SupportDomainAsync();
        await account.AddPersonAsync("b");
        await account.AddPersonAsync("a");
        var once = (await account.Owner.GetAsync("/v1/people?sort=-name,id")).Expect(200).Ids();

        var repeated = string.Join(',', Enumerable.Repeat("-name,id,name", 1000));
        Assert.Equal(once, (await account.Owner.GetAsync("/v1/people?sort=" + repeated)).Expect(200).Ids());
        Assert.Equal(once, (await account.Owner.GetAsync("/v1/people?" + string.Join('&', Enumerable.Repeat("sort=-name,id", 1000)))).Expect(200).Ids());
    }
}
