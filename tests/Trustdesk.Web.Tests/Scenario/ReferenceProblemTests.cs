using Microsoft.Extensions.DependencyInjection;
using Trustdesk.Web.Demo;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Scenario;

/// <summary>
/// The reference scenario's problem (product.md §7, §10): the competence center's known error gathers the NL employee's
/// Active Directory request (it lives in widget-cc) and the US employee's (it lives in widget-it-us). Each side sees the
/// problem's id, subject, status and workaround on its own request and nothing of the other's; only widget-cc reads the
/// problem; Brazil sees none of it. The US side is the US employee herself (she has no demo token: one is issued here).
/// </summary>
public sealed class ReferenceProblemTests
{
    private static readonly TrustdeskServer Server = TestServers.Shared;
    private static ApiClient Cc => Server.Client("td_demo_cc_specialist", "widget-cc");
    private static ApiClient Nl => Server.Client("td_demo_nl_analyst", "widget-it-nl");
    private static ApiClient Br => Server.Client("td_demo_br_analyst", "widget-it-br");

    private static async Task<long> LoadAsync()
    {
        await using (var scope = Server.Services.CreateAsyncScope())
            await ScenarioLoading.RunAsync(() => scope.ServiceProvider.GetRequiredService<ScenarioLoader>().LoadAsync(CancellationToken.None));
        return (await Cc.GetAsync("/v1/problems?subject=" + Uri.EscapeDataString(ProblemsLoader.Subject))).Expect(200).Ids().Single();
    }

    private static async Task<long?> RequestIdAsync(ApiClient client, string subject) =>
        (await client.GetAsync("/v1/requests?per_page=100&subject=" + Uri.EscapeDataString(subject))).Expect(200).Ids().Cast<long?>().SingleOrDefault();

    [Fact]
    public async Task The_competence_centers_problem_gathers_a_request_of_nl_and_one_of_the_us()
    {
        var problem = await LoadAsync();
        var linked = (await Cc.GetAsync($"/v1/problems/{problem}/requests")).Expect(200).Items;
        Assert.Equal(
            [(RequestsLoader.UsActiveDirectoryRequest, "widget-it-us"), (RequestsLoader.ActiveDirectoryRequest, "widget-cc")],
            linked.Select(r => (r!.Str("subject"), r!["account"]?.Str("id") ?? "widget-cc")).ToList());
        var read = (await Cc.GetAsync($"/v1/problems/{problem}")).Expect(200).Record;
        Assert.True(read.Bool("known_error"));
        Assert.Equal(2, read.Number("request_count"));
    }

    [Fact]
    public async Task Each_side_sees_the_problem_on_its_own_request_and_nothing_of_the_others()
    {
        var problem = await LoadAsync();
        var nlRequest = (await RequestIdAsync(Nl, RequestsLoader.ActiveDirectoryRequest))!.Value;
        var usRequest = (await RequestIdAsync(Cc, RequestsLoader.UsActiveDirectoryRequest))!.Value;
        var emma = (await Cc.GetAsync($"/v1/requests/{usRequest}")).Expect(200).Record["requested_for"]!.Number("id");
        var us = Server.Client(await Features.Events.ServerWrites.IssueTokenAsync(Server, ReferenceScenario.Directory, emma), "widget-it-us");
        Assert.Equal(usRequest, await RequestIdAsync(us, RequestsLoader.UsActiveDirectoryRequest));

        foreach (var (client, request) in new[] { (Nl, nlRequest), (us, usRequest) })
        {
            var shown = (await client.GetAsync($"/v1/requests/{request}")).Expect(200).Record["problem"]!;
            Assert.Equal(problem, shown.Number("id"));
            Assert.Equal(ProblemsLoader.Workaround, shown.Str("workaround"));
            Assert.Equal("widget-cc", shown["account"]!.Str("id"));
            (await client.GetAsync($"/v1/problems/{problem}")).Expect(404);
        }
        Assert.Null(await RequestIdAsync(Nl, RequestsLoader.UsActiveDirectoryRequest));
        (await Nl.GetAsync($"/v1/requests/{usRequest}")).Expect(404);
        Assert.Null(await RequestIdAsync(us, RequestsLoader.ActiveDirectoryRequest));
        (await us.GetAsync($"/v1/requests/{nlRequest}")).Expect(404);
        foreach (var request in new[] { nlRequest, usRequest }) (await Br.GetAsync($"/v1/requests/{request}")).Expect(404);
        (await Br.GetAsync($"/v1/problems/{problem}")).Expect(404);
    }
}
