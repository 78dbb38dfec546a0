using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Trustdesk.Web.Demo;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Pages;

/// <summary>
/// "My equipment" in the portal (issue 17, ADR 51), on the reference scenario: Anna sees the laptop she uses, kept by
/// Widget IT Netherlands, and nothing of the CIs she does not use; she names it on a request she submits, and the NL
/// service desk finds it among the request's CIs. A CI that is not hers is refused on the form, and no request is made.
/// On a server of its own: the requests it submits would change the shared scenario's, which other tests count.
/// </summary>
public sealed class PortalEquipmentTests
{
    private static readonly Lazy<Task<TrustdeskServer>> OwnServer = new(async () =>
    {
        var server = new TrustdeskServer().Started();
        TestRunCleanup.Register(server.Dispose);
        await using var scope = server.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ScenarioLoader>().LoadAsync(CancellationToken.None);
        return server;
    });

    private static async Task<PageSession> AnnaAsync()
    {
        var anna = ReferenceScenario.People.Single(p => p.Token == "td_demo_nl_employee");
        return await PageSession.SignInAsync(await OwnServer.Value, anna.Email, anna.Password);
    }

    private static async Task<ApiClient> AsAsync(string token) => (await OwnServer.Value).Client(token, "widget-it-nl");

    private static async Task<long> LaptopsInstanceAsync() =>
        (await (await AsAsync("td_demo_widget_admin")).GetAsync("/v1/service_instances?name=Laptops%20and%20desktops%20NL"))
            .Expect(200).Ids().Single();

    private static async Task<long> CiAsync(string label) =>
        (await (await AsAsync("td_demo_widget_admin")).GetAsync($"/v1/cis?label={label}")).Expect(200).Ids().Single();

    [Fact]
    public async Task A_person_sees_the_equipment_they_use_and_names_it_on_a_request_the_service_desk_then_sees_it_on()
    {
        using var anna = await AnnaAsync();
        var equipment = (await anna.GetAsync("/portal/equipment")).Expect(HttpStatusCode.OK);
        var laptop = await CiAsync("NL-LT-0001");
        Assert.Contains($"data-ci=\"{laptop}\"", equipment.Html, StringComparison.Ordinal);
        Assert.Contains("Dell Latitude 7440", equipment.Text, StringComparison.Ordinal);
        Assert.Contains("Widget IT Netherlands", equipment.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("NL-LT-0002", equipment.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Printer Amsterdam", equipment.Text, StringComparison.Ordinal);

        var form = $"/portal/instances/{await LaptopsInstanceAsync()}/request";
        var page = (await anna.GetAsync(form)).Expect(HttpStatusCode.OK);
        Assert.Contains($"<option value=\"{laptop}\">Laptop 0001 (NL-LT-0001)</option>", page.Html, StringComparison.Ordinal);
        var subject = "Laptop fan is loud " + Ids.Hex(6);
        var submitted = await anna.PostFormAsync(form, form, new() { ["Subject"] = subject, ["Category"] = "incident", ["CiId"] = laptop.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, submitted.Status);

        var nick = await AsAsync("td_demo_nl_analyst");
        var request = (await nick.GetAsync($"/v1/requests?subject={Uri.EscapeDataString(subject)}")).Expect(200).Ids().Single();
        var affected = (await nick.GetAsync($"/v1/requests/{request}/cis")).Expect(200);
        Assert.Equal([laptop], affected.Ids());
    }

    [Fact]
    public async Task Equipment_that_is_not_the_persons_is_refused_and_no_request_is_made()
    {
        using var anna = await AnnaAsync();
        var form = $"/portal/instances/{await LaptopsInstanceAsync()}/request";
        var subject = "Not my laptop " + Ids.Hex(6);
        foreach (var ci in new[] { await CiAsync("NL-LT-0002"), await CiAsync("NL-PRN-003"), Answers.NeverExistingId })
        {
            var refused = (await anna.PostFormAsync(form, form, new() { ["Subject"] = subject, ["CiId"] = ci.ToString() })).Expect(HttpStatusCode.OK);
            Assert.Contains("Equipment affected must be one of yours.", refused.Text, StringComparison.Ordinal);
            Assert.Equal(subject, refused.Field("Subject"));
        }
        var requests = (await (await AsAsync("td_demo_nl_analyst")).GetAsync($"/v1/requests?subject={Uri.EscapeDataString(subject)}")).Expect(200);
        Assert.Empty(requests.Items);
    }
}
