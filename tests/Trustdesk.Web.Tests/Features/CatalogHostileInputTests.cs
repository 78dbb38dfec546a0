using System.Text.Json;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features;

/// <summary>No catalog input produces a 500 (product.md §9): hostile bodies, ids, dates, calendars and query strings get a 4xx.</summary>
public sealed class CatalogHostileInputTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    private static void ClientError(ApiResponse answer)
    {
        Assert.True(answer.Status is >= 400 and < 500, $"{answer.Request}: {answer.Status} {answer.Text}");
        Answers.AssertErrorShape(answer);
    }

    private static void NotAServerError(ApiResponse answer)
    {
        Assert.True(answer.Status < 500, $"{answer.Request}: {answer.Status} {answer.Text}");
        if (answer.Status >= 400) Answers.AssertErrorShape(answer);
    }

    [Fact]
    public async Task Hostile_catalog_bodies_and_queries_get_a_client_error()
    {
        var account = await _world.SupportDomainAsync();
        var chain = await account.AddCatalogChainAsync();
        var sla = await account.AddSlaAsync(chain, await account.AddOrganizationAsync());
        string Sla(string extra) =>
            $$"""{"name":"x","service_offering_id":{{chain.Offering}},"service_instance_id":{{chain.Instance}},"customer_id":1{{extra}}}""";

        var bodies = new List<(string Path, string Body)>
        {
            ("/v1/slas", Sla($$""","customer_account_id":{{JsonSerializer.Serialize(new string('a', 10_000))}}""")),
            ("/v1/slas", Sla(""","customer_account_id":"t-\u0000" """)),
            ("/v1/slas", Sla(""","start_date":"0000-01-01" """)),
            ("/v1/slas", Sla(""","start_date":"2026-01-01\u0000" """)),
            ("/v1/slas", Sla(""","expiry_date":"99999-01-01" """)),
            ("/v1/slas", Sla(""","service_level_manager_id":-9223372036854775808""")),
            ("/v1/slas", Sla(""","coverage":["people"]""")),
            ("/v1/slas", """{"name":"x","service_offering_id":9223372036854775807,"service_instance_id":-1,"customer_id":0}"""),
            ("/v1/service_offerings", $$"""{"name":"x","service_id":{{chain.Service}},"support_hours":{{new string('[', 60) + new string(']', 60)}}}"""),
            ("/v1/service_offerings", $$"""{"name":"x","service_id":{{chain.Service}},"support_hours":""" + """[{"days":[null,1],"start":1,"end":{}}]}"""),
            ("/v1/service_offerings", $$"""{"name":"x","service_id":{{chain.Service}},"support_hours_time_zone":"../../etc/localtime"}"""),
            ("/v1/service_offerings", $$"""{"name":"x","service_id":{{chain.Service}},"status":"avail\u0000able"}"""),
            ("/v1/service_instances", $$"""{"name":"x","service_id":{{chain.Service}},"first_line_team_id":1e400}"""),
            ("/v1/services", """{"name":"\ud800","keywords":{"a":1}}"""),
        };
        foreach (var (path, body) in bodies) ClientError(await account.Owner.SendRawAsync(HttpMethod.Post, path, body));
        ClientError(await account.Owner.SendRawAsync(HttpMethod.Patch, $"/v1/slas/{sla}", """{"customer_account_id":"\ud800"}"""));

        foreach (var path in new[]
                 {
                     "/v1/slas?status=%00", "/v1/slas?customer_account_id=" + new string('x', 2000), "/v1/slas?coverage=<people",
                     "/v1/service_instances?status=>in_production", "/v1/service_offerings/catalog?sort=-", "/v1/slas?created_at=>yesterday",
                     $"/v1/slas/{sla}/people?per_page=-1", "/v1/services/abc", $"/v1/slas/{sla}/organizations/-1",
                 })
            NotAServerError(await account.Owner.GetAsync(path));
        ClientError(await account.Owner.PostAsync($"/v1/slas/{sla}/organizations/-1"));
        ClientError(await account.Owner.PostAsync($"/v1/slas/{sla}/sites/0"));
        ClientError(await account.Owner.DeleteAsync($"/v1/slas/{sla}/people/9223372036854775807"));

        Assert.Equal([sla], (await account.Owner.GetAsync("/v1/slas")).Expect(200).Ids());
        Assert.Equal([chain.Offering], (await account.Owner.GetAsync("/v1/service_offerings")).Expect(200).Ids());
    }

    [Fact]
    public async Task A_calendar_too_long_to_store_is_refused_before_the_database_sees_it()
    {
        var account = await _world.SupportDomainAsync();
        var service = await account.AddServiceAsync();
        // 480 one-minute periods with gaps between them (within a body list's 500 items): nothing joins, so the canonical
        // text is far over 4000 characters.
        var periods = Enumerable.Range(0, 480).Select(i => new { days = new[] { "mon" }, start = Time(2 * i), end = Time((2 * i) + 1) });

        (await account.Owner.PostAsync("/v1/service_offerings", new { name = "Fragmented", service_id = service, support_hours = periods }))
            .ExpectValidation(("support_hours", "is too long (maximum is 4000 characters)"));
        Assert.Equal(0, (await account.Owner.GetAsync("/v1/service_offerings")).Expect(200).TotalEntries());

        static string Time(int minutes) => $"{minutes / 60:00}:{minutes % 60:00}";
    }
}
