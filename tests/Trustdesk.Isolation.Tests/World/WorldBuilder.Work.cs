using System.Text.Json.Nodes;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Isolation.Tests.World;

public sealed partial class WorldBuilder
{
    /// <summary>
    /// Requests of every route: submitted by covered end users (routed to the provider, with the SLA's customer account),
    /// registered by specialists in their own account, and handed over to providers trusted with <c>requests</c>
    /// (by team or by service instance). Some get a member, some are completed; each gets notes from its sides.
    /// </summary>
    private async Task RequestsAsync()
    {
        foreach (var sla in world.Slas.ToList())
            for (var i = 0; i < 2; i++)
            {
                // End users submit; someone with a role where they act would register in that account instead.
                var endUsers = world.People.Where(p => p.Organization == sla.CustomerOrganization && !p.Roles.ContainsKey(p.Account)).ToList();
                if (endUsers.Count == 0) break;
                var requester = Pick(endUsers);
                var canary = world.Canaries.Next(Kind.Request);
                var created = Created(await As(requester).PostAsync("/v1/requests", new { subject = "Request " + canary, service_instance_id = sla.Instance }));
                world.Requests.Add(Read(created, canary, requester.Id));
            }
        foreach (var account in SupportDomains.ToList())
            for (var i = 0; i < shape.SpecialistRequestsPerAccount; i++)
                world.Requests.Add(await RegisterAsync(account));
        foreach (var trust in Standing(TrustOptions.Requests).ToList())
            for (var i = 0; i < 2; i++)
            {
                var request = await RegisterAsync(world.Account(trust.Customer));
                world.Requests.Add(request);
                var body = i == 0
                    ? (object)new { team_id = Pick(world.Teams.Where(t => t.Account == trust.Provider).ToList()).Id }
                    : new { service_instance_id = world.Instances.First(x => x.Account == trust.Provider).Id };
                Update(request, (await Owner(request.Account).PatchAsync($"/v1/requests/{request.Id}", body)).Expect(200).Record);
            }
        foreach (var request in world.Requests.ToList()) await WorkOnAsync(request);
    }

    private async Task<WRequest> RegisterAsync(WAccount account)
    {
        var canary = world.Canaries.Next(Kind.Request);
        var requestedFor = Pick(Locals(account));
        var team = Pick(world.Teams.Where(t => t.Account == account.Id).ToList());
        var created = Created(await Owner(account.Id).PostAsync("/v1/requests",
            new { subject = "Request " + canary, requested_for_id = requestedFor.Id, team_id = team.Id }));
        return Read(created, canary, account.OwnerId);
    }

    /// <summary>The request as the API answered it: where it landed, its customer account, team and instance.</summary>
    private WRequest Read(JsonObject created, string canary, long requestedBy)
    {
        var request = new WRequest(created["account"]?.Str("id") ?? AccountOf(requestedBy), canary)
        {
            CustomerAccount = created["customer_account"]?.Str("id"),
            RequestedBy = requestedBy,
            RequestedFor = created["requested_for"]!.Number("id"),
        };
        request.Id = created.Number("id");
        Update(request, created);
        return request;
    }

    /// <summary>A request answered without <c>account</c> lives in the caller's own account.</summary>
    private string AccountOf(long person) => world.Person(person).Account;

    private void Update(WRequest request, JsonObject answer)
    {
        request.Team = answer["team"]!.Number("id");
        request.TeamAccount = world.Team(request.Team).Account;
        request.Instance = answer["service_instance"]?["id"]?.GetValue<long>();
        request.InstanceAccount = request.Instance is { } i ? world.Instances.Single(x => x.Id == i).Account : null;
        request.Member = answer["member"]?["id"]?.GetValue<long>();
        request.Completed = answer.Str("status") == "completed";
    }

    private async Task WorkOnAsync(WRequest request)
    {
        var home = Owner(request.Account);
        await NoteAsync(request, request.Account, world.Account(request.Account).OwnerId, isInternal: false);
        // Every request carries an internal note of its own account, so that in every world the within-account rule
        // (a requester reads public notes only) has something to hide from the requesters acting there.
        await NoteAsync(request, request.Account, world.Account(request.Account).OwnerId, isInternal: true);
        if (request.TeamAccount != request.Account || (request.InstanceAccount is { } i && i != request.Account))
        {
            var provider = request.TeamAccount != request.Account ? request.TeamAccount : request.InstanceAccount!;
            await NoteAsync(request, provider, world.Account(provider).OwnerId, isInternal: true);
            await NoteAsync(request, provider, world.Account(provider).OwnerId, isInternal: false);
        }
        if (request.CustomerAccount is { } customer)
            await NoteAsync(request, customer, world.Account(customer).OwnerId, isInternal: true);
        if (_random.Next(3) == 0)
        {
            var requester = world.Person(request.RequestedFor);
            await NoteAsync(request, requester.Account, requester.Id, isInternal: false);
        }
        if (request.TeamAccount == request.Account && _random.Next(3) == 0)
            Update(request, (await home.PatchAsync($"/v1/requests/{request.Id}", new { member_id = world.Account(request.Account).OwnerId })).Expect(200).Record);
        if (_random.Next(5) == 0)
            Update(request, (await home.PatchAsync($"/v1/requests/{request.Id}", new { status = "completed", completion_reason = "solved" })).Expect(200).Record);
    }

    /// <summary>A note written by <paramref name="author"/> acting in <paramref name="account"/>.</summary>
    private async Task NoteAsync(WRequest request, string account, long author, bool isInternal)
    {
        var note = new WNote(Kind.RequestNote, account, world.Canaries.Next(Kind.RequestNote), request.Id, isInternal, author);
        var client = server.Client(world.Person(author).Token, account);
        note.Id = Created(await client.PostAsync($"/v1/requests/{request.Id}/notes", new { text = "Note " + note.Canary, @internal = isInternal })).Number("id");
        world.RequestNotes.Add(note);
    }

    /// <summary>
    /// Across each accepted <c>tasks</c> trust, a workflow of the customer with a task of its own (active at once) and one
    /// for the provider's team after it (registered until the first is completed, which half of them are). Besides, home
    /// workflows with one task, some completed. Notes on tasks from both sides, and on workflows.
    /// </summary>
    private async Task WorkflowsAsync()
    {
        // The first trust gets one workflow whose task for the provider is activated and one whose task is not, so even a
        // small world has tasks across a trust in both states; the others one workflow, activated at random.
        var states = new Queue<bool>([true, false]);
        foreach (var trust in Standing(TrustOptions.Tasks).ToList())
            do await CrossAccountWorkflowAsync(trust, states.TryDequeue(out var activate) ? activate : _random.Next(2) == 0);
            while (states.Count == 1);
        foreach (var account in SupportDomains.Where(_ => _random.Next(2) == 0).ToList())
        {
            var (workflow, task) = await WorkflowAsync(account);
            if (_random.Next(2) == 0)
            {
                await CompleteAsync(task);
                workflow.Completed = true;
            }
        }
        foreach (var account in SupportDomains.ToList()) await ApprovalsAsync(account);
    }

    /// <summary>
    /// ADR 29: in every support domain, a workflow with an approval asked at once of two of the account's or its directory's
    /// people — one with no role here, one with roles elsewhere when there is such a person — of whom one answers, with a
    /// note, from their own account; and a second approval asked of them behind an implementation task (registered until
    /// that is completed, as an operation may do). Both approvers must approve, so the first stays pending for the other.
    /// The tasks go to a team made for them.
    /// </summary>
    private async Task ApprovalsAsync(WAccount account)
    {
        var locals = Locals(account).Where(p => p.Id != account.OwnerId).ToList();
        var roleless = locals.Where(p => !p.Roles.ContainsKey(account.Id)).ToList();
        var elsewhere = locals.Where(p => p.Roles.Keys.Any(a => a != account.Id)).ToList();
        if (roleless.Count == 0) return;
        var first = Pick(roleless);
        var second = Pick(elsewhere.Count > 0 ? elsewhere : locals);
        long[] approvers = first.Id == second.Id ? [first.Id] : [first.Id, second.Id];

        var (workflow, _) = await WorkflowAsync(account);
        // A team of their own, which no request names: what shows it to an approver shows too much of the task.
        var team = new WTeam(account.Id, world.Canaries.Next(Kind.Team));
        team.Id = Created(await Owner(account.Id).PostAsync("/v1/teams", new { name = "Team " + team.Canary })).Number("id");
        world.Teams.Add(team);
        await AddMemberAsync(team, account.OwnerId);
        var asked = await TaskAsync(workflow, team, null, approvers);
        asked.Activated = true;
        var work = await TaskAsync(workflow, team, null);
        work.Activated = true;
        await TaskAsync(workflow, team, work.Id, approvers);

        var answering = world.Person(approvers[^1]);
        var note = new WNote(Kind.TaskNote, answering.Account, world.Canaries.Next(Kind.TaskNote), asked.Id, false, answering.Id);
        (await As(answering).PatchAsync($"/v1/tasks/{asked.Id}", new { status = "approved", note = "Note " + note.Canary })).Expect(200);
        asked.Answered.Add(answering.Id);
        asked.Finished = asked.Answered.Count == approvers.Length;
        // The answer's note has no id of its own in the answer: the workflow's account finds it by its canary.
        note.Id = (await Owner(account.Id).GetAsync($"/v1/tasks/{asked.Id}/notes")).Expect(200).Items
            .Single(n => n!["text"]!.GetValue<string>().Contains(note.Canary, StringComparison.Ordinal))!["id"]!.GetValue<long>();
        world.TaskNotes.Add(note);
    }

    private async Task CrossAccountWorkflowAsync(WTrust trust, bool activate)
    {
        var (workflow, first) = await WorkflowAsync(world.Account(trust.Customer));
        var second = await TaskAsync(workflow, Pick(world.Teams.Where(t => t.Account == trust.Provider).ToList()), first.Id);
        await TaskNoteAsync(first, trust.Customer, isInternal: true);
        if (!activate) return;
        await CompleteAsync(first);
        second.Activated = true;
        await TaskNoteAsync(second, trust.Provider, isInternal: true);
        await TaskNoteAsync(second, trust.Provider, isInternal: false);
        await TaskNoteAsync(second, trust.Customer, isInternal: true);
    }

    private async Task<(WWorkflow, WTask)> WorkflowAsync(WAccount account)
    {
        var workflow = new WWorkflow(account.Id, world.Canaries.Next(Kind.Workflow), account.OwnerId);
        workflow.Id = Created(await Owner(account.Id).PostAsync("/v1/workflows", new { subject = "Workflow " + workflow.Canary })).Number("id");
        world.Workflows.Add(workflow);
        var note = new WNote(Kind.WorkflowNote, account.Id, world.Canaries.Next(Kind.WorkflowNote), workflow.Id, false, account.OwnerId);
        note.Id = Created(await Owner(account.Id).PostAsync($"/v1/workflows/{workflow.Id}/notes", new { text = "Note " + note.Canary })).Number("id");
        world.WorkflowNotes.Add(note);
        var task = await TaskAsync(workflow, world.Teams.First(t => t.Account == account.Id), null);
        task.Activated = true;
        await TaskNoteAsync(task, account.Id, isInternal: false);
        return (workflow, task);
    }

    private async Task<WTask> TaskAsync(WWorkflow workflow, WTeam team, long? predecessor, long[]? approvers = null)
    {
        var task = new WTask(workflow.Account, world.Canaries.Next(Kind.Task), workflow.Id, team.Id, team.Account) { Predecessor = predecessor };
        task.Id = Created(await Owner(workflow.Account).PostAsync("/v1/tasks", new
        {
            workflow_id = workflow.Id, subject = "Task " + task.Canary, category = approvers is null ? "implementation" : "approval", team_id = team.Id,
            predecessor_ids = predecessor is { } p ? new[] { p } : [], approver_ids = approvers ?? [],
        })).Number("id");
        task.Approvers.AddRange(approvers ?? []);
        world.Tasks.Add(task);
        return task;
    }

    private async Task CompleteAsync(WTask task)
    {
        (await Owner(task.Account).PatchAsync($"/v1/tasks/{task.Id}", new { status = "completed" })).Expect(200);
        task.Finished = true;
    }

    private async Task TaskNoteAsync(WTask task, string account, bool isInternal)
    {
        var author = world.Account(account).OwnerId;
        var note = new WNote(Kind.TaskNote, account, world.Canaries.Next(Kind.TaskNote), task.Id, isInternal, author);
        note.Id = Created(await Owner(account).PostAsync($"/v1/tasks/{task.Id}/notes", new { text = "Note " + note.Canary, @internal = isInternal })).Number("id");
        world.TaskNotes.Add(note);
    }
}
