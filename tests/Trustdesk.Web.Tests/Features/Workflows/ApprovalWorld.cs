using Trustdesk.Web.Tests.Features.Events;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Workflows;

/// <summary>
/// ADR 29's shape, made through the API: HR, a support domain of directory D, runs an onboarding whose first task is an
/// approval asked of Lena — a line manager in D with no role anywhere (only end-user standing, in D and in HR) — then an
/// HR task after it, and a second approval for her behind that task (registered, not activated). HR's owner, a specialist
/// and workflow manager there, wrote a public and an internal note on the approval. Besides, Noah of D (no role, not an
/// approver) and an unrelated account U whose owner is a specialist there. Each person has a token.
/// </summary>
public sealed class ApprovalWorld
{
    private ApprovalWorld(TrustdeskServer server) => Server = server;

    public TrustdeskServer Server { get; }
    public Tenant Directory { get; private set; } = null!;
    public Tenant Hr { get; private set; } = null!;
    public Tenant Unrelated { get; private set; } = null!;
    public long HrTeam { get; private set; }
    public long Lena { get; private set; }
    public long Noah { get; private set; }
    public string LenaToken { get; private set; } = "";
    public string NoahToken { get; private set; } = "";
    public long Workflow { get; private set; }
    public long Approval { get; private set; }
    public long Contract { get; private set; }
    public long LaterApproval { get; private set; }

    public const string Instructions = "Jane starts on the first of the month; approve if the budget holds.";

    public static async Task<ApprovalWorld> CreateAsync(TrustdeskServer server)
    {
        var world = new TestWorld(server);
        var w = new ApprovalWorld(server) { Directory = await world.DirectoryAsync() };
        w.Hr = await world.SupportDomainAsync(w.Directory);
        w.Unrelated = await world.SupportDomainAsync();
        await w.Hr.GrantAsync(w.Hr.OwnerId, "specialist", "workflow_manager");
        await w.Unrelated.GrantAsync(w.Unrelated.OwnerId, "specialist");
        w.HrTeam = await w.Hr.AddTeamAsync();
        (w.Lena, w.Noah) = (await w.Directory.AddPersonAsync("Lena Line-Manager"), await w.Directory.AddPersonAsync());
        (w.LenaToken, w.NoahToken) = (await ServerWrites.IssueTokenAsync(server, w.Directory.Id, w.Lena), await ServerWrites.IssueTokenAsync(server, w.Directory.Id, w.Noah));

        w.Workflow = (await w.Hr.Owner.PostAsync("/v1/workflows", new { subject = "Onboarding of Jane " + Ids.Hex(4) })).Expect(201).Id;
        w.Approval = await w.TaskAsync(new
        {
            workflow_id = w.Workflow, subject = "Approve the hiring", category = "approval", team_id = w.HrTeam, approver_ids = new[] { w.Lena },
            instructions = Instructions,
        });
        w.Contract = await w.TaskAsync(new
        {
            workflow_id = w.Workflow, subject = "Prepare the contract", category = "implementation", team_id = w.HrTeam, predecessor_ids = new[] { w.Approval },
        });
        w.LaterApproval = await w.TaskAsync(new
        {
            workflow_id = w.Workflow, subject = "Approve the first-day budget", category = "approval", team_id = w.HrTeam, approver_ids = new[] { w.Lena },
            predecessor_ids = new[] { w.Contract },
        });
        (await w.Hr.Owner.PostAsync($"/v1/tasks/{w.Approval}/notes", new { text = "Budget line 42" })).Expect(201);
        (await w.Hr.Owner.PostAsync($"/v1/tasks/{w.Approval}/notes", new { text = "Salary band C", @internal = true })).Expect(201);
        return w;
    }

    private async Task<long> TaskAsync(object body) => (await Hr.Owner.PostAsync("/v1/tasks", body)).Expect(201).Id;

    /// <summary>Lena acting in <paramref name="account"/> (her own, D, when none is named).</summary>
    public ApiClient LenaIn(string? account = null) => Server.Client(LenaToken, account ?? Directory.Id);

    public ApiClient NoahAtHome => Server.Client(NoahToken, Directory.Id);

    public async Task<string?> StatusAsync(long task) => (await Hr.Owner.GetAsync($"/v1/tasks/{task}")).Expect(200).Record.Str("status");

    public async Task<string?> WorkflowStatusAsync() => (await Hr.Owner.GetAsync($"/v1/workflows/{Workflow}")).Expect(200).Record.Str("status");
}
