using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Trustdesk.Web.Demo;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Scenario;

/// <summary>
/// <c>GET /v1/requests/:id/audience</c> ("who can see this and why") on the reference scenario: each account the
/// request involves, whether it sees the request and the trust that grants it, as far as the caller's account may know.
/// </summary>
public sealed class RequestAudienceTests
{
    private static readonly TrustdeskServer Server = TestServers.Shared;

    private static async Task<long> RequestIdAsync(string subject)
    {
        await using (var scope = Server.Services.CreateAsyncScope())
            await ScenarioLoading.RunAsync(() => scope.ServiceProvider.GetRequiredService<ScenarioLoader>().LoadAsync(CancellationToken.None));
        return (await Server.Client("td_demo_nl_analyst", "widget-it-nl").GetAsync("/v1/requests?per_page=100")).Expect(200).Items
            .Single(r => r!.Str("subject") == subject)!.Number("id");
    }

    private static Dictionary<string, JsonNode> ByAccount(ApiResponse audience) =>
        audience.Expect(200).Items.ToDictionary(e => e!["account"]!.Str("id")!, e => e!);

    [Fact]
    public async Task The_active_directory_request_is_seen_where_it_lives_and_by_its_customer_through_the_services_trust()
    {
        var id = await RequestIdAsync("Cannot log in after password reset");

        foreach (var (token, account) in new[] { ("td_demo_nl_analyst", "widget-it-nl"), ("td_demo_cc_specialist", "widget-cc") })
        {
            var audience = ByAccount(await Server.Client(token, account).GetAsync($"/v1/requests/{id}/audience"));
            Assert.Equal(["widget-cc", "widget-it-nl"], audience.Keys.Order(StringComparer.Ordinal));
            Assert.True(audience["widget-cc"].Bool("sees"));
            Assert.Equal("the request lives in this account", audience["widget-cc"].Str("reason"));
            Assert.Null(audience["widget-cc"]["trust"]);

            var customer = audience["widget-it-nl"];
            Assert.True(customer.Bool("sees"));
            Assert.Contains("services trust", customer.Str("reason"), StringComparison.Ordinal);
            Assert.Equal("widget-it-nl", customer["trust"]!["customer_account"]!.Str("id"));
            Assert.Equal("widget-cc", customer["trust"]!["provider_account"]!.Str("id"));
            Assert.Contains("services", customer["trust"]!["options"]!.AsArray().Select(o => o!.GetValue<string>()));
        }
    }

    [Fact]
    public async Task The_printer_request_is_seen_by_printfix_through_the_requests_trust_of_nl_it()
    {
        var id = await RequestIdAsync("Printer on the 3rd floor jams");

        var audience = ByAccount(await Server.Client("td_demo_printfix_engineer", "printfix").GetAsync($"/v1/requests/{id}/audience"));
        Assert.True(audience["widget-it-nl"].Bool("sees"));
        var provider = audience["printfix"];
        Assert.True(provider.Bool("sees"));
        Assert.Equal("the request is assigned to a team of this account (requests trust)", provider.Str("reason"));
        Assert.Equal("widget-it-nl", provider["trust"]!["customer_account"]!.Str("id"));
        Assert.Contains("requests", provider["trust"]!["options"]!.AsArray().Select(o => o!.GetValue<string>()));
    }

    [Fact]
    public async Task An_account_that_does_not_see_the_request_gets_the_same_404_as_for_a_missing_one()
    {
        var id = await RequestIdAsync("Cannot log in after password reset");
        var brazil = Server.Client("td_demo_br_analyst", "widget-it-br");
        Answers.SameAsMissing(await brazil.GetAsync($"/v1/requests/{id}/audience"),
            await brazil.GetAsync($"/v1/requests/{Answers.NeverExistingId}/audience"));
    }
}
