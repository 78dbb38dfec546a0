using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features;

/// <summary><c>/v1/sites</c>: the places where an account's people work.</summary>
public sealed class SitesTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    [Fact]
    public async Task A_site_is_registered_read_and_updated()
    {
        var account = await _world.DirectoryAsync();

        var created = (await account.Owner.PostAsync("/v1/sites", new
        {
            name = "Amsterdam HQ",
            address = "Damrak 1",
            city = "Amsterdam",
            state = "NH",
            zip = "1012 LG",
            country = "NL",
            time_zone = "Europe/Amsterdam",
        })).Expect(201);

        var read = (await account.Owner.GetAsync($"/v1/sites/{created.Id}")).Expect(200);
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(created.Json, read.Json), $"{created.Text} vs {read.Text}");
        Assert.Equal("Damrak 1", read.Record.Str("address"));
        Assert.Equal("NL", read.Record.Str("country"));
        Assert.Equal("Europe/Amsterdam", read.Record.Str("time_zone"));
        Assert.Equal("W/\"0\"", read.Header("ETag"));

        var updated = (await account.Owner.PatchAsync($"/v1/sites/{created.Id}", new { city = "Amstelveen", zip = (string?)null })).Expect(200).Record;
        Assert.Equal("Amstelveen", updated.Str("city"));
        Assert.Null(updated["zip"]);
        Assert.Equal("Damrak 1", updated.Str("address"));
    }

    [Fact]
    public async Task Sites_are_filtered_by_city_and_country_sorted_and_paged()
    {
        var account = await _world.DirectoryAsync();
        async Task<long> Site(string name, string city, string country) =>
            (await account.CreateAsync("/v1/sites", new { name, city, country })).Number("id");
        var ams = await Site("ams", "amsterdam", "NL");
        var rtm = await Site("rtm", "rotterdam", "NL");
        var nyc = await Site("nyc", "new york", "US");
        var gru = await Site("gru", "sao paulo", "BR");

        Assert.Equal([ams, rtm], (await account.Owner.GetAsync("/v1/sites?country=NL")).Expect(200).Ids());
        Assert.Equal([nyc, gru], (await account.Owner.GetAsync("/v1/sites?country=!NL")).Expect(200).Ids());
        Assert.Equal([rtm, gru], (await account.Owner.GetAsync("/v1/sites?city=rotterdam,sao paulo")).Expect(200).Ids());
        Assert.Equal([gru, rtm, ams, nyc], (await account.Owner.GetAsync("/v1/sites?sort=country,-city")).Expect(200).Ids());

        var page2 = (await account.Owner.GetAsync("/v1/sites?sort=name&per_page=3&page=2")).Expect(200);
        Assert.Equal(4, page2.TotalEntries());
        Assert.Equal(["rtm"], page2.Values("name"));
        (await account.Owner.GetAsync("/v1/sites?sort=zip")).Expect(400, """{"message":"Sorting not allowed on fields: zip"}""");
    }

    [Fact]
    public async Task Bad_site_input_is_refused_and_nothing_is_written()
    {
        var account = await _world.DirectoryAsync();
        await account.AddSiteAsync("Unique");

        (await account.Owner.PostAsync("/v1/sites", new { name = "Unique" })).ExpectValidation(("name", "has already been taken"));
        (await account.Owner.PostAsync("/v1/sites", new { name = "Lower", country = "nl" }))
            .ExpectValidation(("country", "must be an ISO 3166 two-letter country code, such as NL"));
        (await account.Owner.PostAsync("/v1/sites", new { name = "Long", country = "NLD" }))
            .ExpectValidation(("country", "must be an ISO 3166 two-letter country code, such as NL"));
        (await account.Owner.PostAsync("/v1/sites", new { name = "Zone", time_zone = "Amsterdam" })).ExpectValidation(("time_zone", "is not a known time zone"));
        (await account.Owner.PostAsync("/v1/sites", new { name = "Zip", zip = new string('9', 21) })).ExpectValidation(("zip", "is too long (maximum is 20 characters)"));
        (await account.Owner.PostAsync("/v1/sites", new { name = "Disabled", disabled = "no" })).ExpectValidation(("disabled", "has the wrong type"));
        (await account.Owner.PostAsync("/v1/sites", new { city = "Nameless" })).ExpectValidation(("name", "can't be blank"));

        Assert.Equal(["Unique"], (await account.Owner.GetAsync("/v1/sites")).Expect(200).Values("name"));
    }

    [Fact]
    public async Task Another_accounts_site_answers_exactly_like_a_missing_one()
    {
        var mine = await _world.DirectoryAsync();
        var theirs = await _world.DirectoryAsync();
        var foreign = await theirs.AddSiteAsync("Theirs");

        Answers.SameAsMissing(
            await mine.Owner.GetAsync($"/v1/sites/{foreign}"),
            await mine.Owner.GetAsync($"/v1/sites/{Answers.NeverExistingId}"));
        Answers.SameAsMissing(
            await mine.Owner.PatchAsync($"/v1/sites/{foreign}", new { name = "Mine now" }),
            await mine.Owner.PatchAsync($"/v1/sites/{Answers.NeverExistingId}", new { name = "Mine now" }));
        Assert.Equal(0, (await mine.Owner.GetAsync($"/v1/sites?id={foreign}")).Expect(200).TotalEntries());
        // The same name is free in another account.
        await mine.AddSiteAsync("Theirs");
        Assert.Equal("Theirs", (await theirs.Owner.GetAsync($"/v1/sites/{foreign}")).Expect(200).Record.Str("name"));
    }

    [Fact]
    public async Task A_stale_if_match_is_refused_and_changes_nothing()
    {
        var account = await _world.DirectoryAsync();
        var id = await account.AddSiteAsync("Before");

        (await account.Owner.PatchAsync($"/v1/sites/{id}", new { name = "After" }, ("If-Match", "W/\"7\""))).Expect(412);
        (await account.Owner.PatchAsync($"/v1/sites/{id}", new { name = "After" }, ("If-Match", "\"0\""))).Expect(200);
        (await account.Owner.PatchAsync($"/v1/sites/{id}", new { name = "Again" }, ("If-Match", "W/\"0\""))).Expect(412);

        Assert.Equal("After", (await account.Owner.GetAsync($"/v1/sites/{id}")).Expect(200).Record.Str("name"));
    }
}
