using System.Net;
using Trustdesk.Web.Tests.Features.Requests;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Pages;

/// <summary>
/// The console marks work left with a provider the account no longer trusts (ADR 31): the inbox's <c>Stranded</c> tab
/// lists it and every tab marks it; the request's page says so and its hand-over form takes it back; the task's page
/// says so and offers the account's own teams.
/// </summary>
public sealed class StrandedPagesTests
{
    private static readonly TrustdeskServer Server = TestServers.Shared;

    [Fact]
    public async Task A_request_stranded_by_a_revoke_is_listed_and_marked_and_taken_back_on_its_page()
    {
        var w = await HandOverWorld.CreateAsync(new TestWorld(Server));
        var trust = await RequestCalls.TrustAsync(w.Customer, w.Provider, "requests");
        (await w.CustomerPatchAsync(new { team_id = w.ProviderTeam })).Expect(200);
        using var session = await ConsoleWorld.SignInOwnerAsync(Server, w.Customer);
        var inbox = $"/console/{w.Customer.Id}";
        var page = ConsoleWorld.RequestPage(w.Customer, w.Request);

        Assert.DoesNotContain($"data-request=\"{w.Request}\"", (await session.GetAsync(inbox + "?filter=stranded")).Expect(HttpStatusCode.OK).Html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"stranded\"", (await session.GetAsync(page)).Expect(HttpStatusCode.OK).Html, StringComparison.Ordinal);
        await RequestCalls.RevokeAsync(w.Provider, trust);

        var stranded = (await session.GetAsync(inbox + "?filter=stranded")).Expect(HttpStatusCode.OK);
        Assert.Contains($"data-request=\"{w.Request}\"", stranded.Html, StringComparison.Ordinal);
        Assert.Contains("no longer trusts with requests", stranded.Text, StringComparison.Ordinal);
        var open = (await session.GetAsync(inbox + "?filter=open")).Expect(HttpStatusCode.OK).Html;
        Assert.Matches($"""data-request="{w.Request}"[\s\S]*?Provider no longer trusted[\s\S]*?</tr>""", open);

        var shown = (await session.GetAsync(page)).Expect(HttpStatusCode.OK);
        Assert.Contains("data-testid=\"stranded\"", shown.Html, StringComparison.Ordinal);
        Assert.Contains($"a team of a provider {w.Customer.Name} no longer trusts with requests", shown.Text, StringComparison.Ordinal);
        // The current team stays chosen (saving the status keeps it); no member of the provider's team is offered.
        Assert.Matches($"""<option value="{w.ProviderTeam}" selected="selected">[^<]*\(no longer trusted\)""", shown.Html);
        Assert.DoesNotContain($"Owner of {w.Provider.Id}", shown.Text, StringComparison.Ordinal);
        Assert.DoesNotContain($"Hand over to {w.Provider.Name}", shown.Text, StringComparison.Ordinal);

        // Saving only the status keeps the team; choosing one of the account's own teams takes the request back.
        var status = new Dictionary<string, string>
            { ["Version"] = shown.Field("Version")!, ["Status"] = "in_progress", ["CompletionReason"] = "", ["TeamId"] = w.ProviderTeam.ToString(), ["MemberId"] = "" };
        (await session.PostFormAsync(page, page + "?handler=Update", status)).Expect(HttpStatusCode.Redirect);
        var still = (await w.Customer.Owner.GetAsync(RequestCalls.Path(w.Request))).Expect(200).Record;
        Assert.Equal(("in_progress", w.ProviderTeam), (still.Str("status"), still["team"]!.Number("id")));
        shown = await session.GetAsync(page);
        var takeBack = new Dictionary<string, string>
            { ["Version"] = shown.Field("Version")!, ["Status"] = "in_progress", ["CompletionReason"] = "", ["TeamId"] = w.CustomerTeam.ToString(), ["MemberId"] = "" };
        (await session.PostFormAsync(page, page + "?handler=Update", takeBack)).Expect(HttpStatusCode.Redirect);

        Assert.Equal(w.CustomerTeam, (await w.Customer.Owner.GetAsync(RequestCalls.Path(w.Request))).Expect(200).Record["team"]!.Number("id"));
        Assert.DoesNotContain("data-testid=\"stranded\"", (await session.GetAsync(page)).Expect(HttpStatusCode.OK).Html, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-request=\"{w.Request}\"", (await session.GetAsync(inbox + "?filter=stranded")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_task_stranded_by_taking_tasks_away_is_listed_and_taken_back_to_one_of_the_accounts_teams()
    {
        var world = new TestWorld(Server);
        var (customer, provider) = (await world.SupportDomainAsync(), await world.SupportDomainAsync());
        var trust = await RequestCalls.TrustAsync(customer, provider, "tasks", "requests");
        var (homeTeam, providerTeam) = (await customer.AddTeamAsync("Home movers"), await provider.AddTeamAsync("Hired movers"));
        var workflow = (await customer.Owner.PostAsync("/v1/workflows", new { subject = "Relocation" })).Expect(201).Id;
        var task = (await customer.Owner.PostAsync("/v1/tasks", new { workflow_id = workflow, subject = "Move the racks", category = "implementation", team_id = providerTeam }))
            .Expect(201).Id;
        await customer.GrantAsync(customer.OwnerId, "specialist");
        using var session = await ConsoleWorld.SignInOwnerAsync(Server, customer);
        var page = $"/console/{customer.Id}/tasks/{task}";
        Assert.DoesNotContain("take-back-form", (await session.GetAsync(page)).Expect(HttpStatusCode.OK).Html, StringComparison.Ordinal);

        (await provider.Owner.PatchAsync($"/v1/trusts/{trust}", new { options = new[] { "requests" } })).Expect(200);

        var listed = (await session.GetAsync($"/console/{customer.Id}?show=tasks&filter=stranded")).Expect(HttpStatusCode.OK);
        Assert.Contains($"data-task=\"{task}\"", listed.Html, StringComparison.Ordinal);
        Assert.Contains("no longer trusts with tasks", listed.Text, StringComparison.Ordinal);
        var shown = (await session.GetAsync(page)).Expect(HttpStatusCode.OK);
        Assert.Contains($"a team of a provider {customer.Name} no longer trusts with tasks", shown.Text, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"take-back-form\"", shown.Html, StringComparison.Ordinal);
        Assert.Contains("Home movers", shown.Text, StringComparison.Ordinal);

        // A stale form is refused; the current one takes the task back.
        var form = new Dictionary<string, string> { ["Version"] = "999", ["TeamId"] = homeTeam.ToString() };
        Assert.Contains("changed by someone else", (await session.PostFormAsync(page, page + "?handler=TakeBack", form)).Expect(HttpStatusCode.OK).Text, StringComparison.Ordinal);
        form["Version"] = shown.Field("Version")!;
        (await session.PostFormAsync(page, page + "?handler=TakeBack", form)).Expect(HttpStatusCode.Redirect);
        Assert.Equal(homeTeam, (await customer.Owner.GetAsync($"/v1/tasks/{task}")).Expect(200).Record["team"]!.Number("id"));
        Assert.DoesNotContain("take-back-form", (await session.GetAsync(page)).Expect(HttpStatusCode.OK).Html, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-task=\"{task}\"", (await session.GetAsync($"/console/{customer.Id}?show=tasks&filter=stranded")).Html, StringComparison.Ordinal);
    }
}
