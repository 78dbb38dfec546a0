using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Coverage;

/// <summary>
/// The catalog's instances as JSON: <c>id</c>, <c>name</c>, the <c>service</c> reference, <c>status</c> and the
/// <c>account</c> of instances that live in another account than the one the call acts in; teams on request; paged,
/// filtered and sorted like every collection.
/// </summary>
public sealed partial class CoverageJsonTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    [GeneratedRegex("<(?<url>[^>]+)>; rel=\"(?<rel>[a-z]+)\"")]
    private static partial Regex LinkPart();

    private static Dictionary<string, string> Links(ApiResponse response)
    {
        var values = response.Headers.TryGetValues("Link", out var found) ? found.ToList() : [];
        Assert.True(values.Count == 1, $"{response.Request}: expected one Link header line, got {values.Count}");
        return LinkPart().Matches(values[0]).ToDictionary(m => m.Groups["rel"].Value, m => m.Groups["url"].Value);
    }

    private sealed record Catalog(CoverageWorld World, long Employee, long Workplace, long Laptops, long Printers, long Mail, long Mailbox,
        long Desk, long Hardware, long MailTeam);

    /// <summary>
    /// Department@A is covered for Laptops and Printers (service Workplace) of the linked provider, Laptops by two SLAs,
    /// and for Mailbox (service Mail) of the provider across the trust.
    /// </summary>
    private async Task<Catalog> CatalogAsync()
    {
        var w = await CoverageWorld.CreateAsync(_world);
        var desk = await w.Provider.AddTeamAsync("Desk");
        var hardware = await w.Provider.AddTeamAsync("Hardware");
        var mailTeam = await w.TrustedProvider.AddTeamAsync("Mail Team");
        var workplace = await w.Provider.AddServiceAsync("Workplace");
        var laptops = (await w.Provider.CreateAsync("/v1/service_instances",
            new { name = "Laptops", service_id = workplace, first_line_team_id = desk, support_team_id = hardware })).Number("id");
        var printers = await w.Provider.AddServiceInstanceAsync(workplace, "Printers");
        var workplaceOffering = await w.Provider.AddServiceOfferingAsync(workplace);
        var mail = await w.TrustedProvider.AddServiceAsync("Mail");
        var mailbox = (await w.TrustedProvider.CreateAsync("/v1/service_instances",
            new { name = "Mailbox", service_id = mail, support_team_id = mailTeam })).Number("id");
        var mailOffering = await w.TrustedProvider.AddServiceOfferingAsync(mail);

        var employee = w.People["department@A"];
        await CoverageCalls.AddSlaAsync(w.Provider, new CatalogChain(workplace, laptops, workplaceOffering), w.Country, null,
            "organizations_and_descendants", organizations: [w.Country]);
        await CoverageCalls.AddSlaAsync(w.Provider, new CatalogChain(workplace, laptops, workplaceOffering), w.Country, null,
            "people", people: [employee]);
        await CoverageCalls.AddSlaAsync(w.Provider, new CatalogChain(workplace, printers, workplaceOffering), w.Country, null,
            "sites", sites: [w.SiteA]);
        await CoverageCalls.AddSlaAsync(w.TrustedProvider, new CatalogChain(mail, mailbox, mailOffering), w.Country, w.Customer.Id, "customer_account");
        return new Catalog(w, employee, workplace, laptops, printers, mail, mailbox, desk, hardware, mailTeam);
    }

    private static JsonObject Account(Tenant account) => new() { ["id"] = account.Id, ["name"] = account.Name };

    private static void AssertJson(string expected, ApiResponse actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual.Json), $"{actual.Request}: expected {expected}, got {actual.Text}");

    [Fact]
    public async Task Instances_carry_their_service_and_the_account_they_live_in_when_it_is_not_the_callers()
    {
        var c = await CatalogAsync();
        var w = c.World;
        var provider = Account(w.TrustedProvider).ToJsonString();

        // Acting in the linked provider: its own instances carry no account, the other provider's do, and so does their service.
        var inProvider = (await w.Provider.Owner.GetAsync(CoverageCalls.CatalogPath(c.Employee))).Expect(200);
        AssertJson($$$"""
            [
              {"id":{{{c.Laptops}}},"name":"Laptops","service":{"id":{{{c.Workplace}}},"name":"Workplace"},"status":"in_production","account":null},
              {"id":{{{c.Mailbox}}},"name":"Mailbox","service":{"id":{{{c.Mail}}},"name":"Mail","account":{{{provider}}}},"status":"in_production","account":{{{provider}}}},
              {"id":{{{c.Printers}}},"name":"Printers","service":{"id":{{{c.Workplace}}},"name":"Workplace"},"status":"in_production","account":null}
            ]
            """, inProvider);
        Assert.All(inProvider.Items, item => Assert.Equal(["id", "name", "service", "status", "account"], item!.Members()));
        Assert.Equal(3, inProvider.TotalEntries());

        // Acting in the customer account, every instance lives elsewhere.
        var linked = Account(w.Provider).ToJsonString();
        AssertJson($$$"""
            [
              {"id":{{{c.Laptops}}},"name":"Laptops","service":{"id":{{{c.Workplace}}},"name":"Workplace","account":{{{linked}}}},"status":"in_production","account":{{{linked}}}},
              {"id":{{{c.Mailbox}}},"name":"Mailbox","service":{"id":{{{c.Mail}}},"name":"Mail","account":{{{provider}}}},"status":"in_production","account":{{{provider}}}},
              {"id":{{{c.Printers}}},"name":"Printers","service":{"id":{{{c.Workplace}}},"name":"Workplace","account":{{{linked}}}},"status":"in_production","account":{{{linked}}}}
            ]
            """, (await w.Customer.Owner.GetAsync(CoverageCalls.CatalogPath(c.Employee))).Expect(200));
    }

    [Fact]
    public async Task Teams_are_shown_on_request_with_their_names_read_in_their_own_account()
    {
        var c = await CatalogAsync();
        var w = c.World;
        var provider = Account(w.TrustedProvider).ToJsonString();

        var teams = (await w.Provider.Owner.GetAsync(CoverageCalls.CatalogPath(c.Employee) + "?fields=first_line_team,support_team")).Expect(200);
        AssertJson($$$"""
            [
              {"id":{{{c.Laptops}}},"first_line_team":{"id":{{{c.Desk}}},"name":"Desk"},"support_team":{"id":{{{c.Hardware}}},"name":"Hardware"}},
              {"id":{{{c.Mailbox}}},"first_line_team":null,"support_team":{"id":{{{c.MailTeam}}},"name":"Mail Team","account":{{{provider}}}}},
              {"id":{{{c.Printers}}},"first_line_team":null,"support_team":null}
            ]
            """, teams);
        // The directory's owner, an end user without any role, reads the same of their own catalog once covered.
        (await w.Directory.Owner.PatchAsync($"/v1/people/{w.Directory.OwnerId}", new { organization_id = w.Department, site_id = w.SiteA })).Expect(200);
        var own = (await w.Directory.Owner.In(w.Customer.Id).GetAsync(CoverageCalls.CatalogPath(w.Directory.OwnerId) + "?fields=name,support_team")).Expect(200);
        Assert.Equal(["Laptops", "Mailbox", "Printers"], own.Values("name"));
        Assert.Equal(["Hardware", "Mail Team", null], own.Items.Select(i => i!["support_team"]?.Str("name")).ToList());
        Assert.Equal([w.Provider.Id, w.TrustedProvider.Id, null], own.Items.Select(i => i!["support_team"]?["account"]?.Str("id")).ToList());

        (await w.Provider.Owner.GetAsync(CoverageCalls.CatalogPath(c.Employee) + "?fields=customer"))
            .Expect(400, """{"message":"Unknown fields: customer"}""");
    }

    [Fact]
    public async Task The_catalog_is_paged_sorted_and_filtered_like_every_collection_and_lists_an_instance_once()
    {
        var c = await CatalogAsync();
        var reader = c.World.Provider.Owner;
        var path = CoverageCalls.CatalogPath(c.Employee);

        var first = (await reader.GetAsync(path + "?per_page=2")).Expect(200);
        Assert.Equal([c.Laptops, c.Mailbox], first.Ids());
        Assert.Equal("2", first.Header("X-Pagination-Per-Page"));
        Assert.Equal("1", first.Header("X-Pagination-Current-Page"));
        Assert.Equal("2", first.Header("X-Pagination-Total-Pages"));
        Assert.Equal(3, first.TotalEntries());
        var links = Links(first);
        Assert.Equal(["next", "last"], links.Keys);
        Assert.All(links.Values, url => Assert.StartsWith($"http://localhost{path}?", url, StringComparison.Ordinal));
        Assert.Equal(links["next"], links["last"]);
        Assert.Contains("per_page=2", links["next"], StringComparison.Ordinal);

        var second = (await reader.GetAsync(links["next"])).Expect(200);
        Assert.Equal([c.Printers], second.Ids());
        Assert.Equal("2", second.Header("X-Pagination-Current-Page"));
        Assert.Equal(3, second.TotalEntries());
        Assert.Equal(["first", "prev", "last"], Links(second).Keys);
        Assert.Equal([c.Laptops, c.Mailbox], (await reader.GetAsync(Links(second)["prev"])).Expect(200).Ids());

        var all = (await reader.GetAsync(path)).Expect(200);
        Assert.Equal(["Laptops", "Mailbox", "Printers"], all.Values("name"));
        Assert.Equal("20", all.Header("X-Pagination-Per-Page"));
        Assert.Equal("1", all.Header("X-Pagination-Total-Pages"));
        Assert.Equal(["last"], Links(all).Keys);

        Assert.Equal(["Printers", "Mailbox", "Laptops"], (await reader.GetAsync(path + "?sort=-name")).Expect(200).Values("name"));
        var mail = (await reader.GetAsync($"{path}?service_id={c.Mail}")).Expect(200);
        Assert.Equal([c.Mailbox], mail.Ids());
        Assert.Equal(1, mail.TotalEntries());
        Assert.Equal([c.Laptops, c.Printers], (await reader.GetAsync($"{path}?service_id={c.Workplace}&sort=id")).Expect(200).Ids().Order());
        Assert.Equal([c.Printers], (await reader.GetAsync($"{path}?name=Printers")).Expect(200).Ids());
        Assert.Equal([c.Laptops], (await reader.GetAsync($"{path}?id={c.Laptops}")).Expect(200).Ids());

        (await reader.GetAsync(path + "?status=in_production")).Expect(400, """{"message":"Filtering not allowed on fields: status"}""");
        (await reader.GetAsync(path + "?sort=status")).Expect(400, """{"message":"Sorting not allowed on fields: status"}""");
        Answers.AssertErrorShape((await reader.GetAsync(path + "?per_page=0")).Expect(400));
    }
}
