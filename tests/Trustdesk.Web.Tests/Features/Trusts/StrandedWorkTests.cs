using Trustdesk.Web.Tests.Features.Requests;
using Trustdesk.Web.Tests.Infrastructure;
using static Trustdesk.Web.Tests.Features.Requests.RequestCalls;

namespace Trustdesk.Web.Tests.Features.Trusts;

/// <summary>
/// Work left with a provider that can no longer see it (ADR 31): after a revoke, or once the option that let it cross is
/// taken away, the account's open requests and tasks assigned to that provider's teams are listed by the predefined
/// filter <c>stranded</c>, and leave it once the account takes them back, completes them, or trusts the provider again.
/// </summary>
public sealed class StrandedWorkTests
{
    private static readonly TestWorld World = TestWorld.Shared;

    private static Task<List<long>> StrandedAsync(Tenant reader, string kind = "requests") => IdsAsync(reader.Owner, $"/v1/{kind}/stranded");

    [Fact]
    public async Task After_a_revoke_the_customer_sees_its_request_listed_as_stranded_and_takes_it_back()
    {
        var w = await HandOverWorld.CreateAsync(World);
        var trust = await TrustAsync(w.Customer, w.Provider, "requests");
        var handedOver = (await w.CustomerPatchAsync(new { team_id = w.ProviderTeam })).Expect(200);
        var completed = (await RegisterAsync(w.Customer.Owner, new { subject = "Done there", requested_for_id = w.RequesterId, team_id = w.ProviderTeam })).Id;
        (await w.Provider.Owner.PatchAsync(Path(completed), new { status = "completed", completion_reason = "solved" })).Expect(200);
        var ownTeam = (await RegisterAsync(w.Customer.Owner, new { subject = "At home", requested_for_id = w.RequesterId, team_id = w.CustomerTeam })).Id;
        Assert.Empty(await StrandedAsync(w.Customer));

        await RevokeAsync(w.Provider, trust);

        // Only the open request left with the provider; the provider, which sees none of it, lists nothing.
        Assert.Equal([w.Request], await StrandedAsync(w.Customer));
        Assert.Empty(await StrandedAsync(w.Provider));
        Assert.DoesNotContain(ownTeam, await StrandedAsync(w.Customer));
        Assert.DoesNotContain(completed, await StrandedAsync(w.Customer));
        Assert.Equal([w.Request], (await w.Customer.Owner.GetAsync($"/v1/requests/stranded?id={w.Request}")).Expect(200).Ids());
        Assert.Equal(w.ProviderTeam, (await w.Customer.Owner.GetAsync(Path(w.Request))).Expect(200).Record["team"]!.Number("id"));

        // The customer takes it back with the hand-over it always had: assigning one of its own teams.
        var back = (await w.Customer.Owner.PatchAsync(Path(w.Request), new { team_id = w.CustomerTeam }, ("If-Match", handedOver.Header("ETag")!))).Expect(200);
        Assert.Equal(w.CustomerTeam, back.Record["team"]!.Number("id"));
        Assert.Null(back.Record["member"]);
        Assert.Empty(await StrandedAsync(w.Customer));
    }

    [Fact]
    public async Task Taking_requests_away_strands_the_request_and_only_an_accepted_widening_brings_the_provider_back()
    {
        var w = await HandOverWorld.CreateAsync(World);
        var trust = await TrustAsync(w.Customer, w.Provider, "requests", "services");
        (await w.CustomerPatchAsync(new { team_id = w.ProviderTeam })).Expect(200);

        (await w.Provider.Owner.PatchAsync($"/v1/trusts/{trust}", new { options = new[] { "services" } })).Expect(200);
        Assert.Equal([w.Request], await StrandedAsync(w.Customer));

        (await w.Provider.Owner.PatchAsync($"/v1/trusts/{trust}", new { options = new[] { "services", "requests" } })).Expect(200);
        Assert.Equal([w.Request], await StrandedAsync(w.Customer));
        await AssertHiddenAsync(w.Provider.Owner, w.Request);

        (await TrustCalls.StepAsync(w.Customer.Owner, trust, "accept_amendment")).Expect(200);
        Assert.Empty(await StrandedAsync(w.Customer));
        await AssertSeesAsync(w.Provider.Owner, w.Request, "/v1/requests/assigned_to_my_team");
    }

    [Fact]
    public async Task An_end_user_of_the_account_lists_only_their_own_stranded_requests()
    {
        var directory = await World.DirectoryAsync();
        var customer = await World.SupportDomainAsync(directory);
        await customer.GrantAsync(customer.OwnerId, "specialist");
        var provider = await World.SupportDomainAsync();
        var team = await provider.AddTeamAsync();
        var trust = await TrustAsync(customer, provider, "requests");
        var forOwner = (await RegisterAsync(customer.Owner, new { subject = "For the directory's owner", requested_for_id = directory.OwnerId, team_id = team })).Id;
        var other = (await RegisterAsync(customer.Owner, new { subject = "For someone else", requested_for_id = await directory.AddPersonAsync(), team_id = team })).Id;
        await RevokeAsync(customer, trust);

        Assert.Equal([other, forOwner], await StrandedAsync(customer));
        Assert.Equal([forOwner], await IdsAsync(directory.Owner.In(customer.Id), "/v1/requests/stranded"));
    }

    [Fact]
    public async Task A_task_left_with_a_provider_no_longer_trusted_with_tasks_is_stranded_until_taken_back()
    {
        var (customer, provider) = (await World.SupportDomainAsync(), await World.SupportDomainAsync());
        var trust = await TrustAsync(customer, provider, "tasks", "requests");
        foreach (var side in new[] { customer, provider }) await side.GrantAsync(side.OwnerId, "specialist");
        var (homeTeam, providerTeam) = (await customer.AddTeamAsync(), await provider.AddTeamAsync());
        var workflow = (await customer.Owner.PostAsync("/v1/workflows", new { subject = "Relocation" })).Expect(201).Id;
        async Task<long> TaskAsync(string subject, object? predecessors = null) => (await customer.Owner.PostAsync("/v1/tasks",
            new { workflow_id = workflow, subject, category = "implementation", team_id = providerTeam, predecessor_ids = predecessors ?? Array.Empty<long>() })).Expect(201).Id;
        var active = await TaskAsync("Move the racks");
        var finished = await TaskAsync("Label the cables");
        var waiting = await TaskAsync("Power up", new[] { active });
        var home = (await customer.Owner.PostAsync("/v1/tasks", new { workflow_id = workflow, subject = "Tell everyone", category = "implementation", team_id = homeTeam })).Expect(201).Id;
        (await provider.Owner.PatchAsync($"/v1/tasks/{finished}", new { status = "completed" })).Expect(200);
        Assert.Empty(await StrandedAsync(customer, "tasks"));

        (await customer.Owner.PatchAsync($"/v1/trusts/{trust}", new { options = new[] { "requests" } })).Expect(200);

        // The activated task and the one still waiting for it: neither will ever be seen there; the finished one needs nothing.
        Assert.Equal([waiting, active], await StrandedAsync(customer, "tasks"));
        Assert.Empty(await StrandedAsync(provider, "tasks"));
        Assert.DoesNotContain(home, await StrandedAsync(customer, "tasks"));
        (await customer.Owner.PatchAsync($"/v1/tasks/{active}", new { team_id = homeTeam })).Expect(200);
        Assert.Equal([waiting], await StrandedAsync(customer, "tasks"));
        // A provider's team is given no new task, and the stranded one is not handed to it again.
        (await customer.Owner.PatchAsync($"/v1/tasks/{active}", new { team_id = providerTeam }))
            .ExpectValidation(("team_id", "is not a team of this account or of an account it trusts with tasks"));
    }

    [Fact]
    public async Task The_stranded_lists_need_what_their_siblings_need_and_show_nothing_of_another_account()
    {
        var (customer, provider, third) = (await World.SupportDomainAsync(), await World.SupportDomainAsync(), await World.SupportDomainAsync());
        var trust = await TrustAsync(customer, provider, "requests");
        var team = await provider.AddTeamAsync();
        await customer.GrantAsync(customer.OwnerId, "specialist");
        var request = (await RegisterAsync(customer.Owner, new { subject = "Stranded", requested_for_id = customer.OwnerId, team_id = team })).Id;
        await RevokeAsync(customer, trust);

        Assert.Equal([request], await StrandedAsync(customer));
        Assert.Empty(await StrandedAsync(third));
        Assert.Empty(await StrandedAsync(third, "tasks"));
        var endUser = World.Server.Client(await Events.ServerWrites.IssueTokenAsync(World.Server, customer.Id, await customer.AddPersonAsync()), customer.Id);
        Assert.Empty((await endUser.GetAsync("/v1/requests/stranded")).Expect(200).Items);
        Answers.AssertErrorShape((await endUser.GetAsync("/v1/tasks/stranded")).Expect(403));
        (await customer.Owner.GetAsync("/v1/requests/stranded?sort=name")).Expect(400);
    }
}
