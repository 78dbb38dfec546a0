using Microsoft.Extensions.DependencyInjection;
using Trustdesk.Web.Demo;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Scenario;

/// <summary>
/// The demo requests of the reference scenario through <c>GET /v1/requests</c>: the NL employee's Active Directory
/// request lives once, in widget-cc, and is visible in widget-cc and widget-it-nl, not in widget-it-br.
/// </summary>
public sealed class ReferenceRequestsTests
{
    private const string ActiveDirectoryRequest = "Cannot log in after password reset";
    private const string PrinterRequest = "Printer on the 3rd floor jams";
    private static readonly string[] AnnasRequests = [ActiveDirectoryRequest, "New docking station", PrinterRequest];
    private static readonly TrustdeskServer Server = TestServers.Shared;

    private static async Task LoadAsync()
    {
        await using var scope = Server.Services.CreateAsyncScope();
        await ScenarioLoading.RunAsync(() => scope.ServiceProvider.GetRequiredService<ScenarioLoader>().LoadAsync(CancellationToken.None));
    }

    private static async Task<List<string>> SubjectsAsync(string token, string account) =>
        (await Server.Client(token, account).GetAsync("/v1/requests?per_page=100")).Expect(200).Values("subject").OfType<string>().ToList();

    [Fact]
    public async Task The_active_directory_request_is_seen_by_the_competence_center_and_nl_it_and_not_by_brazil()
    {
        await LoadAsync();
        Assert.Contains(ActiveDirectoryRequest, await SubjectsAsync("td_demo_cc_specialist", "widget-cc"));
        Assert.Contains(ActiveDirectoryRequest, await SubjectsAsync("td_demo_nl_analyst", "widget-it-nl"));
        Assert.DoesNotContain(ActiveDirectoryRequest, await SubjectsAsync("td_demo_br_analyst", "widget-it-br"));
        Assert.Contains("Laptop does not start", await SubjectsAsync("td_demo_br_analyst", "widget-it-br"));
        Assert.DoesNotContain("Laptop does not start", await SubjectsAsync("td_demo_nl_analyst", "widget-it-nl"));
    }

    [Fact]
    public async Task The_printer_request_lives_in_nl_it_and_is_worked_by_printfix_across_the_requests_trust()
    {
        await LoadAsync();
        var printfix = Server.Client("td_demo_printfix_engineer", "printfix");
        var seen = (await printfix.GetAsync("/v1/requests?per_page=100")).Expect(200).Items.Single(r => r!.Str("subject") == PrinterRequest)!;
        Assert.Equal("widget-it-nl", seen["account"]!.Str("id"));
        Assert.Equal("Printer Engineers", seen["team"]!.Str("name"));
        Assert.Contains(PrinterRequest, await SubjectsAsync("td_demo_nl_analyst", "widget-it-nl"));
        Assert.DoesNotContain(PrinterRequest, await SubjectsAsync("td_demo_cc_specialist", "widget-cc"));
    }

    [Fact]
    public async Task The_competence_centers_internal_note_stays_in_the_competence_center()
    {
        await LoadAsync();
        var cc = Server.Client("td_demo_cc_specialist", "widget-cc");
        var id = (await cc.GetAsync("/v1/requests?per_page=100")).Expect(200).Items.Single(r => r!.Str("subject") == ActiveDirectoryRequest)!.Number("id");
        List<bool> Internal(ApiResponse notes) => notes.Expect(200).Items.Select(n => n!.Bool("internal")).ToList();

        Assert.Equal([false, true], Internal(await cc.GetAsync($"/v1/requests/{id}/notes")));
        Assert.Equal([false], Internal(await Server.Client("td_demo_nl_analyst", "widget-it-nl").GetAsync($"/v1/requests/{id}/notes")));
        Assert.Equal([false], Internal(await Server.Client("td_demo_nl_employee", "widget-it-nl").GetAsync($"/v1/requests/{id}/notes")));
        Answers.SameAsMissing(await Server.Client("td_demo_br_analyst", "widget-it-br").GetAsync($"/v1/requests/{id}/notes"),
            await Server.Client("td_demo_br_analyst", "widget-it-br").GetAsync($"/v1/requests/{Answers.NeverExistingId}/notes"));
    }

    [Fact]
    public async Task Brazil_gets_the_same_404_for_the_dutch_request_as_for_a_missing_one()
    {
        await LoadAsync();
        var cc = Server.Client("td_demo_cc_specialist", "widget-cc");
        var request = (await cc.GetAsync("/v1/requests?per_page=100")).Expect(200).Items
            .Single(r => r!.Str("subject") == ActiveDirectoryRequest)!;
        var id = request.Number("id");

        var nl = (await Server.Client("td_demo_nl_analyst", "widget-it-nl").GetAsync($"/v1/requests/{id}")).Expect(200).Record;
        Assert.Equal("widget-cc", nl["account"]!.Str("id"));
        Assert.Equal("widget-it-nl", nl["customer_account"]!.Str("id"));
        Assert.Equal("Active Directory", nl["team"]!.Str("name"));
        Assert.Equal("widget-cc", nl["team"]!["account"]!.Str("id"));
        Assert.Equal("Anna de Vries", nl["requested_for"]!.Str("name"));

        var brazil = Server.Client("td_demo_br_analyst", "widget-it-br");
        Answers.SameAsMissing(await brazil.GetAsync($"/v1/requests/{id}"), await brazil.GetAsync($"/v1/requests/{Answers.NeverExistingId}"));
    }

    [Fact]
    public async Task An_end_user_sees_only_the_requests_requested_by_or_for_them()
    {
        await LoadAsync();
        // The NL employee, with no role anywhere, sees her own three requests in NL IT (one lives in the competence center).
        Assert.Equal(AnnasRequests, (await SubjectsAsync("td_demo_nl_employee", "widget-it-nl")).Order(StringComparer.Ordinal));
        // Brazil's account sees its request, but she, an end user there too, does not: it is not hers. Acting there she
        // still sees her own requests, wherever they live (product.md §5), and nothing else.
        Assert.Contains("Laptop does not start", await SubjectsAsync("td_demo_br_analyst", "widget-it-br"));
        Assert.Equal(AnnasRequests, (await SubjectsAsync("td_demo_nl_employee", "widget-it-br")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Requests_filter_sort_and_page_like_every_collection()
    {
        await LoadAsync();
        var nl = Server.Client("td_demo_nl_analyst", "widget-it-nl");

        // Anna's two requests seen from NL IT, and the printer request that lives there.
        Assert.Equal(3, (await nl.GetAsync("/v1/requests/open")).Expect(200).TotalEntries());
        Assert.Equal(0, (await nl.GetAsync("/v1/requests/completed")).Expect(200).TotalEntries());
        Assert.Equal([ActiveDirectoryRequest], (await nl.GetAsync("/v1/requests?impact=high")).Expect(200).Values("subject"));
        Assert.Equal([PrinterRequest, "New docking station"], (await nl.GetAsync("/v1/requests?impact=!high")).Expect(200).Values("subject"));
        Assert.Equal(AnnasRequests, (await nl.GetAsync("/v1/requests?sort=subject")).Expect(200).Values("subject"));
        // A request list followed by more pages counts only as far as the record after the page (ADR 19) and says so;
        // its last page knows the exact total.
        var page = (await nl.GetAsync("/v1/requests?per_page=1&fields=subject")).Expect(200);
        Assert.Equal(2, page.TotalEntries());
        Assert.Equal("true", page.Header("X-Pagination-Throttled"));
        var last = (await nl.GetAsync("/v1/requests?per_page=1&page=3")).Expect(200);
        Assert.Equal(3, last.TotalEntries());
        Assert.Null(last.Header("X-Pagination-Throttled"));
        Assert.Single(page.Items);
        Assert.Equal(["id", "subject"], page.Items[0]!.Members());
        Assert.Equal("Sorting not allowed on fields: team",
            (await nl.GetAsync("/v1/requests?sort=team")).Expect(400).Record.Str("message"));
    }
}
