using System.Text.RegularExpressions;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>
/// Collections page as 4me's do: <c>page</c>/<c>per_page</c> (default 20, max 100), <c>X-Pagination-*</c> headers
/// (a 4me SDK parses a body as a list only when <c>X-Pagination-Total-Entries</c> is there) and a one-line
/// <c>Link</c> header with absolute URLs.
/// </summary>
public sealed partial class PaginationTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    [GeneratedRegex("<(?<url>[^>]+)>; rel=\"(?<rel>[a-z]+)\"")]
    private static partial Regex LinkPart();

    private static Dictionary<string, string> Links(ApiResponse response)
    {
        var values = response.Headers.TryGetValues("Link", out var found) ? found.ToList() : [];
        Assert.True(values.Count <= 1, $"{response.Request}: Link must be one header line, got {values.Count}");
        return values.Count == 0 ? [] : LinkPart().Matches(values[0]).ToDictionary(m => m.Groups["rel"].Value, m => m.Groups["url"].Value);
    }

    [Fact]
    public async Task Collections_carry_the_total_entries_header_and_single_records_never_do()
    {
        var directory = await _world.DirectoryAsync();
        var domain = await _world.SupportDomainAsync(directory);
        var organization = await domain.AddOrganizationAsync();
        var site = await domain.AddSiteAsync();
        var team = await domain.AddTeamAsync();
        var owner = domain.Owner;
        var person = domain.OwnerId;

        string[] collections =
        [
            "/v1/people", "/v1/people/enabled", "/v1/people/disabled", "/v1/people/directory", "/v1/people/support_domain",
            $"/v1/people/{person}/permissions", "/v1/organizations", "/v1/organizations/enabled", "/v1/organizations/disabled",
            $"/v1/organizations/{organization}/children", "/v1/sites", "/v1/teams", $"/v1/teams/{team}/members", "/v1/access_tokens",
            "/v1/accounts",
        ];
        foreach (var path in collections)
        {
            var answer = (await owner.GetAsync(path)).Expect(200);
            Assert.True(answer.HasHeader("X-Pagination-Total-Entries"), $"{path}: a collection without X-Pagination-Total-Entries");
            Assert.Equal(answer.Items.Count, answer.TotalEntries());
        }

        string[] singles =
        [
            "/v1/me", "/v1/account", "/v1/enums", "/v1", $"/v1/people/{person}", $"/v1/people/{person}/permissions/{domain.Id}",
            $"/v1/organizations/{organization}", $"/v1/sites/{site}", $"/v1/teams/{team}", $"/v1/accounts/{domain.Id}",
        ];
        foreach (var path in singles)
        {
            var answer = (await owner.GetAsync(path)).Expect(200);
            Assert.False(answer.HasHeader("X-Pagination-Total-Entries"), $"{path}: a single record with X-Pagination-Total-Entries");
            Assert.False(answer.HasHeader("Link"), $"{path}: a single record with a Link header");
        }
        var created = (await owner.PostAsync("/v1/sites", new { name = "One more" })).Expect(201);
        var updated = (await owner.PatchAsync($"/v1/sites/{created.Id}", new { city = "Utrecht" })).Expect(200);
        Assert.False(created.HasHeader("X-Pagination-Total-Entries") || updated.HasHeader("X-Pagination-Total-Entries"));
    }

    [Fact]
    public async Task The_link_header_leads_through_every_page_with_absolute_urls_keeping_filters_and_sort()
    {
        var account = await _world.DirectoryAsync();
        var ids = new List<long>();
        for (var i = 0; i < 5; i++) ids.Add(await account.AddSiteAsync($"site-{i}"));

        var first = (await account.Owner.GetAsync("/v1/sites?sort=-name&per_page=2")).Expect(200);
        var links = Links(first);
        Assert.Equal(["next", "last"], links.Keys);
        Assert.All(links.Values, url => Assert.StartsWith("http://localhost/v1/sites?", url, StringComparison.Ordinal));
        Assert.Contains("sort=-name", links["next"], StringComparison.Ordinal);
        Assert.Contains("page=3", links["last"], StringComparison.Ordinal);
        Assert.Equal("2", first.Header("X-Pagination-Per-Page"));
        Assert.Equal("1", first.Header("X-Pagination-Current-Page"));
        Assert.Equal("3", first.Header("X-Pagination-Total-Pages"));
        Assert.Equal(5, first.TotalEntries());

        var seen = new List<long>(first.Ids());
        var answer = first;
        var pages = 1;
        while (Links(answer).TryGetValue("next", out var next))
        {
            answer = (await account.Owner.GetAsync(next)).Expect(200);
            seen.AddRange(answer.Ids());
            pages++;
            var middle = Links(answer);
            Assert.Contains("first", middle.Keys);
            Assert.Contains("prev", middle.Keys);
        }

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Reverse(ids), seen);
        Assert.Equal(["first", "prev", "last"], Links(answer).Keys);
        Assert.Equal("3", answer.Header("X-Pagination-Current-Page"));
        var back = (await account.Owner.GetAsync(Links(answer)["prev"])).Expect(200);
        Assert.Equal([ids[2], ids[1]], back.Ids());
    }

    [Fact]
    public async Task Pages_hold_twenty_records_by_default_and_never_more_than_a_hundred()
    {
        var account = await _world.DirectoryAsync();
        for (var i = 0; i < 101; i++) await account.AddSiteAsync($"site-{i:D3}");

        var byDefault = (await account.Owner.GetAsync("/v1/sites")).Expect(200);
        Assert.Equal(20, byDefault.Items.Count);
        Assert.Equal("20", byDefault.Header("X-Pagination-Per-Page"));
        Assert.Equal(101, byDefault.TotalEntries());

        var tooMany = (await account.Owner.GetAsync("/v1/sites?per_page=1000")).Expect(200);
        Assert.Equal(100, tooMany.Items.Count);
        Assert.Equal("100", tooMany.Header("X-Pagination-Per-Page"));
        Assert.Equal("2", tooMany.Header("X-Pagination-Total-Pages"));
        Assert.Contains("per_page=100", Links(tooMany)["next"], StringComparison.Ordinal);

        var rest = (await account.Owner.GetAsync("/v1/sites?per_page=100&page=2")).Expect(200);
        Assert.Equal(["site-100"], rest.Values("name"));
    }

    [Fact]
    public async Task A_throttled_collection_counts_only_to_the_record_after_the_page_and_pages_on_through_next_links()
    {
        var account = await _world.SupportDomainAsync();
        await account.GrantAsync(account.OwnerId, "specialist");
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
            ids.Add((await account.Owner.PostAsync("/v1/requests", new { subject = $"request {i}" })).Expect(201).Id);

        var first = (await account.Owner.GetAsync("/v1/requests?per_page=2")).Expect(200);
        Assert.Equal([ids[4], ids[3]], first.Ids());
        Assert.Equal("true", first.Header("X-Pagination-Throttled"));
        Assert.Equal(3, first.TotalEntries());
        Assert.Equal("2", first.Header("X-Pagination-Total-Pages"));
        // Where the collection ends is not known, so there is no "last" link; "next" leads on.
        Assert.Equal(["next"], Links(first).Keys);

        var second = (await account.Owner.GetAsync(Links(first)["next"])).Expect(200);
        Assert.Equal([ids[2], ids[1]], second.Ids());
        Assert.Equal(5, second.TotalEntries());
        Assert.Equal(["first", "prev", "next"], Links(second).Keys);

        // The last page knows the total exactly, and so does a page holding the whole collection.
        var last = (await account.Owner.GetAsync(Links(second)["next"])).Expect(200);
        Assert.Equal([ids[0]], last.Ids());
        Assert.False(last.HasHeader("X-Pagination-Throttled"));
        Assert.Equal(5, last.TotalEntries());
        Assert.Equal("3", last.Header("X-Pagination-Total-Pages"));
        Assert.Equal(["first", "prev", "last"], Links(last).Keys);
        var whole = (await account.Owner.GetAsync("/v1/requests?per_page=5")).Expect(200);
        Assert.False(whole.HasHeader("X-Pagination-Throttled"));
        Assert.Equal(5, whole.TotalEntries());

        var past = (await account.Owner.GetAsync("/v1/requests?per_page=2&page=9")).Expect(200);
        Assert.Empty(past.Items);
        Assert.Equal(5, past.TotalEntries());
        Assert.False(past.HasHeader("X-Pagination-Throttled"));
    }

    [Fact]
    public async Task Other_collections_count_every_record_on_every_page()
    {
        var account = await _world.DirectoryAsync();
        for (var i = 0; i < 5; i++) await account.AddSiteAsync($"site-{i}");

        foreach (var page in new[] { 1, 2, 3 })
        {
            var answer = (await account.Owner.GetAsync($"/v1/sites?per_page=2&page={page}")).Expect(200);
            Assert.Equal(5, answer.TotalEntries());
            Assert.False(answer.HasHeader("X-Pagination-Throttled"));
            Assert.Contains("last", Links(answer).Keys);
        }
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_and_bad_paging_values_are_refused()
    {
        var account = await _world.DirectoryAsync();
        await account.AddSiteAsync();

        var past = (await account.Owner.GetAsync("/v1/sites?page=7")).Expect(200);
        Assert.Empty(past.Items);
        Assert.Equal(1, past.TotalEntries());
        Assert.Empty((await account.Owner.GetAsync($"/v1/sites?page={int.MaxValue}&per_page=100")).Expect(200).Items);

        foreach (var query in new[] { "page=0", "page=-1", "page=abc", "page=1.5", "page=99999999999", "per_page=0", "per_page=-5", "per_page=ten" })
            Answers.AssertErrorShape((await account.Owner.GetAsync("/v1/sites?" + query)).Expect(400));
    }
}
