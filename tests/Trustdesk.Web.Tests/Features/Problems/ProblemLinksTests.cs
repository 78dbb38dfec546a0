using Trustdesk.Web.Tests.Features.Knowledge;
using Trustdesk.Web.Tests.Features.Requests;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Problems;

/// <summary>
/// Requests linked to problems across accounts (product.md §7): a problem's account links any request it sees, wherever
/// the request lives; whoever sees the request sees the problem's id, subject, status and workaround on it, and nothing
/// else of the problem; the link changes no one's view of the request; only the linking account changes the link.
/// </summary>
public sealed class ProblemLinksTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    private static string Requests(long problem, long? request = null) => $"/v1/problems/{problem}/requests" + (request is { } r ? $"/{r}" : "");

    internal static async Task<long> AddProblemAsync(Tenant account, string subject = "Mail queue stalls", object? more = null)
    {
        var service = await account.AddServiceAsync();
        return (await account.Owner.PostAsync("/v1/problems", more ?? new { subject, service_id = service })).Expect(201).Id;
    }

    [Fact]
    public async Task A_providers_problem_gathers_a_customers_request_whose_viewers_see_its_workaround_and_nothing_more()
    {
        var w = await HandOverWorld.CreateAsync(_world);
        var trust = await RequestCalls.TrustAsync(w.Customer, w.Provider, "requests");
        (await w.CustomerPatchAsync(new { team_id = w.ProviderTeam })).Expect(200);
        var problem = await AddProblemAsync(w.Provider);
        var before = (await w.Customer.Owner.GetAsync(RequestCalls.Path(w.Request))).Expect(200);

        (await w.Provider.Owner.PostAsync(Requests(problem, w.Request))).Expect(200, "{}");
        (await w.Provider.Owner.PostAsync(Requests(problem, w.Request))).Expect(200, "{}");
        Assert.Equal([w.Request], (await w.Provider.Owner.GetAsync(Requests(problem))).Expect(200).Ids());
        Assert.Equal(1, (await w.Provider.Owner.GetAsync($"/v1/problems/{problem}")).Expect(200).Record.Number("request_count"));

        // The customer, where the request lives, sees the problem on it and its account; the problem itself is not there for it.
        var seen = (await w.Customer.Owner.GetAsync(RequestCalls.Path(w.Request))).Expect(200).Record["problem"]!;
        Assert.Equal(problem, seen.Number("id"));
        Assert.Equal("Mail queue stalls", (string?)seen["subject"]);
        Assert.Equal("assigned", (string?)seen["status"]);
        Assert.Null(seen["workaround"]);
        Assert.Equal(w.Provider.Id, (string?)seen["account"]!["id"]);
        Answers.SameAsMissing(await w.Customer.Owner.GetAsync($"/v1/problems/{problem}"),
            await w.Customer.Owner.GetAsync($"/v1/problems/{Answers.NeverExistingId}"));
        Answers.SameAsMissing(await w.Customer.Owner.GetAsync(Requests(problem)),
            await w.Customer.Owner.GetAsync(Requests(Answers.NeverExistingId)));
        // Nothing of the request changed with the link: not its version, not its time.
        var after = (await w.Customer.Owner.GetAsync(RequestCalls.Path(w.Request))).Expect(200);
        Assert.Equal(before.Header("ETag"), after.Header("ETag"));
        Assert.Equal((string?)before.Record["updated_at"], (string?)after.Record["updated_at"]);

        // A new workaround shows on the request at the next read.
        (await w.Provider.Owner.PatchAsync($"/v1/problems/{problem}", new { workaround = "Archive old mail first.", status = "analyzed" })).Expect(200);
        seen = (await w.Customer.Owner.GetAsync(RequestCalls.Path(w.Request))).Expect(200).Record["problem"]!;
        Assert.Equal("Archive old mail first.", (string?)seen["workaround"]);
        Assert.Equal("analyzed", (string?)seen["status"]);

        // The customer may neither remove the provider's link nor replace it with a problem of its own.
        var own = await AddProblemAsync(w.Customer, "Customer's own");
        (await w.CustomerPatchAsync(new { problem_id = (long?)null })).Expect(422);
        (await w.CustomerPatchAsync(new { problem_id = own })).Expect(422);
        (await w.Customer.Owner.PostAsync(Requests(own, w.Request))).Expect(422);
        Assert.Equal(problem, (await w.Customer.Owner.GetAsync(RequestCalls.Path(w.Request))).Expect(200).Record["problem"]!.Number("id"));

        // Revoked, the trust hides the request from the provider's problem; the link stays, and the customer still sees it.
        await RequestCalls.RevokeAsync(w.Customer, trust);
        Assert.Empty((await w.Provider.Owner.GetAsync(Requests(problem))).Expect(200).Ids());
        Assert.Equal(problem, (await w.Customer.Owner.GetAsync(RequestCalls.Path(w.Request))).Expect(200).Record["problem"]!.Number("id"));
        (await w.Provider.Owner.DeleteAsync(Requests(problem, w.Request))).Expect(404);
    }

    [Fact]
    public async Task The_requests_own_account_links_it_by_problem_id_moves_it_and_removes_it()
    {
        var w = await HandOverWorld.CreateAsync(_world);
        var first = await AddProblemAsync(w.Customer, "First cause");
        var second = await AddProblemAsync(w.Customer, "Second cause");

        (await w.CustomerPatchAsync(new { problem_id = first })).Expect(200);
        Assert.Equal(first, (await w.Customer.Owner.GetAsync(RequestCalls.Path(w.Request))).Expect(200).Record["problem"]!.Number("id"));
        (await w.CustomerPatchAsync(new { problem_id = second })).Expect(200);
        Assert.Empty((await w.Customer.Owner.GetAsync(Requests(first))).Expect(200).Ids());
        Assert.Equal([w.Request], (await w.Customer.Owner.GetAsync(Requests(second))).Expect(200).Ids());
        var answer = (await w.CustomerPatchAsync(new { problem_id = (long?)null })).Expect(200).Record;
        Assert.Null(answer["problem"]);
        Assert.Empty((await w.Customer.Owner.GetAsync(Requests(second))).Expect(200).Ids());

        // A problem the account does not have, a request it does not see: refused, nothing linked.
        var foreign = await AddProblemAsync(w.Provider);
        (await w.CustomerPatchAsync(new { problem_id = foreign })).Expect(422);
        Answers.SameAsMissing(await w.Provider.Owner.PostAsync(Requests(foreign, w.Request)),
            await w.Provider.Owner.PostAsync(Requests(foreign, Answers.NeverExistingId)));
        Assert.Null((await w.Customer.Owner.GetAsync(RequestCalls.Path(w.Request))).Expect(200).Record["problem"]);

        // An auditor reads the links and makes none.
        var auditor = await KnowledgeCalls.PersonWithRolesAsync(_world, w.Customer, "auditor");
        (await auditor.PostAsync(Requests(first, w.Request))).Expect(403);
        (await auditor.PatchAsync(RequestCalls.Path(w.Request), new { problem_id = first })).Expect(422);
        Assert.Empty((await auditor.GetAsync(Requests(first))).Expect(200).Ids());
    }
}
