using System.Text.Json.Nodes;
using Trustdesk.Web.Tests.Features.Events;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Isolation.Tests.World;

/// <summary>How big a world to make. The CI shape reaches the suite's check count; the small one serves planted-bug runs.</summary>
public sealed record WorldShape(int LinkedPerDirectory, int PeoplePerDirectory, int SpecialistRequestsPerAccount, int Trusts, int ArticlesPerDomain)
{
    public static readonly WorldShape Ci = new(LinkedPerDirectory: 3, PeoplePerDirectory: 8, SpecialistRequestsPerAccount: 5, Trusts: 12, ArticlesPerDomain: 3);
    public static readonly WorldShape Small = new(LinkedPerDirectory: 2, PeoplePerDirectory: 4, SpecialistRequestsPerAccount: 2, Trusts: 8, ArticlesPerDomain: 3);
}

/// <summary>
/// Makes a seeded random world through the public API, as its accounts' people would: the operator creates the
/// accounts, owners add people, teams, catalogs, SLAs and trusts, people submit and hand over requests, write notes
/// and run workflows, write and validate knowledge articles. Only what the API cannot do is written through the server:
/// tokens of people other than owners.
/// Two directories, support domains linked to each, and a supplier with its own local people.
/// </summary>
public sealed partial class WorldBuilder(TrustdeskServer server, TheWorld world, WorldShape shape)
{
    private readonly Random _random = new(world.Seed);

    /// <summary>The trusts accepted now and revoked at the end of the build (<see cref="TrustsAsync"/>).</summary>
    private IReadOnlyCollection<WTrust> _revokeLater = [];

    private static readonly string[] RolePool =
    [
        "specialist", "auditor", "service_desk_analyst", "workflow_manager", "account_administrator", "key_contact",
        "service_level_manager", "problem_manager",
    ];

    public static async Task<TheWorld> BuildAsync(TrustdeskServer server, int seed, WorldShape shape)
    {
        var world = new TheWorld(seed);
        await new WorldBuilder(server, world, shape).BuildAsync();
        return world;
    }

    private async Task BuildAsync()
    {
        for (var d = 0; d < 2; d++)
        {
            var directory = await AccountAsync(null, isDirectory: true);
            for (var i = 0; i < shape.PeoplePerDirectory - d * 2; i++) await PersonAsync(directory);
            for (var i = 0; i < shape.LinkedPerDirectory - d; i++) await AccountAsync(directory, isDirectory: false);
        }
        var supplier = await AccountAsync(null, isDirectory: false);
        for (var i = 0; i < 2; i++) await PersonAsync(supplier);

        foreach (var account in world.Accounts) await RolesAsync(account);
        foreach (var account in SupportDomains) await TeamsAndCatalogAsync(account);
        var revokeLater = await TrustsAsync();
        await RolesAcrossTrustsAsync();
        await SlasAsync();
        await RequestsAsync();
        await WorkflowsAsync();
        await AmendmentsAsync(revokeLater);
        _revokeLater = revokeLater;
        await KnowledgeAsync();
        await ProblemsAsync();
        var narrowCis = await CisAsync(revokeLater);
        // At the end, once records (CIs among them) cross them: the trusts meant to end revoked are revoked, one accepted
        // trust loses cis.
        foreach (var trust in revokeLater)
        {
            (await Owner(trust.Provider).PostAsync($"/v1/trusts/{trust.Id}/revoke")).Expect(200);
            trust.Status = TrustStatus.Revoked;
        }
        await TakeCisAwayAsync(narrowCis);
        await ExpiredTokenAsync();
    }

    private IEnumerable<WAccount> SupportDomains => world.Accounts.Where(a => !a.IsDirectory);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>The owner of <paramref name="account"/>, acting there.</summary>
    public ApiClient Owner(string account) => server.Client(world.Account(account).OwnerToken, account);

    private ApiClient As(WPerson person, string? account = null) => server.Client(person.Token, account ?? person.Account);

    private async Task<WAccount> AccountAsync(WAccount? directory, bool isDirectory)
    {
        var id = Ids.Account();
        var account = new WAccount(id, isDirectory, directory?.Id);
        var owner = new WPerson(id, world.Canaries.Next(Kind.Person));
        var body = new Dictionary<string, object?>
        {
            ["id"] = id, ["name"] = "Account " + id, ["kind"] = isDirectory ? "directory" : "support_domain",
            ["owner"] = new { name = "Owner " + owner.Canary, primary_email = Ids.Email("owner") },
        };
        if (directory is not null) body["directory_account_id"] = directory.Id;
        var created = (await server.Operator.PostAsync("/v1/accounts", body)).Expect(201).Record;
        owner.Id = created["owner"]!.Number("id");
        owner.Token = account.OwnerToken = created["owner"]!.Str("token")!;
        account.OwnerId = owner.Id;
        account.ServiceDeskTeam = created["service_desk_team"]?["id"]?.GetValue<long>();
        // The first owner's roles are the server's to choose (ADR 30); the answer names them.
        owner.Roles[id] = [.. created["owner"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>())];
        world.Accounts.Add(account);
        world.People.Add(owner);
        // Directories and the supplier keep their people in one root organization, which SLAs cover.
        if (directory is null)
        {
            var root = new WSimple(Kind.Organization, id, world.Canaries.Next(Kind.Organization));
            root.Id = (await Owner(id).PostAsync("/v1/organizations", new { name = "Organization " + root.Canary })).Expect(201).Id;
            account.RootOrganization = root.Id;
            world.Organizations.Add(root);
            var site = new WSimple(Kind.Site, id, world.Canaries.Next(Kind.Site));
            site.Id = (await Owner(id).PostAsync("/v1/sites", new { name = "Site " + site.Canary })).Expect(201).Id;
            world.Sites.Add(site);
            (await Owner(id).PatchAsync($"/v1/people/{owner.Id}", new { organization_id = root.Id })).Expect(200);
            owner.Organization = root.Id;
        }
        return account;
    }

    private async Task<WPerson> PersonAsync(WAccount account)
    {
        var person = new WPerson(account.Id, world.Canaries.Next(Kind.Person)) { Organization = account.RootOrganization };
        person.Id = (await Owner(account.Id).PostAsync("/v1/people",
            new { name = "Person " + person.Canary, primary_email = Ids.Email(), organization_id = account.RootOrganization })).Expect(201).Id;
        person.Token = await ServerWrites.IssueTokenAsync(server, account.Id, person.Id);
        world.People.Add(person);
        return person;
    }

    /// <summary>The people who may be given roles in <paramref name="account"/> without a trust: its own and its directory's.</summary>
    private List<WPerson> Locals(WAccount account) =>
        world.People.Where(p => p.Account == account.Id || p.Account == account.Directory).ToList();

    /// <summary>Owners of support domains work there; a few random locals get one or two random roles.</summary>
    private async Task RolesAsync(WAccount account)
    {
        if (!account.IsDirectory) await GrantAsync(account.Id, world.Person(account.OwnerId), "specialist", "workflow_manager");
        var candidates = Locals(account).Where(p => p.Id != account.OwnerId).ToList();
        // At most half of them, so every account keeps end users.
        for (var i = 0; i < Math.Min(3, candidates.Count / 2); i++)
        {
            var person = Pick(candidates);
            await GrantAsync(account.Id, person, RolePool.OrderBy(_ => _random.Next()).Take(_random.Next(1, 3)).ToArray());
        }
    }

    private async Task GrantAsync(string account, WPerson person, params string[] roles)
    {
        (await Owner(account).PostAsync($"/v1/people/{person.Id}/permissions/{account}?roles={string.Join(',', roles)}")).Expect(200);
        if (!person.Roles.TryGetValue(account, out var held)) person.Roles[account] = held = new HashSet<string>(StringComparer.Ordinal);
        held.UnionWith(roles);
    }

    private async Task TeamsAndCatalogAsync(WAccount account)
    {
        for (var i = 0; i < 2; i++)
        {
            var team = new WTeam(account.Id, world.Canaries.Next(Kind.Team));
            // The first is the service desk the account starts with, its owner a member already: named with a canary
            // like every team, so its name is checked wherever it shows (the account itself shows it).
            if (i == 0 && account.ServiceDeskTeam is long desk)
            {
                team.Id = (await Owner(account.Id).PatchAsync($"/v1/teams/{desk}", new { name = "Team " + team.Canary })).Expect(200).Id;
                team.Members.Add(account.OwnerId);
            }
            else
            {
                team.Id = (await Owner(account.Id).PostAsync("/v1/teams", new { name = "Team " + team.Canary })).Expect(201).Id;
                await AddMemberAsync(team, account.OwnerId);
            }
            world.Teams.Add(team);
            var specialist = world.People.FirstOrDefault(p => p.Id != account.OwnerId && p.Roles.GetValueOrDefault(account.Id)?.Contains("specialist") == true);
            if (specialist is not null && i == 1) await AddMemberAsync(team, specialist.Id);
        }
        var service = new WSimple(Kind.Service, account.Id, world.Canaries.Next(Kind.Service));
        service.Id = (await Owner(account.Id).PostAsync("/v1/services", new { name = "Service " + service.Canary })).Expect(201).Id;
        world.Services.Add(service);
        var instance = new WInstance(account.Id, world.Canaries.Next(Kind.ServiceInstance), service.Id)
        {
            FirstLineTeam = world.Teams.First(t => t.Account == account.Id).Id,
        };
        instance.Id = (await Owner(account.Id).PostAsync("/v1/service_instances",
            new { name = "Instance " + instance.Canary, service_id = service.Id, first_line_team_id = instance.FirstLineTeam })).Expect(201).Id;
        world.Instances.Add(instance);
        var offering = new WSimple(Kind.ServiceOffering, account.Id, world.Canaries.Next(Kind.ServiceOffering));
        offering.Id = (await Owner(account.Id).PostAsync("/v1/service_offerings", new { name = "Offering " + offering.Canary, service_id = service.Id }))
            .Expect(201).Id;
        world.Offerings.Add(offering);
        var taskTemplate = new WSimple(Kind.TaskTemplate, account.Id, world.Canaries.Next(Kind.TaskTemplate));
        taskTemplate.Id = (await Owner(account.Id).PostAsync("/v1/task_templates",
            new { subject = "Template " + taskTemplate.Canary, category = "implementation", planned_duration = 60 })).Expect(201).Id;
        var workflowTemplate = new WSimple(Kind.WorkflowTemplate, account.Id, world.Canaries.Next(Kind.WorkflowTemplate));
        workflowTemplate.Id = (await Owner(account.Id).PostAsync("/v1/workflow_templates", new { subject = "Template " + workflowTemplate.Canary })).Expect(201).Id;
        world.Templates.AddRange([taskTemplate, workflowTemplate]);
    }

    private async Task AddMemberAsync(WTeam team, long person)
    {
        (await Owner(team.Account).PostAsync($"/v1/teams/{team.Id}/members/{person}")).Expect(200);
        team.Members.Add(person);
    }

    private static JsonObject Created(ApiResponse response) => response.Expect(201).Record;
}
