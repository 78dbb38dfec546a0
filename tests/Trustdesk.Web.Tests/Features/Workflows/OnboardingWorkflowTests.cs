using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Workflows;

/// <summary>
/// The onboarding workflow of product.md §6 and §10 over HTTP: HR's workflow with a manager approval, tasks for HR,
/// for IT (another account, trusted with tasks) and for Facilities, and a final HR task. Each account sees exactly
/// what §6 grants at each step: another account's task only once activated, then the workflow's header and its own
/// tasks, nothing else; revoking the trust hides them on the next read.
/// </summary>
public sealed class OnboardingWorkflowTests
{
    private static readonly TestWorld World = TestWorld.Shared;

    private sealed record Onboarding(Tenant Hr, Tenant It, Tenant Facilities, long ItTrust, long Workflow,
        long Approval, long Contract, long Account, long Desk, long Welcome)
    {
        public static async Task<Onboarding> CreateAsync()
        {
            var (hr, it, facilities) = (await World.SupportDomainAsync(), await World.SupportDomainAsync(), await World.SupportDomainAsync());
            foreach (var tenant in new[] { hr, it, facilities }) await tenant.GrantAsync(tenant.OwnerId, "specialist", "workflow_manager");
            var itTrust = await TrustAsync(hr, it, "tasks");
            await TrustAsync(hr, facilities, "tasks");
            var (hrTeam, itTeam, facilitiesTeam) = (await hr.AddTeamAsync(), await it.AddTeamAsync(), await facilities.AddTeamAsync());

            var workflow = (await hr.Owner.PostAsync("/v1/workflows", new { subject = "Onboarding of Jane" })).Expect(201).Record;
            Assert.Equal("registered", workflow.Str("status"));
            var id = workflow.Number("id");
            async Task<long> TaskAsync(object body) => (await hr.Owner.PostAsync("/v1/tasks", body)).Expect(201).Id;
            var approval = await TaskAsync(new { workflow_id = id, subject = "Manager approval", category = "approval", team_id = hrTeam, approver_ids = new[] { hr.OwnerId } });
            var contract = await TaskAsync(new { workflow_id = id, subject = "Prepare the contract", category = "implementation", team_id = hrTeam, predecessor_ids = new[] { approval } });
            var account = await TaskAsync(new { workflow_id = id, subject = "Create the Active Directory account", category = "implementation", team_id = itTeam, predecessor_ids = new[] { approval } });
            var desk = await TaskAsync(new { workflow_id = id, subject = "Prepare a desk", category = "implementation", team_id = facilitiesTeam, predecessor_ids = new[] { approval } });
            var welcome = await TaskAsync(new { workflow_id = id, subject = "Welcome Jane", category = "implementation", team_id = hrTeam, predecessor_ids = new[] { contract, account, desk } });
            return new Onboarding(hr, it, facilities, itTrust, id, approval, contract, account, desk, welcome);
        }

        public async Task<string?> StatusAsync(long task) => (await Hr.Owner.GetAsync($"/v1/tasks/{task}")).Expect(200).Record.Str("status");

        public async Task<string?> WorkflowStatusAsync() => (await Hr.Owner.GetAsync($"/v1/workflows/{Workflow}")).Expect(200).Record.Str("status");
    }

    private static async Task<long> TrustAsync(Tenant customer, Tenant provider, string option)
    {
        var id = (await customer.Owner.PostAsync("/v1/trusts",
            new { customer_account_id = customer.Id, provider_account_id = provider.Id, options = new[] { option } })).Expect(201).Id;
        (await provider.Owner.PostAsync($"/v1/trusts/{id}/accept")).Expect(200);
        return id;
    }

    private static async Task AssertInvisibleAsync(ApiClient client, string path) =>
        Answers.SameAsMissing(await client.GetAsync(path), await client.GetAsync(Answers.WithMissingId(path, long.Parse(path.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public async Task Each_account_sees_exactly_its_part_of_the_onboarding_at_each_step()
    {
        var o = await Onboarding.CreateAsync();

        // Only the approval is active; the other accounts' tasks are not activated, so they see nothing.
        Assert.Equal("assigned", await o.StatusAsync(o.Approval));
        Assert.Equal("registered", await o.StatusAsync(o.Account));
        Assert.Equal("approval", await o.WorkflowStatusAsync());
        Assert.Empty((await o.It.Owner.GetAsync("/v1/tasks")).Expect(200).Items);
        Assert.Empty((await o.It.Owner.GetAsync("/v1/workflows")).Expect(200).Items);
        await AssertInvisibleAsync(o.It.Owner, $"/v1/tasks/{o.Account}");
        await AssertInvisibleAsync(o.It.Owner, $"/v1/workflows/{o.Workflow}");
        (await o.It.Owner.PatchAsync($"/v1/tasks/{o.Account}", new { status = "completed" })).Expect(404);

        // The manager approves: the three tasks after the approval are activated at once.
        (await o.Hr.Owner.PatchAsync($"/v1/tasks/{o.Approval}", new { status = "approved" })).Expect(200);
        Assert.Equal("approved", await o.StatusAsync(o.Approval));
        foreach (var task in new[] { o.Contract, o.Account, o.Desk }) Assert.Equal("assigned", await o.StatusAsync(task));
        Assert.Equal("registered", await o.StatusAsync(o.Welcome));
        Assert.Equal("implementation", await o.WorkflowStatusAsync());

        // IT sees its own task and the workflow's header, nothing else of it.
        Assert.Equal([o.Account], (await o.It.Owner.GetAsync("/v1/tasks")).Expect(200).Ids());
        Assert.Equal([o.Desk], (await o.Facilities.Owner.GetAsync("/v1/tasks")).Expect(200).Ids());
        var header = (await o.It.Owner.GetAsync($"/v1/workflows/{o.Workflow}")).Expect(200).Record;
        Assert.Equal(["account", "id", "manager", "status", "subject"], header.Members().Order(StringComparer.Ordinal));
        Assert.Equal(o.Hr.Id, header["account"]!.Str("id"));
        Assert.Equal([o.Account], (await o.It.Owner.GetAsync($"/v1/workflows/{o.Workflow}/tasks")).Expect(200).Ids());
        await AssertInvisibleAsync(o.It.Owner, $"/v1/tasks/{o.Contract}");
        Answers.SameAsMissing(await o.It.Owner.GetAsync($"/v1/workflows/{o.Workflow}/phases"),
            await o.It.Owner.GetAsync($"/v1/workflows/{Answers.NeverExistingId}/phases"));
        Assert.Empty((await o.It.Owner.GetAsync($"/v1/tasks/{o.Account}/predecessors")).Expect(200).Items);

        // Notes: IT's internal note stays in IT; its public note reaches HR.
        (await o.It.Owner.PatchAsync($"/v1/tasks/{o.Account}", new { status = "in_progress", note = "Account requested", internal_note = "Use the standard OU" })).Expect(200);
        Assert.Equal(["Account requested", "Use the standard OU"], (await o.It.Owner.GetAsync($"/v1/tasks/{o.Account}/notes")).Expect(200).Values("text"));
        Assert.Equal(["Account requested"], (await o.Hr.Owner.GetAsync($"/v1/tasks/{o.Account}/notes")).Expect(200).Values("text"));

        // A provider works its task in place but does not rename it.
        (await o.It.Owner.PatchAsync($"/v1/tasks/{o.Account}", new { subject = "x" })).ExpectValidation(("subject", "can't be changed from this account"));
        (await o.Hr.Owner.PatchAsync($"/v1/tasks/{o.Welcome}", new { status = "completed" })).ExpectValidation(("status", "is not active yet"));

        foreach (var (tenant, task) in new[] { (o.It, o.Account), (o.Facilities, o.Desk), (o.Hr, o.Contract) })
        {
            Assert.Equal("registered", await o.StatusAsync(o.Welcome));
            (await tenant.Owner.PatchAsync($"/v1/tasks/{task}", new { status = "completed" })).Expect(200);
        }
        Assert.Equal("assigned", await o.StatusAsync(o.Welcome));
        (await o.Hr.Owner.PatchAsync($"/v1/tasks/{o.Welcome}", new { status = "completed" })).Expect(200);
        var done = (await o.Hr.Owner.GetAsync($"/v1/workflows/{o.Workflow}")).Expect(200).Record;
        Assert.Equal("completed", done.Str("status"));
        Assert.Equal("complete", done.Str("completion_reason"));
        (await o.Hr.Owner.PatchAsync($"/v1/workflows/{o.Workflow}", new { subject = "Renamed" })).ExpectInvalid("status");
        (await o.Hr.Owner.PostAsync("/v1/tasks", new { workflow_id = o.Workflow, subject = "Late", category = "implementation" })).ExpectInvalid("workflow_id");

        // Revoking the trust hides IT's task and the workflow from IT on the next read.
        (await o.Hr.Owner.PostAsync($"/v1/trusts/{o.ItTrust}/revoke")).Expect(200);
        await AssertInvisibleAsync(o.It.Owner, $"/v1/tasks/{o.Account}");
        await AssertInvisibleAsync(o.It.Owner, $"/v1/workflows/{o.Workflow}");
        Assert.Empty((await o.It.Owner.GetAsync("/v1/tasks")).Expect(200).Items);
        Assert.Equal([o.Desk], (await o.Facilities.Owner.GetAsync("/v1/tasks")).Expect(200).Ids());
    }

    [Fact]
    public async Task A_rejection_halts_the_workflow_and_approvals_are_answered_once_by_approvers_only()
    {
        var o = await Onboarding.CreateAsync();
        (await o.Hr.Owner.PatchAsync($"/v1/tasks/{o.Contract}", new { status = "approved" })).ExpectInvalid("status");
        (await o.Hr.Owner.PatchAsync($"/v1/tasks/{o.Approval}", new { status = "rejected", note = "Budget frozen" })).Expect(200);
        Assert.Equal("rejected", await o.StatusAsync(o.Approval));
        Assert.Equal("progress_halted", await o.WorkflowStatusAsync());
        foreach (var task in new[] { o.Contract, o.Account, o.Desk, o.Welcome }) Assert.Equal("registered", await o.StatusAsync(task));
        (await o.Hr.Owner.PatchAsync($"/v1/tasks/{o.Approval}", new { status = "approved" })).ExpectValidation(("status", "has already answered"));
        Assert.Empty((await o.It.Owner.GetAsync("/v1/tasks")).Expect(200).Items);
        var approvals = (await o.Hr.Owner.GetAsync($"/v1/tasks/{o.Approval}/approvals")).Expect(200).Items;
        Assert.Equal("rejected", Assert.Single(approvals)!.Str("status"));
    }

    [Fact]
    public async Task Tasks_go_only_to_teams_of_accounts_trusting_with_tasks_and_nothing_is_written_otherwise()
    {
        var o = await Onboarding.CreateAsync();
        var stranger = await World.SupportDomainAsync();
        var requestsOnly = await World.SupportDomainAsync();
        await TrustAsync(o.Hr, requestsOnly, "requests");
        var before = (await o.Hr.Owner.GetAsync($"/v1/workflows/{o.Workflow}/tasks")).Expect(200).TotalEntries();
        foreach (var team in new[] { await stranger.AddTeamAsync(), await requestsOnly.AddTeamAsync(), Answers.NeverExistingId })
            (await o.Hr.Owner.PostAsync("/v1/tasks", new { workflow_id = o.Workflow, subject = "x", category = "implementation", team_id = team }))
                .ExpectValidation(("team_id", "is not a team of this account or of an account it trusts with tasks"));
        (await o.Hr.Owner.PostAsync("/v1/tasks", new { workflow_id = o.Workflow, subject = "x", category = "implementation", predecessor_ids = new[] { Answers.NeverExistingId } }))
            .ExpectInvalid("predecessor_ids");
        (await o.Hr.Owner.PostAsync("/v1/tasks", new { workflow_id = o.Workflow, subject = "x", category = "approval", approver_ids = new[] { o.Hr.OwnerId }, required_approvals = 2 }))
            .ExpectInvalid("required_approvals");
        (await o.It.Owner.PostAsync("/v1/tasks", new { workflow_id = o.Workflow, subject = "x", category = "implementation" })).ExpectInvalid("workflow_id");

        // An approval task whose approver is someone else: the owner, a specialist who is not an approver, may not answer it.
        var approver = await o.Hr.AddPersonAsync();
        var other = (await o.Hr.Owner.PostAsync("/v1/tasks", new { workflow_id = o.Workflow, subject = "Budget approval", category = "approval", approver_ids = new[] { approver } })).Expect(201).Id;
        (await o.Hr.Owner.PatchAsync($"/v1/tasks/{other}", new { status = "approved" })).ExpectValidation(("status", "is not an approver of this task"));
        Assert.Equal("assigned", await o.StatusAsync(other));
        Assert.Equal("pending", Assert.Single((await o.Hr.Owner.GetAsync($"/v1/tasks/{other}/approvals")).Expect(200).Items)!.Str("status"));
        before++;
        Assert.Equal(before, (await o.Hr.Owner.GetAsync($"/v1/workflows/{o.Workflow}/tasks")).Expect(200).TotalEntries());
    }

    [Fact]
    public async Task Concurrent_completions_of_two_predecessors_activate_their_successor()
    {
        for (var round = 0; round < 5; round++)
        {
            var o = await Onboarding.CreateAsync();
            (await o.Hr.Owner.PatchAsync($"/v1/tasks/{o.Approval}", new { status = "approved" })).Expect(200);
            (await o.Hr.Owner.PatchAsync($"/v1/tasks/{o.Contract}", new { status = "completed" })).Expect(200);
            // The last two predecessors of the welcome task complete at the same moment, from two accounts.
            var answers = await Task.WhenAll(
                o.It.Owner.PatchAsync($"/v1/tasks/{o.Account}", new { status = "completed" }),
                o.Facilities.Owner.PatchAsync($"/v1/tasks/{o.Desk}", new { status = "completed" }));
            Assert.All(answers, a => a.Expect(200));
            var welcome = (await o.Hr.Owner.GetAsync($"/v1/tasks/{o.Welcome}")).Expect(200).Record;
            Assert.Equal("assigned", welcome.Str("status"));
            Assert.NotNull(welcome.Str("activated_at"));
        }
    }
}
