namespace Trustdesk.Isolation.Tests.World;

/// <summary>
/// Everything the suite made, as plain records: the oracle's only input. Built through the public API by
/// <see cref="WorldBuilder"/>, changed only by the suite's own operations, which update it as they go.
/// </summary>
public sealed class TheWorld(int seed)
{
    public int Seed { get; } = seed;
    public Canaries Canaries { get; } = new();
    public List<WAccount> Accounts { get; } = [];
    public List<WPerson> People { get; } = [];
    public List<WSimple> Organizations { get; } = [];
    public List<WSimple> Sites { get; } = [];
    public List<WTeam> Teams { get; } = [];
    public List<WSimple> Services { get; } = [];
    public List<WInstance> Instances { get; } = [];
    public List<WSimple> Offerings { get; } = [];
    public List<WSla> Slas { get; } = [];
    public List<WTrust> Trusts { get; } = [];
    public List<WRequest> Requests { get; } = [];
    public List<WNote> RequestNotes { get; } = [];
    public List<WWorkflow> Workflows { get; } = [];
    public List<WTask> Tasks { get; } = [];
    public List<WNote> TaskNotes { get; } = [];
    public List<WNote> WorkflowNotes { get; } = [];
    public List<WSimple> Templates { get; } = [];
    public List<WArticle> Articles { get; } = [];
    public List<WProblem> Problems { get; } = [];
    public List<WNote> ProblemNotes { get; } = [];
    public List<WProblemLink> ProblemLinks { get; } = [];
    public List<WProduct> Products { get; } = [];
    public List<WContract> Contracts { get; } = [];
    public List<WCi> Cis { get; } = [];
    public List<WNote> CiNotes { get; } = [];
    public List<WCiRelation> CiRelations { get; } = [];
    public List<WRequestCi> RequestCis { get; } = [];

    /// <summary>Tokens that expired before the checks ran, with their person.</summary>
    public List<(WPerson Person, string Token)> ExpiredTokens { get; } = [];

    public WAccount Account(string id) => Accounts.Single(a => a.Id == id);
    public WAccount? FindAccount(string id) => Accounts.FirstOrDefault(a => a.Id == id);
    public WPerson Person(long id) => People.Single(p => p.Id == id);
    public WTeam Team(long id) => Teams.Single(t => t.Id == id);
    public WRequest Request(long id) => Requests.Single(r => r.Id == id);
    public WTask Task(long id) => Tasks.Single(t => t.Id == id);
    public WWorkflow Workflow(long id) => Workflows.Single(w => w.Id == id);
    public WProblem Problem(long id) => Problems.Single(p => p.Id == id);
    public WProduct Product(long id) => Products.Single(p => p.Id == id);
    public WCi Ci(long id) => Cis.Single(c => c.Id == id);

    /// <summary>Every record, of every kind.</summary>
    public IEnumerable<WorldRecord> All =>
        People.Concat<WorldRecord>(Organizations).Concat(Sites).Concat(Teams).Concat(Services).Concat(Instances).Concat(Offerings)
            .Concat(Slas).Concat(Trusts).Concat(Requests).Concat(RequestNotes).Concat(Workflows).Concat(Tasks).Concat(TaskNotes)
            .Concat(WorkflowNotes).Concat(Templates).Concat(Articles).Concat(Problems).Concat(ProblemNotes).Concat(Problems.Select(p => p.Source))
            .Concat(Products).Concat(Products.Select(p => p.Details)).Concat(Cis).Concat(CiNotes).Concat(CiRelations).Concat(Contracts);

    /// <summary>The SLAs of the request's instance that cover its requester: those its <c>affected_slas</c> may name.</summary>
    public IEnumerable<WSla> CoveringSlas(WRequest r) =>
        Slas.Where(s => s.Instance == r.Instance && s.CustomerOrganization == Person(r.RequestedFor).Organization);

    public IEnumerable<WorldRecord> OfKind(Kind kind) => All.Where(r => r.Kind == kind);

    /// <summary>The record a canary names.</summary>
    public WorldRecord? ByCanary(string canary) => All.FirstOrDefault(r => r.Canary == canary);

    /// <summary>
    /// The records whose name a record's own answer may show as a reference (<c>{"id", "name"}</c>): seeing a request
    /// shows its team's and requester's names, not their other fields. A canary is allowed in an actor's answers when
    /// its record is visible to the actor or referenced by one that is.
    /// </summary>
    public IEnumerable<WorldRecord> References(WorldRecord record) => record switch
    {
        WPerson p => Organizations.Where(o => o.Id == p.Organization),
        WTeam t => People.Where(p => t.Members.Contains(p.Id)),
        WInstance i => [.. Services.Where(s => s.Id == i.Service), Team(i.FirstLineTeam)],
        WSimple o when o.Kind == Kind.ServiceOffering => Services.Where(s => s.Account == o.Account),
        WSla s => [.. Instances.Where(i => i.Id == s.Instance), .. Offerings.Where(o => o.Id == s.Offering),
            .. Organizations.Where(o => o.Id == s.CustomerOrganization)],
        WRequest r => [Team(r.Team), Person(r.RequestedBy), Person(r.RequestedFor), .. People.Where(p => p.Id == r.Member),
            .. Instances.Where(i => i.Id == r.Instance), .. Services.Where(s => Instances.Any(i => i.Id == r.Instance && i.Service == s.Id)),
            .. RequestNotes.Where(n => n.Parent == r.Id).Select(n => Person(n.Author)), .. CoveringSlas(r)],
        WNote n => [Person(n.Author)],
        WWorkflow w => [Person(w.Manager)],
        WTask t => [Team(t.Team), Workflow(t.Workflow), .. t.Approvers.Select(Person)],
        // An article names its service wherever it is seen; its author only in its own account (Visibility.AllowedCanaries).
        WArticle a => Services.Where(s => s.Id == a.Service),
        // A problem names its service, team and people (manager, member, created_by), to those who see the problem itself.
        WProblem p => [.. Services.Where(s => s.Id == p.Service), .. Teams.Where(t => t.Id == p.Team),
            .. People.Where(x => x.Id == p.Manager || x.Id == p.Member || x.Id == p.Creator)],
        // A CI names its product (by name alone: not its details), its support team (in whatever account that lives), its
        // users, and in its audit trail the people who changed it, to whoever sees the CI (ADR 51).
        WCi c => [Product(c.Product), .. Teams.Where(t => t.Id == c.SupportTeam), .. c.Users.Select(Person), .. c.Editors.Select(Person)],
        // A relation, read from either end, names the other CI.
        WCiRelation r => [Ci(r.Ci), Ci(r.Related)],
        _ => [],
    };
}
