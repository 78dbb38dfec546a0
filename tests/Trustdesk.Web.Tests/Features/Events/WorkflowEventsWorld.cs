using Trustdesk.Web.Features.Events;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Events;

/// <summary>
/// The onboarding shape of product.md §6, made through the API as in OnboardingWorkflowTests: HR's workflows, with a
/// team of HR and a team of IT — another account, which HR trusts with <c>tasks</c>. Besides them an unrelated account
/// U, and an end user of HR (a person there without a role). The owners of HR and IT are specialists and workflow
/// managers there, U's owner a specialist. The workflow itself is made by the tests, while their streams are open.
/// </summary>
public sealed class WorkflowEventsWorld
{
    private WorkflowEventsWorld(TrustdeskServer server) => Server = server;

    public TrustdeskServer Server { get; }
    public Tenant Hr { get; private set; } = null!;
    public Tenant It { get; private set; } = null!;
    public Tenant Unrelated { get; private set; } = null!;
    public long ItTrust { get; private set; }
    public long HrTeam { get; private set; }
    public long ItTeam { get; private set; }
    public long EndUserId { get; private set; }
    public string EndUserToken { get; private set; } = "";

    public static async Task<WorkflowEventsWorld> CreateAsync(TrustdeskServer server)
    {
        var world = new TestWorld(server);
        var w = new WorkflowEventsWorld(server)
        {
            Hr = await world.SupportDomainAsync(),
            It = await world.SupportDomainAsync(),
            Unrelated = await world.SupportDomainAsync(),
        };
        foreach (var tenant in new[] { w.Hr, w.It }) await tenant.GrantAsync(tenant.OwnerId, "specialist", "workflow_manager");
        await w.Unrelated.GrantAsync(w.Unrelated.OwnerId, "specialist");
        w.ItTrust = (await w.Hr.Owner.PostAsync("/v1/trusts",
            new { customer_account_id = w.Hr.Id, provider_account_id = w.It.Id, options = new[] { "tasks" } })).Expect(201).Id;
        (await w.It.Owner.PostAsync($"/v1/trusts/{w.ItTrust}/accept")).Expect(200);
        (w.HrTeam, w.ItTeam) = (await w.Hr.AddTeamAsync(), await w.It.AddTeamAsync());
        w.EndUserId = await w.Hr.AddPersonAsync();
        w.EndUserToken = await ServerWrites.IssueTokenAsync(server, w.Hr.Id, w.EndUserId);
        return w;
    }

    /// <summary>A stream of the owner of <paramref name="account"/>, acting there.</summary>
    /// <summary>
    /// A stream of <paramref name="account"/>'s owner that has settled: the announcements of the set-up's changes have
    /// passed (a request registered after opening is awaited), so what follows is caused by the test alone.
    /// </summary>
    public async Task<EventStreamReader> StreamAsync(Tenant account, TrustdeskServer? on = null)
    {
        var stream = await EventStreamReader.OpenAsync(on ?? Server, account.OwnerToken, account.Id);
        await stream.SkipUntilAsync(ChangeEvent.RequestCreated, await RegisterAsync(account));
        return stream;
    }

    private ApiClient Owner(Tenant account, TrustdeskServer? through) => (through ?? Server).Client(account.OwnerToken, account.Id);

    /// <summary>HR's workflow, by hand and without tasks yet.</summary>
    public async Task<long> StartWorkflowAsync(TrustdeskServer? through = null) =>
        (await Owner(Hr, through).PostAsync("/v1/workflows", new { subject = "Onboarding of " + Ids.Hex(4) })).Expect(201).Id;

    /// <summary>The manager's approval (HR's owner approves), first in the workflow: it is activated at once.</summary>
    public async Task<long> AddApprovalAsync(long workflow, TrustdeskServer? through = null) =>
        (await Owner(Hr, through).PostAsync("/v1/tasks", new
        {
            workflow_id = workflow, subject = "Manager approval", category = "approval", team_id = HrTeam, approver_ids = new[] { Hr.OwnerId },
        })).Expect(201).Id;

    /// <summary>A task for IT's team after <paramref name="predecessor"/>: registered until that is done.</summary>
    public async Task<long> AddItTaskAsync(long workflow, long predecessor, TrustdeskServer? through = null) =>
        (await Owner(Hr, through).PostAsync("/v1/tasks", new
        {
            workflow_id = workflow, subject = "Create the Active Directory account", category = "implementation", team_id = ItTeam,
            predecessor_ids = new[] { predecessor },
        })).Expect(201).Id;

    /// <summary>HR's owner approves: the tasks after the approval are activated.</summary>
    public async Task ApproveAsync(long approval, TrustdeskServer? through = null) =>
        (await Owner(Hr, through).PatchAsync($"/v1/tasks/{approval}", new { status = "approved" })).Expect(200);

    /// <summary>A note on a task through <c>POST /v1/tasks/:id/notes</c>, written in <paramref name="account"/>; returns its id.</summary>
    public async Task<long> AddNoteAsync(Tenant account, long task, bool isInternal = false) =>
        (await account.Owner.PostAsync($"/v1/tasks/{task}/notes", new { text = "Account requested", @internal = isInternal })).Expect(201).Id;

    /// <summary>A specialist registers a request in their own account, seen there only (for <paramref name="requestedFor"/> too).</summary>
    public async Task<long> RegisterAsync(Tenant account, long? requestedFor = null) =>
        (await account.Owner.PostAsync("/v1/requests", new { subject = "Internal " + Ids.Hex(4), requested_for_id = requestedFor })).Expect(201).Id;
}
