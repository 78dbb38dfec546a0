using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Trustdesk.Web.Tests.Features;
using Trustdesk.Web.Tests.Features.Contracts;
using Trustdesk.Web.Tests.Features.WorkflowTemplates;
using Trustdesk.Web.Tests.Features.Trusts;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions.EveryRoute;

/// <summary>
/// One account, <see cref="Home"/> (a support domain linked to a directory), with at least two records in every
/// collection of the API as its owner reads it — people, organizations, teams and members, catalog and SLAs with their
/// coverage, trusts in each state, requests in each predefined list (stranded ones too) with notes and audit, workflows and tasks in each
/// predefined list with notes, approvals, dependencies, phases and linked requests, templates, problems, contracts and the
/// CIs they cover (CIs written through the server's context while /v1/cis is not there) — so the tests that walk
/// every route of the API find something to look at. Made once, through the API, on a server of its own whose clock
/// starts at an instant named here and moves a second whenever it is read: records made one after another have
/// timestamps that differ, so an order by them shows.
/// </summary>
public sealed class RouteWorld
{
    public static readonly DateTimeOffset Start = new(2031, 3, 3, 8, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<Task<RouteWorld>> Shared = new(BuildAsync);

    /// <summary>The world, made by whichever test asks first.</summary>
    public static Task<RouteWorld> GetAsync() => Shared.Value;

    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

    private RouteWorld(TrustdeskServer server, Tenant home)
    {
        Server = server;
        Home = home;
    }

    public TrustdeskServer Server { get; }
    public Tenant Home { get; }

    /// <summary>
    /// The route with its parameters filled in with records of this world: each parameter by the route it names a
    /// parent in (so <c>/v1/slas/{id}/people</c> gets the SLA with people), else by the collection it follows, else by
    /// its name; null when the world has none, which a test reports as a route to add here.
    /// </summary>
    public string? Fill(string template)
    {
        var segments = template.Split('/');
        var filled = segments.ToArray();
        for (var i = 0; i < segments.Length; i++)
        {
            if (!segments[i].StartsWith('{')) continue;
            if (IdAt(segments, i) is not { } id) return null;
            filled[i] = id;
        }
        return string.Join('/', filled);
    }

    /// <summary>The record this world names for parameter <paramref name="index"/> of a template split at '/', by the rule of <see cref="Fill"/>.</summary>
    public string? IdAt(string[] segments, int index)
    {
        var byRoute = string.Join('/', segments[..Math.Min(index + 2, segments.Length)]);
        var at = string.Join('/', segments[..(index + 1)]);
        return _ids.TryGetValue(byRoute, out var id) || _ids.TryGetValue(at, out id) || _ids.TryGetValue(segments[index], out id) ? id : null;
    }

    /// <summary>Every record id this world names, for parameters no rule of <see cref="Fill"/> knows.</summary>
    public IReadOnlyList<string> NamedIds => _ids.Values.Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Who reads <paramref name="path"/>: the operator for the tenant registry, else the home account's owner.</summary>
    public ApiClient ReaderOf(string path) => path.StartsWith("/v1/accounts", StringComparison.Ordinal) ? Server.Operator : Home.Owner;

    private void Name(string at, long id) => _ids[at] = id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<RouteWorld> BuildAsync()
    {
        var clock = new FakeTimeProvider(Start) { AutoAdvanceAmount = TimeSpan.FromSeconds(1) };
        var server = new TrustdeskServer(services: s => s.AddSingleton<TimeProvider>(clock)).Started();
        TestRunCleanup.Register(server.Dispose);
        return await BuildOnAsync(server);
    }

    /// <summary>A world of its own on <paramref name="server"/>: its own accounts, beside any other world there.</summary>
    public static async Task<RouteWorld> BuildOnAsync(TrustdeskServer server)
    {
        var world = new TestWorld(server);
        var directory = await world.DirectoryAsync();
        var home = await world.SupportDomainAsync(directory);
        var built = new RouteWorld(server, home);
        await built.BuildAsync(world, directory);
        return built;
    }

    private async Task BuildAsync(TestWorld world, Tenant directory)
    {
        var owner = Home.Owner;
        await Home.GrantAsync(Home.OwnerId, "specialist", "workflow_manager", "knowledge_manager");
        _ids["{accountId}"] = Home.Id;
        _ids["/v1/accounts/{id}"] = Home.Id;

        // The directory: its people, listed in the support domain as /people/directory.
        await directory.AddPersonAsync();
        await directory.AddPersonAsync();

        // People, organizations, sites, teams.
        var root = await Home.AddOrganizationAsync("Root");
        await Home.AddOrganizationAsync("Child one", root);
        await Home.AddOrganizationAsync("Child two", root);
        foreach (var name in new[] { "Closed one", "Closed two" }) await Home.CreateAsync("/v1/organizations", new { name, disabled = true });
        (await owner.PatchAsync($"/v1/people/{Home.OwnerId}", new { organization_id = root })).Expect(200);
        var first = await Home.AddPersonAsync("First");
        var second = await Home.AddPersonAsync("Second");
        foreach (var name in new[] { "Gone one", "Gone two" }) await Home.CreateAsync("/v1/people", new { name, primary_email = Ids.Email(), disabled = true });
        await Home.GrantAsync(first, "specialist");
        var (siteOne, siteTwo) = (await Home.AddSiteAsync(), await Home.AddSiteAsync());
        var team = await Home.AddTeamAsync("First line");
        await Home.AddTeamAsync("Second line");
        foreach (var member in new[] { Home.OwnerId, first }) (await owner.PostAsync($"/v1/teams/{team}/members/{member}")).Expect(200);
        Name("/v1/people/{id}", Home.OwnerId);
        Name("/v1/organizations/{id}", root);
        Name("/v1/sites/{id}", siteOne);
        Name("/v1/teams/{id}", team);

        // Access tokens: the owner's first, another, and a revoked one.
        await Home.NewOwnerTokenAsync("second");
        var revoked = (await owner.PostAsync("/v1/access_tokens", new { name = "revoked" })).Expect(201).Id;
        (await owner.DeleteAsync($"/v1/access_tokens/{revoked}")).Expect(204);

        await CatalogAsync(root, first, second, siteOne, siteTwo);
        await TrustsAsync(world);
        var (onTemplate, withNotes) = await RequestsAsync(team);
        await WorkAsync(team, first, onTemplate);
        await StrandedAsync(world, team);
        Name("/v1/requests/{id}", withNotes);
        await ArticlesOnRequestAsync(withNotes);
        await ProblemsAsync(team, [onTemplate[0], withNotes]);
        var cis = await ConfigurationItemsAsync(team, siteOne, [first, second], withNotes);
        await ContractsAsync(root, cis);
    }

    /// <summary>
    /// Two products; four CIs on the first, supported by <paramref name="team"/> (the owner's), two of them archived: two
    /// of each predefined filter. The last one changed, noted twice, used by <paramref name="users"/>, related to two
    /// others, and affected by <paramref name="request"/>, as is the one before it.
    /// </summary>
    private async Task<IReadOnlyList<long>> ConfigurationItemsAsync(long team, long site, long[] users, long request)
    {
        var product = (await Home.Owner.PostAsync("/v1/products", new { name = "Laptop 14", brand = "Acme", category = "Laptop" })).Expect(201).Id;
        (await Home.Owner.PostAsync("/v1/products", new { name = "Printer 4000", brand = "Acme", category = "Printer" })).Expect(201);
        var cis = new List<long>();
        foreach (var status in new[] { "in_production", "archived", "installed", "removed" })
            cis.Add((await Home.Owner.PostAsync("/v1/cis", new { product_id = product, name = $"CI {status}", status, support_team_id = team, site_id = site }))
                .Expect(201).Id);
        var ci = cis[^1];
        (await Home.Owner.PatchAsync($"/v1/cis/{ci}", new { status = "lost_or_stolen", remarks = "Left on a train." })).Expect(200);
        foreach (var text in new[] { "Battery replaced.", "Keyboard cleaned." }) (await Home.Owner.PostAsync($"/v1/cis/{ci}/notes", new { text })).Expect(201);
        foreach (var user in users) (await Home.Owner.PostAsync($"/v1/cis/{ci}/users/{user}")).Expect(200);
        long relation = 0;
        foreach (var other in cis[..2])
            relation = (await Home.Owner.PostAsync($"/v1/cis/{ci}/ci_relations", new { relation_type = "depends_on", ci_id = other })).Expect(201).Id;
        foreach (var linked in cis[2..]) (await Home.Owner.PostAsync($"/v1/requests/{request}/cis/{linked}")).Expect(200);
        Name("/v1/products/{id}", product);
        Name("/v1/cis/{id}", ci);
        Name("/v1/cis/{id}/users/{personId}", users[0]);
        Name("/v1/cis/{id}/ci_relations/{relationId}", relation);
        Name("/v1/requests/{id}/cis/{ciId}", ci);
        return cis;
    }

    /// <summary>
    /// Two contracts active with their notice dates within 90 days of <see cref="Start"/> and two expired: two of each
    /// predefined filter. The last active one changed once and covering two of <paramref name="cis"/>.
    /// </summary>
    private async Task ContractsAsync(long supplier, IReadOnlyList<long> cis)
    {
        var contracts = new List<long>();
        foreach (var (status, notice) in new[] { ("expired", "2030-03-01"), ("expired", "2030-06-01"), ("active", "2031-04-01"), ("active", "2031-05-01") })
            contracts.Add(await ContractRecords.AddContractAsync(Home, supplier, $"Contract {status} {notice}",
                new Dictionary<string, object?> { ["status"] = status, ["notice_date"] = notice }));
        var contract = contracts[^1];
        (await Home.Owner.PatchAsync($"/v1/contracts/{contract}", new { remarks = "Renewed yearly." })).Expect(200);
        foreach (var ci in cis.Take(2)) (await Home.Owner.PostAsync($"/v1/contracts/{contract}/cis/{ci}")).Expect(200);
        Name("/v1/contracts/{id}", contract);
        Name("/v1/contracts/{id}/cis/{ciId}", cis[0]);
    }

    /// <summary>
    /// Two problems halted as known errors, managed by the owner and assigned to the owner in their team, and two solved:
    /// two of each predefined filter. The last one changed, noted twice and linked to <paramref name="requests"/>.
    /// </summary>
    private async Task ProblemsAsync(long team, long[] requests)
    {
        var service = (await Home.Owner.GetAsync("/v1/services?per_page=1")).Expect(200).Ids()[0];
        long problem = 0;
        foreach (var status in new[] { "progress_halted", "solved" })
            for (var i = 0; i < 2; i++)
                problem = (await Home.Owner.PostAsync("/v1/problems", new
                {
                    subject = $"Problem {status} {i}", service_id = service, status, known_error = true, manager_id = Home.OwnerId,
                    team_id = team, member_id = Home.OwnerId,
                })).Expect(201).Id;
        (await Home.Owner.PatchAsync($"/v1/problems/{problem}", new { workaround = "Restart it." })).Expect(200);
        foreach (var text in new[] { "First finding.", "Second finding." })
            (await Home.Owner.PostAsync($"/v1/problems/{problem}/notes", new { text })).Expect(201);
        foreach (var request in requests) (await Home.Owner.PostAsync($"/v1/problems/{problem}/requests/{request}")).Expect(200);
        Name("/v1/problems/{id}", problem);
        Name("/v1/problems/{id}/requests/{requestId}", requests[0]);
    }

    /// <summary>
    /// A service with two instances and two offerings; SLA A covers the root organization on the first instance (and
    /// names two organizations), B names two people on the first, C covers the root on the second and names two sites.
    /// The owner, in the root organization, is covered for both instances.
    /// </summary>
    private async Task CatalogAsync(long root, long first, long second, long siteOne, long siteTwo)
    {
        var owner = Home.Owner;
        var service = await Home.AddServiceAsync();
        await Home.AddServiceAsync();
        var (instanceOne, instanceTwo) = (await Home.AddServiceInstanceAsync(service), await Home.AddServiceInstanceAsync(service));
        var (offeringOne, offeringTwo) = (await Home.AddServiceOfferingAsync(service), await Home.AddServiceOfferingAsync(service));
        var a = await Home.AddSlaAsync(new CatalogChain(service, instanceOne, offeringOne), root);
        var b = await Home.AddSlaAsync(new CatalogChain(service, instanceOne, offeringOne), root);
        var c = await Home.AddSlaAsync(new CatalogChain(service, instanceTwo, offeringTwo), root);
        var children = (await owner.GetAsync($"/v1/organizations/{root}/children")).Expect(200).Ids();
        foreach (var organization in new[] { root, children[0] }) (await owner.PostAsync($"/v1/slas/{a}/organizations/{organization}")).Expect(200);
        foreach (var person in new[] { first, second }) (await owner.PostAsync($"/v1/slas/{b}/people/{person}")).Expect(200);
        (await owner.PostAsync($"/v1/slas/{c}/organizations/{root}")).Expect(200);
        foreach (var site in new[] { siteOne, siteTwo }) (await owner.PostAsync($"/v1/slas/{c}/sites/{site}")).Expect(200);
        foreach (var sla in new[] { a, b, c }) (await owner.PatchAsync($"/v1/slas/{sla}", new { status = "active" })).Expect(200);
        Name("/v1/services/{id}", service);
        Name("/v1/service_instances/{id}", instanceOne);
        Name("/v1/service_offerings/{id}", offeringOne);
        Name("/v1/slas/{id}", a);
        Name("/v1/slas/{id}/people", b);
        Name("/v1/slas/{id}/sites", c);
        await KnowledgeAsync(service);
    }

    /// <summary>Two knowledge articles of each status for the service (the owner, a knowledge manager, validates and archives), the last one changed.</summary>
    private async Task KnowledgeAsync(long service)
    {
        long article = 0;
        foreach (var status in new[] { "work_in_progress", "not_validated", "validated", "archived" })
            for (var i = 0; i < 2; i++)
                article = (await Home.Owner.PostAsync("/v1/knowledge_articles",
                    new { subject = $"Article {status} {i}", instructions = "Do it.", service_id = service, status, end_users = i == 0 })).Expect(201).Id;
        // A second line in the last one's audit trail, so that its order shows.
        (await Home.Owner.PatchAsync($"/v1/knowledge_articles/{article}", new { keywords = "changed" })).Expect(200);
        Name("/v1/knowledge_articles/{id}", article);
    }

    /// <summary>Two of the account's articles used on the request with notes.</summary>
    private async Task ArticlesOnRequestAsync(long request)
    {
        var articles = (await Home.Owner.GetAsync("/v1/knowledge_articles?per_page=2")).Expect(200).Ids();
        foreach (var article in articles) (await Home.Owner.PostAsync($"/v1/requests/{request}/knowledge_articles/{article}")).Expect(200);
        Name("/v1/requests/{id}/knowledge_articles", request);
        Name("/v1/requests/{id}/knowledge_articles/{articleId}", articles[0]);
    }

    /// <summary>Two trusts pending and two accepted, each with another account.</summary>
    private async Task TrustsAsync(TestWorld world)
    {
        long accepted = 0;
        for (var i = 0; i < 4; i++)
        {
            var other = await world.SupportDomainAsync();
            var trust = await TemplateCalls.TrustAsync(Home, other, ["requests"], accept: i >= 2);
            if (i >= 2) accepted = trust;
        }
        Name("/v1/trusts/{id}", accepted);
    }

    /// <summary>
    /// Requests registered by the owner: two for the owner's team and the owner, one of them with two public and two
    /// internal notes; two waiting for the owner; two completed; two more that a workflow will take. Returns the last two
    /// and the one with notes.
    /// </summary>
    private async Task<(long[] ForWorkflow, long WithNotes)> RequestsAsync(long team)
    {
        var owner = Home.Owner;
        async Task<long> RegisterAsync(string subject, object? change = null)
        {
            var id = (await owner.PostAsync("/v1/requests", new { subject })).Expect(201).Id;
            if (change is not null) (await owner.PatchAsync($"/v1/requests/{id}", change)).Expect(200);
            return id;
        }

        var withNotes = await RegisterAsync("Assigned to me", new { team_id = team, member_id = Home.OwnerId });
        await RegisterAsync("Also assigned to me", new { team_id = team, member_id = Home.OwnerId });
        foreach (var note in new object[] { new { note = "Public one" }, new { internal_note = "Internal one" }, new { note = "Public two" }, new { internal_note = "Internal two" } })
            (await owner.PatchAsync($"/v1/requests/{withNotes}", note)).Expect(200);
        await RegisterAsync("Waiting for me", new { status = "waiting_for_customer" });
        await RegisterAsync("Also waiting for me", new { status = "waiting_for_customer" });
        await RegisterAsync("Done", new { status = "completed", completion_reason = "solved" });
        await RegisterAsync("Also done", new { status = "completed", completion_reason = "solved" });
        return ([await RegisterAsync("For the workflow"), await RegisterAsync("Also for the workflow")], withNotes);
    }

    /// <summary>
    /// Templates (two task templates, two workflow templates, one with two phases and two relations) and workflows: one
    /// by hand with approval, implementation and dependent tasks and notes; one from the template, linked to two requests
    /// and run to completion; one by hand completed; one empty.
    /// </summary>
    private async Task WorkAsync(long team, long first, long[] requests)
    {
        var owner = Home.Owner;
        var (prepare, deliver) = (await Home.AddTaskTemplateAsync("Prepare", more: new { team_id = team }),
            await Home.AddTaskTemplateAsync("Deliver", more: new { team_id = team }));
        var template = await Home.AddWorkflowTemplateAsync("Delivery");
        await Home.AddWorkflowTemplateAsync("Other");
        var (phaseOne, phaseTwo) = (await Home.AddPhaseAsync(template, "Preparation", 1), await Home.AddPhaseAsync(template, "Delivery", 2));
        await Home.AddRelationAsync(template, prepare, phaseOne);
        await Home.AddRelationAsync(template, deliver, phaseTwo);
        Name("/v1/task_templates/{id}", prepare);
        Name("/v1/workflow_templates/{id}", template);
        Name("/v1/workflow_templates/{id}/phases/{phaseId}", phaseOne);
        Name("/v1/workflow_templates/{id}/task_template_relations/{relationId}",
            (await owner.GetAsync($"/v1/workflow_templates/{template}/task_template_relations")).Expect(200).Ids()[0]);

        async Task<long> WorkflowAsync(object body) => (await owner.PostAsync("/v1/workflows", body)).Expect(201).Id;
        async Task<long> TaskAsync(object body) => (await owner.PostAsync("/v1/tasks", body)).Expect(201).Id;
        async Task CompleteAsync(long task) => (await owner.PatchAsync($"/v1/tasks/{task}", new { status = "completed" })).Expect(200);

        var byHand = await WorkflowAsync(new { subject = "By hand" });
        // The owner answers the first approval task, which waits for a second answer; two more wait for the owner.
        var approval = await TaskAsync(new
        {
            workflow_id = byHand, subject = "Approve", category = "approval", approver_ids = new[] { Home.OwnerId, first }, required_approvals = 2,
        });
        (await owner.PatchAsync($"/v1/tasks/{approval}", new { status = "approved" })).Expect(200);
        foreach (var subject in new[] { "Approve too", "Approve as well" })
            await TaskAsync(new { workflow_id = byHand, subject, category = "approval", approver_ids = new[] { Home.OwnerId } });
        var mine = await TaskAsync(new { workflow_id = byHand, subject = "Mine", category = "implementation", team_id = team, member_id = Home.OwnerId });
        var alsoMine = await TaskAsync(new { workflow_id = byHand, subject = "Also mine", category = "implementation", team_id = team, member_id = Home.OwnerId });
        var middle = await TaskAsync(new { workflow_id = byHand, subject = "Middle", category = "implementation", predecessor_ids = new[] { mine, alsoMine } });
        foreach (var subject in new[] { "After", "Also after" })
            await TaskAsync(new { workflow_id = byHand, subject, category = "implementation", predecessor_ids = new[] { middle } });
        foreach (var text in new[] { "Started", "Half way" }) (await owner.PostAsync($"/v1/tasks/{mine}/notes", new { text })).Expect(201);
        foreach (var text in new[] { "Planned", "Agreed" }) (await owner.PostAsync($"/v1/workflows/{byHand}/notes", new { text })).Expect(201);

        var fromTemplate = await WorkflowAsync(new { template_id = template, request_ids = requests });
        foreach (var subject in new[] { "Prepare", "Deliver" })
            await CompleteAsync((await owner.GetAsync($"/v1/workflows/{fromTemplate}/tasks?subject={subject}")).Expect(200).Ids().Single());
        var single = await WorkflowAsync(new { subject = "Done by hand" });
        await CompleteAsync(await TaskAsync(new { workflow_id = single, subject = "Only", category = "implementation" }));
        await WorkflowAsync(new { subject = "Empty" });

        Name("/v1/workflows/{id}", byHand);
        Name("/v1/workflows/{id}/phases", fromTemplate);
        Name("/v1/workflows/{id}/requests", fromTemplate);
        Name("/v1/tasks/{id}", mine);
        Name("/v1/tasks/{id}/approvals", approval);
        Name("/v1/tasks/{id}/predecessors", middle);
        Name("/v1/tasks/{id}/successors", middle);
    }

    /// <summary>
    /// Stranded work (ADR 31): two requests and two tasks of the home account handed to a provider's team, and the trust
    /// that let them cross revoked.
    /// </summary>
    private async Task StrandedAsync(TestWorld world, long team)
    {
        var owner = Home.Owner;
        var provider = await world.SupportDomainAsync();
        var providerTeam = await provider.AddTeamAsync();
        var trust = await TemplateCalls.TrustAsync(Home, provider, ["requests", "tasks"]);
        var workflow = (await owner.PostAsync("/v1/workflows", new { subject = "Left with a provider" })).Expect(201).Id;
        foreach (var subject in new[] { "Stranded", "Also stranded" })
        {
            var request = (await owner.PostAsync("/v1/requests", new { subject, team_id = team })).Expect(201).Id;
            (await owner.PatchAsync($"/v1/requests/{request}", new { team_id = providerTeam })).Expect(200);
            (await owner.PostAsync("/v1/tasks", new { workflow_id = workflow, subject, category = "implementation", team_id = providerTeam })).Expect(201);
        }
        (await TrustCalls.StepAsync(owner, trust, "revoke")).Expect(200);
    }
}
