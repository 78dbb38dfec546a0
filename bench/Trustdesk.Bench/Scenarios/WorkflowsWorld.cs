using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Trustdesk.Bench.Http;

namespace Trustdesk.Bench.Scenarios;

/// <summary>Someone who calls the API: a token, and the account the calls act in (<c>X-4me-Account</c>).</summary>
internal sealed record Actor(string Name, string Token, string AccountId);

/// <summary>
/// The onboarding of product.md §6, made through the API as customers would (issue #5). Directory <c>b-wf-dir</c>,
/// whose owner is the HR manager; HR's support domain <c>b-wf-hr</c>, linked to it, whose owner (an HR specialist)
/// sets it up and gives the HR manager the <c>workflow_manager</c> role there; IT <c>b-wf-it</c> and Facilities
/// <c>b-wf-fac</c>, which HR trusts with <c>tasks</c> (invited by HR, accepted by them). Each account has a team with
/// its owner as member. HR's task templates: a manager approval (approver: the HR manager), the contract (HR team),
/// the Active Directory account (IT's team), a desk (Facilities' team) and the welcome (HR team); the workflow template
/// "Onboarding" places them in three phases with the dependencies approval → contract, account, desk → welcome.
/// </summary>
internal sealed record WorkflowsWorld(
    Actor Manager, Actor HrSpecialist, Actor ItSpecialist, Actor FacilitiesSpecialist, long TemplateId)
{
    public const string DirectoryId = "b-wf-dir";
    public const string HrId = "b-wf-hr";
    public const string ItId = "b-wf-it";
    public const string FacilitiesId = "b-wf-fac";

    public const string Approval = "Manager approval";
    public const string Contract = "Prepare the employment contract";
    public const string AdAccount = "Create the Active Directory account";
    public const string Desk = "Prepare a desk";
    public const string Welcome = "Welcome the new employee";

    /// <summary>The template's tasks, in the order of its relations.</summary>
    public static readonly string[] Tasks = [Approval, Contract, AdAccount, Desk, Welcome];

    /// <summary>Who works each task: the approver answers the approval; each team's account completes its own tasks.</summary>
    public Actor WorkerOf(string task) => task switch
    {
        Approval => Manager,
        AdAccount => ItSpecialist,
        Desk => FacilitiesSpecialist,
        _ => HrSpecialist,
    };

    public static async Task<WorkflowsWorld> CreateAsync(ApiClient api, string operatorToken, CancellationToken cancellationToken)
    {
        async Task<(Actor Owner, long OwnerId)> Account(string id, string kind, string? directory)
        {
            var body = JsonNode.Parse(CreatedAccount.Body(id))!.AsObject();
            body["kind"] = kind;
            if (directory is not null) body["directory_account_id"] = directory;
            var owner = JsonNode.Parse((await api.PostJsonAsync("/v1/accounts", body.ToJsonString(), operatorToken, cancellationToken))
                .Expect(HttpStatusCode.Created, $"POST /v1/accounts ({id})").Body)!["owner"]!;
            return (new Actor($"owner of {id}", owner["token"]!.GetValue<string>(), id), owner["id"]!.GetValue<long>());
        }

        async Task<JsonNode> Call(Actor caller, HttpMethod method, string path, object? body, HttpStatusCode expected = HttpStatusCode.OK)
        {
            var json = body is null ? null : JsonSerializer.Serialize(body);
            var response = (await api.SendJsonAsync(method, path, json, caller.Token, caller.AccountId, cancellationToken))
                .Expect(expected, $"{method} {path} ({caller.Name} in {caller.AccountId})");
            return response.Body.Length == 0 ? new JsonObject() : JsonNode.Parse(response.Body)!;
        }

        async Task<long> Create(Actor caller, string path, object body) =>
            (await Call(caller, HttpMethod.Post, path, body, HttpStatusCode.Created))["id"]!.GetValue<long>();

        Task Grant(Actor owner, long person, string roles) =>
            Call(owner, HttpMethod.Post, $"/v1/people/{person}/permissions/{owner.AccountId}?roles={roles}", null);

        var (directoryOwner, managerId) = await Account(DirectoryId, "directory", null);
        var (hr, hrOwnerId) = await Account(HrId, "support_domain", DirectoryId);
        var (it, itOwnerId) = await Account(ItId, "support_domain", null);
        var (facilities, facilitiesOwnerId) = await Account(FacilitiesId, "support_domain", null);
        hr = hr with { Name = "HR specialist" };
        it = it with { Name = "IT specialist" };
        facilities = facilities with { Name = "Facilities specialist" };

        // The HR manager is a person of the directory; in HR they manage workflows (and so may create them), nothing else.
        await Grant(hr, managerId, "workflow_manager");
        var manager = directoryOwner with { Name = "HR manager", AccountId = HrId };
        await Grant(hr, hrOwnerId, "specialist");
        await Grant(it, itOwnerId, "specialist");
        await Grant(facilities, facilitiesOwnerId, "specialist");

        foreach (var provider in new[] { it, facilities })
        {
            var trust = await Create(hr, "/v1/trusts",
                new { customer_account_id = HrId, provider_account_id = provider.AccountId, options = new[] { "tasks" } });
            await Call(provider, HttpMethod.Post, $"/v1/trusts/{trust}/accept", null);
        }

        async Task<long> Team(Actor owner, long ownerId, string name)
        {
            var team = await Create(owner, "/v1/teams", new { name });
            await Call(owner, HttpMethod.Post, $"/v1/teams/{team}/members/{ownerId}", null);
            return team;
        }
        var hrTeam = await Team(hr, hrOwnerId, "HR Onboarding");
        var itTeam = await Team(it, itOwnerId, "Workplace IT");
        var facilitiesTeam = await Team(facilities, facilitiesOwnerId, "Facilities Desk");

        // The workflow manager writes the templates, as in production.
        var approval = await Create(manager, "/v1/task_templates", new
        {
            subject = Approval, category = "approval", team_id = hrTeam, planned_duration = 60, approver_ids = new[] { managerId },
        });
        async Task<long> Implementation(string subject, long team, int minutes) =>
            await Create(manager, "/v1/task_templates", new { subject, category = "implementation", team_id = team, planned_duration = minutes });
        var contract = await Implementation(Contract, hrTeam, 120);
        var adAccount = await Implementation(AdAccount, itTeam, 30);
        var desk = await Implementation(Desk, facilitiesTeam, 60);
        var welcome = await Implementation(Welcome, hrTeam, 30);

        var template = await Create(manager, "/v1/workflow_templates",
            new { subject = "Onboarding", category = "standard", impact = "low", justification = "expansion" });
        async Task<long> Phase(string name, int position) =>
            await Create(manager, $"/v1/workflow_templates/{template}/phases", new { name, position });
        var (approvalPhase, preparationPhase, firstDayPhase) = (await Phase("Approval", 1), await Phase("Preparation", 2), await Phase("First day", 3));

        var relations = $"/v1/workflow_templates/{template}/task_template_relations";
        var approvalRelation = await Create(manager, relations, new { task_template_id = approval, phase_id = approvalPhase, position = 1 });
        var preparation = new List<long>();
        var position = 1;
        foreach (var taskTemplate in new[] { contract, adAccount, desk })
            preparation.Add(await Create(manager, relations, new
            {
                task_template_id = taskTemplate, phase_id = preparationPhase, position = position++, predecessor_ids = new[] { approvalRelation },
            }));
        await Create(manager, relations, new { task_template_id = welcome, phase_id = firstDayPhase, position = 1, predecessor_ids = preparation });

        var placed = (await Call(manager, HttpMethod.Get, relations, null)).AsArray();
        if (placed.Count != Tasks.Length)
            throw new InvalidOperationException($"The onboarding template has {placed.Count} task template relations instead of {Tasks.Length}.");
        return new WorkflowsWorld(manager, hr, it, facilities, template);
    }
}
