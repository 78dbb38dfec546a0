using System.Text.Json.Nodes;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features;

/// <summary><c>/v1/service_offerings</c> (+ <c>/catalog</c>) and <c>/v1/service_offerings/:id/slas</c>.</summary>
public sealed class CatalogServiceOfferingsTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    private static readonly string[] TargetFields =
    [
        "response_target_low", "response_target_medium", "response_target_high", "response_target_top", "response_target_rfc", "response_target_rfi",
        "resolution_target_low", "resolution_target_medium", "resolution_target_high", "resolution_target_top", "resolution_target_rfc",
        "resolution_target_rfi",
    ];

    [Fact]
    public async Task An_offering_holds_targets_and_support_hours_in_canonical_form()
    {
        var account = await _world.SupportDomainAsync();
        var service = await account.AddServiceAsync("Workplace");

        var created = (await account.Owner.SendRawAsync(HttpMethod.Post, "/v1/service_offerings", $$"""
            {
              "name": "Gold", "service_id": {{service}}, "status": "planned",
              "response_target_low": 480, "response_target_medium": 240, "response_target_high": 60, "response_target_top": 15,
              "response_target_rfc": 960, "response_target_rfi": 0,
              "resolution_target_low": 4800, "resolution_target_high": 480, "resolution_target_top": 120,
              "support_hours": [
                {"days": ["tue", "mon"], "start": "08:00", "end": "12:00"},
                {"days": ["mon"], "start": "13:00", "end": "17:00"},
                {"days": ["wed", "thu", "fri"], "start": "08:00", "end": "12:00"},
                {"days": ["tue", "wed", "thu", "fri"], "start": "12:00", "end": "17:00"},
                {"days": ["sat"], "start": "09:00", "end": "12:30"}
              ],
              "support_hours_time_zone": "Europe/Amsterdam"
            }
            """)).Expect(201);
        var read = (await account.Owner.GetAsync($"/v1/service_offerings/{created.Id}")).Expect(200);
        Assert.True(JsonNode.DeepEquals(created.Json, read.Json), $"{created.Text} vs {read.Text}");
        Assert.Equal(
            ["id", "name", "service", "status", .. TargetFields, "support_hours", "support_hours_time_zone", "source", "sourceID", "created_at", "updated_at"],
            read.Record.Members());
        Assert.Equal("planned", read.Record.Str("status"));
        Assert.Equal("Workplace", read.Record["service"]!.Str("name"));
        Assert.Equal(15, read.Record.Number("response_target_top"));
        Assert.Equal(0, read.Record.Number("response_target_rfi"));
        Assert.Null(read.Record["resolution_target_medium"]);
        Assert.Null(read.Record["resolution_target_rfc"]);
        // Touching periods are joined and days with the same hours grouped, whatever the order they were sent in.
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""
            [
              {"days": ["mon"], "start": "08:00", "end": "12:00"},
              {"days": ["mon"], "start": "13:00", "end": "17:00"},
              {"days": ["tue", "wed", "thu", "fri"], "start": "08:00", "end": "17:00"},
              {"days": ["sat"], "start": "09:00", "end": "12:30"}
            ]
            """), read.Record["support_hours"]), read.Record["support_hours"]!.ToJsonString());
        Assert.Equal("Europe/Amsterdam", read.Record.Str("support_hours_time_zone"));

        var updated = (await account.Owner.PatchAsync($"/v1/service_offerings/{created.Id}",
            new { support_hours = (object?)null, response_target_top = (int?)null, status = "available" })).Expect(200);
        Assert.Null(updated.Record["support_hours"]);
        Assert.Null(updated.Record["response_target_top"]);
        Assert.Equal(60, updated.Record.Number("response_target_high"));
        Assert.Equal("available", updated.Record.Str("status"));
        Assert.Equal("Europe/Amsterdam", updated.Record.Str("support_hours_time_zone"));
        Assert.Equal("W/\"1\"", updated.Header("ETag"));
    }

    [Fact]
    public async Task Without_a_time_zone_the_support_hours_are_in_the_accounts()
    {
        var account = await _world.SupportDomainAsync();
        (await account.Owner.PatchAsync($"/v1/accounts/{account.Id}", new { time_zone = "America/Sao_Paulo" })).Expect(200);
        var service = await account.AddServiceAsync();

        var created = (await account.Owner.PostAsync("/v1/service_offerings", new { name = "Standard", service_id = service })).Expect(201);
        Assert.Equal("America/Sao_Paulo", created.Record.Str("support_hours_time_zone"));
        Assert.Equal("available", created.Record.Str("status"));
        Assert.Null(created.Record["support_hours"]);
        Assert.All(TargetFields, field => Assert.Null(created.Record[field]));

        // Changing the account's time zone later does not move the offering's hours.
        (await account.Owner.PatchAsync($"/v1/accounts/{account.Id}", new { time_zone = "Asia/Tokyo" })).Expect(200);
        Assert.Equal("America/Sao_Paulo",
            (await account.Owner.GetAsync($"/v1/service_offerings/{created.Id}")).Expect(200).Record.Str("support_hours_time_zone"));
    }

    [Theory]
    [InlineData("""[{"days":["monday"],"start":"08:00","end":"17:00"}]""", "period 1: 'monday' is not one of mon, tue, wed, thu, fri, sat, sun")]
    [InlineData("""[{"days":["mon","mon"],"start":"08:00","end":"17:00"}]""", "period 1: mon is listed more than once")]
    [InlineData("""[{"days":[],"start":"08:00","end":"17:00"}]""", "period 1: days must list at least one of mon, tue, wed, thu, fri, sat, sun")]
    [InlineData("""[{"days":["mon"],"start":"8:00","end":"17:00"}]""", "period 1: start must be a time of day as hh:mm")]
    [InlineData("""[{"days":["mon"],"start":"08:00","end":"25:00"}]""", "period 1: end must be a time of day as hh:mm (24:00 for midnight)")]
    [InlineData("""[{"days":["mon"],"start":"08:00"}]""", "period 1: end must be a time of day as hh:mm (24:00 for midnight)")]
    [InlineData("""[{"days":["mon"],"start":"17:00","end":"08:00"}]""", "period 1: start must be before end (split a period that runs past midnight over two days)")]
    [InlineData("""[{"days":["mon","tue"],"start":"08:00","end":"12:00"},{"days":["tue"],"start":"11:00","end":"13:00"}]""", "tue: 08:00-12:00 and 11:00-13:00 overlap")]
    [InlineData("""[]""", "must list at least one period (null means 24x7)")]
    [InlineData("""[null]""", "period 1 must be an object with days, start and end")]
    [InlineData("""{"days":["mon"],"start":"08:00","end":"17:00"}""", "has the wrong type")]
    [InlineData("""[{"days":"mon","start":"08:00","end":"17:00"}]""", "has the wrong type")]
    [InlineData("""[{"days":["mon"],"start":"08:00","end":"17:00","tz":"UTC"}]""", "has the wrong type")]
    [InlineData("\"mon-fri 08:00-17:00\"", "has the wrong type")]
    public async Task Bad_support_hours_are_refused_and_nothing_is_written(string supportHours, string error)
    {
        var account = await _world.SupportDomainAsync();
        var service = await account.AddServiceAsync();
        var offering = await account.AddServiceOfferingAsync(service, "Kept");

        (await account.Owner.SendRawAsync(HttpMethod.Post, "/v1/service_offerings",
            $$"""{"name":"Bad hours","service_id":{{service}},"support_hours":{{supportHours}}}""")).ExpectValidation(("support_hours", error));
        (await account.Owner.SendRawAsync(HttpMethod.Patch, $"/v1/service_offerings/{offering}",
            $$"""{"name":"Renamed","support_hours":{{supportHours}}}""")).ExpectValidation(("support_hours", error));

        Assert.Equal(["Kept"], (await account.Owner.GetAsync("/v1/service_offerings")).Expect(200).Values("name"));
        Assert.Null((await account.Owner.GetAsync($"/v1/service_offerings/{offering}")).Expect(200).Record["support_hours"]);
    }

    [Fact]
    public async Task Bad_targets_statuses_time_zones_and_services_are_refused_and_nothing_is_written()
    {
        var account = await _world.SupportDomainAsync();
        var other = await _world.SupportDomainAsync();
        var service = await account.AddServiceAsync();
        var foreignService = await other.AddServiceAsync();

        (await account.Owner.PostAsync("/v1/service_offerings", new { name = "Negative", service_id = service, response_target_high = -1, resolution_target_rfi = -30 }))
            .ExpectValidation(("response_target_high", "must be greater than or equal to 0"), ("resolution_target_rfi", "must be greater than or equal to 0"));
        (await account.Owner.SendRawAsync(HttpMethod.Post, "/v1/service_offerings", $$"""{"name":"Fraction","service_id":{{service}},"resolution_target_low":1.5}"""))
            .ExpectValidation(("resolution_target_low", "has the wrong type"));
        (await account.Owner.SendRawAsync(HttpMethod.Post, "/v1/service_offerings", $$"""{"name":"Huge","service_id":{{service}},"response_target_low":99999999999}"""))
            .ExpectValidation(("response_target_low", "has the wrong type"));
        (await account.Owner.PostAsync("/v1/service_offerings", new { name = "Text", service_id = service, response_target_low = "60" }))
            .ExpectValidation(("response_target_low", "has the wrong type"));
        (await account.Owner.PostAsync("/v1/service_offerings", new { name = "Status", service_id = service, status = "published" }))
            .ExpectValidation(("status", "must be one of: planned, unpublished, available, temporarily_unavailable, discontinued"));
        (await account.Owner.PostAsync("/v1/service_offerings", new { name = "Zone", service_id = service, support_hours_time_zone = "Amsterdam" }))
            .ExpectValidation(("support_hours_time_zone", "is not a known time zone"));
        (await account.Owner.PostAsync("/v1/service_offerings", new { name = "Zone", service_id = service, support_hours_time_zone = (string?)null }))
            .ExpectValidation(("support_hours_time_zone", "can't be blank"));
        (await account.Owner.PostAsync("/v1/service_offerings", new { name = "Theirs", service_id = foreignService }))
            .ExpectValidation(("service_id", "does not exist"));
        (await account.Owner.PostAsync("/v1/service_offerings", new { name = "Nothing" })).ExpectValidation(("service_id", "can't be blank"));
        (await account.Owner.PostAsync("/v1/service_offerings", new { service_id = service })).ExpectValidation(("name", "can't be blank"));
        (await account.Owner.PostAsync("/v1/service_offerings", new { name = "Charged", service_id = service, charge_type = "fixed_price" }))
            .ExpectValidation(("charge_type", "is not a known field"));
        (await account.Owner.PostAsync("/v1/service_offerings", new { name = "Source", service_id = service, sourceID = new string('s', 101) }))
            .ExpectValidation(("sourceID", "is too long (maximum is 100 characters)"));

        Assert.Equal(0, (await account.Owner.GetAsync("/v1/service_offerings")).Expect(200).TotalEntries());
    }

    [Fact]
    public async Task An_offering_keeps_its_service_while_slas_use_it()
    {
        var account = await _world.SupportDomainAsync();
        var customer = await account.AddOrganizationAsync();
        var chain = await account.AddCatalogChainAsync();
        var otherService = await account.AddServiceAsync();
        await account.AddSlaAsync(chain, customer);

        (await account.Owner.PatchAsync($"/v1/service_offerings/{chain.Offering}", new { service_id = otherService }))
            .ExpectValidation(("service_id", "can't change while SLAs use this service offering"));
        Assert.Equal(chain.Service, (await account.Owner.GetAsync($"/v1/service_offerings/{chain.Offering}")).Expect(200).Record["service"]!.Number("id"));
    }

    [Fact]
    public async Task The_catalog_lists_available_offerings_and_offerings_are_filtered_sorted_and_paged()
    {
        var account = await _world.SupportDomainAsync();
        var first = await account.AddServiceAsync();
        var second = await account.AddServiceAsync();
        var ids = new Dictionary<string, long>();
        foreach (var (name, service, status) in new[]
                 {
                     ("silver", first, "available"), ("gold", first, "planned"), ("bronze", second, "available"),
                     ("platinum", second, "temporarily_unavailable"), ("tin", second, "discontinued"),
                 })
            ids[name] = (await account.CreateAsync("/v1/service_offerings", new { name, service_id = service, status })).Number("id");

        var catalog = (await account.Owner.GetAsync("/v1/service_offerings/catalog")).Expect(200);
        Assert.Equal([ids["silver"], ids["bronze"]], catalog.Ids());
        Assert.Equal(["id", "name", "service", "status"], catalog.Items[0]!.Members());
        Assert.Equal([ids["bronze"]], (await account.Owner.GetAsync($"/v1/service_offerings/catalog?service_id={second}")).Expect(200).Ids());
        Assert.Equal([ids["gold"], ids["platinum"]],
            (await account.Owner.GetAsync("/v1/service_offerings?status=planned,temporarily_unavailable")).Expect(200).Ids());
        Assert.Equal(["bronze", "gold", "platinum", "silver", "tin"], (await account.Owner.GetAsync("/v1/service_offerings?sort=name")).Expect(200).Values("name"));
        Assert.Equal([ids["silver"], ids["gold"]], (await account.Owner.GetAsync($"/v1/services/{first}/service_offerings")).Expect(200).Ids());

        var page = (await account.Owner.GetAsync("/v1/service_offerings?per_page=2&page=3&fields=support_hours,response_target_low")).Expect(200);
        Assert.Equal(5, page.TotalEntries());
        Assert.Equal([ids["tin"]], page.Ids());
        Assert.Equal(["id", "support_hours", "response_target_low"], page.Items[0]!.Members());
        (await account.Owner.GetAsync("/v1/service_offerings?response_target_low=60")).Expect(400);
    }

    [Fact]
    public async Task An_offering_lists_its_slas()
    {
        var account = await _world.SupportDomainAsync();
        var customer = await account.AddOrganizationAsync();
        var chain = await account.AddCatalogChainAsync();
        var otherOffering = await account.AddServiceOfferingAsync(chain.Service);
        var sla = await account.AddSlaAsync(chain, customer);
        await account.AddSlaAsync(chain with { Offering = otherOffering }, customer);

        Assert.Equal([sla], (await account.Owner.GetAsync($"/v1/service_offerings/{chain.Offering}/slas")).Expect(200).Ids());
    }

    [Fact]
    public async Task Another_accounts_offering_answers_exactly_like_a_missing_one()
    {
        var mine = await _world.SupportDomainAsync();
        var theirs = await _world.SupportDomainAsync();
        var foreign = await theirs.AddServiceOfferingAsync(await theirs.AddServiceAsync(), "Theirs");

        Answers.SameAsMissing(
            await mine.Owner.GetAsync($"/v1/service_offerings/{foreign}"),
            await mine.Owner.GetAsync($"/v1/service_offerings/{Answers.NeverExistingId}"));
        Answers.SameAsMissing(
            await mine.Owner.GetAsync($"/v1/service_offerings/{foreign}/slas"),
            await mine.Owner.GetAsync($"/v1/service_offerings/{Answers.NeverExistingId}/slas"));
        Answers.SameAsMissing(
            await mine.Owner.PatchAsync($"/v1/service_offerings/{foreign}", new { response_target_top = 1 }),
            await mine.Owner.PatchAsync($"/v1/service_offerings/{Answers.NeverExistingId}", new { response_target_top = 1 }));

        Assert.Equal(0, (await mine.Owner.GetAsync("/v1/service_offerings/catalog")).Expect(200).TotalEntries());
        Assert.Null((await theirs.Owner.GetAsync($"/v1/service_offerings/{foreign}")).Expect(200).Record["response_target_top"]);
    }
}
