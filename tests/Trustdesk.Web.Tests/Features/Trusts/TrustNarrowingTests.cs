using Trustdesk.Web.Tests.Features.Requests;
using Trustdesk.Web.Tests.Infrastructure;
using static Trustdesk.Web.Tests.Features.Requests.RequestCalls;

namespace Trustdesk.Web.Tests.Features.Trusts;

/// <summary>
/// What an amendment does to what crosses the trust (ADR 31), on every read path and on both databases: an option taken
/// away hides what it granted on the other side's next call, a proposed option grants nothing until accepted. On
/// PostgreSQL the same holds with the EF account filter switched off: the row-level security policies read the options.
/// </summary>
public sealed class TrustNarrowingTests(FilterDisabledServer filterDisabled) : IClassFixture<FilterDisabledServer>
{
    private static readonly TestWorld World = TestWorld.Shared;

    private static Task<ApiResponse> AmendAsync(Tenant by, long trust, params string[] options) =>
        by.Owner.PatchAsync($"/v1/trusts/{trust}", new { options });

    [Theory]
    [InlineData("customer")]
    [InlineData("provider")]
    public Task Taking_requests_away_hides_a_handed_over_request_from_the_provider_at_once(string side) => RequestsHiddenAsync(World, side);

    [Fact]
    [Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public async Task Without_the_account_filter_taking_requests_away_hides_the_request_all_the_same()
    {
        PostgresOnly.Require();
        await RequestsHiddenAsync(new TestWorld(filterDisabled.Server), "provider");
    }

    private static async Task RequestsHiddenAsync(TestWorld world, string side)
    {
        var w = await HandOverWorld.CreateAsync(world);
        var trust = await TrustAsync(w.Customer, w.Provider, "requests", "tasks");
        (await w.CustomerPatchAsync(new { team_id = w.ProviderTeam })).Expect(200);
        (await w.ProviderPatchAsync(new { status = "in_progress", member_id = w.Provider.OwnerId })).Expect(200);
        await AssertSeesAsync(w.Provider.Owner, w.Request, "/v1/requests/assigned_to_my_team", "/v1/requests/assigned_to_me");
        var before = await w.SnapshotAsync();

        (await AmendAsync(side == "customer" ? w.Customer : w.Provider, trust, "tasks")).Expect(200);

        // Every read, write and list of the provider answers as for a request that never existed; nothing was written.
        await AssertHiddenAsync(w.Provider.Owner, w.Request);
        Assert.Equal(before, await w.SnapshotAsync());
        // Nor can the customer hand another request to the provider's teams.
        var another = (await RegisterAsync(w.Customer.Owner, new { subject = "Second", requested_for_id = w.RequesterId, team_id = w.CustomerTeam })).Id;
        (await w.Customer.Owner.PatchAsync(Path(another), new { team_id = w.ProviderTeam }))
            .ExpectValidation(("team_id", "is not a team of this account or of a provider it trusts with requests"));
    }

    [Fact]
    public async Task A_proposed_requests_option_lets_nothing_cross_until_it_is_accepted_and_a_rejected_one_never()
    {
        var w = await HandOverWorld.CreateAsync(World);
        var trust = await TrustAsync(w.Customer, w.Provider, "tasks");
        const string untrusted = "is not a team of this account or of a provider it trusts with requests";

        (await AmendAsync(w.Customer, trust, "tasks", "requests")).Expect(200);
        (await w.CustomerPatchAsync(new { team_id = w.ProviderTeam })).ExpectValidation(("team_id", untrusted));
        (await TrustCalls.StepAsync(w.Provider.Owner, trust, "reject_amendment")).Expect(200);
        (await w.CustomerPatchAsync(new { team_id = w.ProviderTeam })).ExpectValidation(("team_id", untrusted));
        await AssertHiddenAsync(w.Provider.Owner, w.Request);

        (await AmendAsync(w.Provider, trust, "tasks", "requests")).Expect(200);
        (await w.CustomerPatchAsync(new { team_id = w.ProviderTeam })).ExpectValidation(("team_id", untrusted));
        (await TrustCalls.StepAsync(w.Customer.Owner, trust, "accept_amendment")).Expect(200);
        (await w.CustomerPatchAsync(new { team_id = w.ProviderTeam })).Expect(200);
        await AssertSeesAsync(w.Provider.Owner, w.Request, "/v1/requests/assigned_to_my_team");
    }

    [Fact]
    public async Task Taking_services_away_hides_the_requests_of_the_covered_people_from_the_customer()
    {
        var served = await ServedWorld.CreateAsync(World);
        (await AmendAsync(served.Customer, served.ServicesTrust, "services", "requests")).Expect(200);
        (await TrustCalls.StepAsync(served.Provider.Owner, served.ServicesTrust, "accept_amendment")).Expect(200);
        await AssertSeesAsync(served.Customer.Owner, served.Request);

        (await AmendAsync(served.Provider, served.ServicesTrust, "requests")).Expect(200);

        await AssertHiddenAsync(served.Customer.Owner, served.Request);
        // The request itself is where it was: its provider and its requester still see it.
        await AssertSeesAsync(served.Provider.Owner, served.Request);
        Assert.Equal(served.Request, (await served.EndUser.GetAsync(Path(served.Request))).Expect(200).Id);
    }

    [Fact]
    public Task Taking_tasks_away_hides_the_providers_task_and_the_workflow_header_at_once() => TasksHiddenAsync(World);

    [Fact]
    [Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public async Task Without_the_account_filter_taking_tasks_away_hides_the_task_all_the_same()
    {
        PostgresOnly.Require();
        await TasksHiddenAsync(new TestWorld(filterDisabled.Server));
    }

    private static async Task TasksHiddenAsync(TestWorld world)
    {
        var (customer, provider) = (await world.SupportDomainAsync(), await world.SupportDomainAsync());
        var trust = await TrustAsync(customer, provider, "tasks", "requests");
        var team = await provider.AddTeamAsync();
        var workflow = (await customer.Owner.PostAsync("/v1/workflows", new { subject = "Relocation" })).Expect(201).Id;
        var task = (await customer.Owner.PostAsync("/v1/tasks", new { workflow_id = workflow, subject = "Move the racks", category = "implementation", team_id = team }))
            .Expect(201).Id;
        Assert.Equal([task], (await provider.Owner.GetAsync("/v1/tasks")).Expect(200).Ids());
        (await provider.Owner.GetAsync($"/v1/workflows/{workflow}")).Expect(200);

        (await AmendAsync(provider, trust, "requests")).Expect(200);

        foreach (var (template, id) in new[] { ("/v1/tasks/{0}", task), ("/v1/tasks/{0}/notes", task), ("/v1/workflows/{0}", workflow), ("/v1/workflows/{0}/tasks", workflow) })
            Answers.SameAsMissing(await provider.Owner.GetAsync(string.Format(template, id)), await provider.Owner.GetAsync(string.Format(template, Answers.NeverExistingId)));
        Answers.SameAsMissing(await provider.Owner.PatchAsync($"/v1/tasks/{task}", new { status = "completed" }),
            await provider.Owner.PatchAsync($"/v1/tasks/{Answers.NeverExistingId}", new { status = "completed" }));
        Assert.Empty((await provider.Owner.GetAsync("/v1/tasks")).Expect(200).Items);
        Assert.Empty((await provider.Owner.GetAsync("/v1/workflows")).Expect(200).Items);
        Assert.Equal("assigned", (await customer.Owner.GetAsync($"/v1/tasks/{task}")).Expect(200).Record.Str("status"));
    }
}
