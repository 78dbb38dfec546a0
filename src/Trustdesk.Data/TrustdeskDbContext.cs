using Microsoft.EntityFrameworkCore;
using Trustdesk.Data.Configurations;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.Accounts;
using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.ConfigurationItems;
using Trustdesk.Domain.Knowledge;
using Trustdesk.Domain.Problems;
using Trustdesk.Domain.Organizations;
using Trustdesk.Domain.People;
using Trustdesk.Domain.Records;
using Trustdesk.Domain.Requests;
using Trustdesk.Domain.Sites;
using Trustdesk.Domain.Teams;
using Trustdesk.Domain.Trusts;
using Trustdesk.Domain.Workflows;

namespace Trustdesk.Data;

public sealed class TrustdeskDbContext(
    DbContextOptions<TrustdeskDbContext> options, AccountScope scope, IsolationSwitches switches) : DbContext(options)
{
    /// <summary>The name of the query filter that keeps every account-owned entity inside the current account.</summary>
    public const string AccountFilter = "Account";

    public AccountScope Scope { get; } = scope;
    public IsolationSwitches Switches { get; } = switches;

    // Read by the account query filters on every query (EF parameterizes members of the context instance).
    internal string? CurrentAccountId => Scope.AccountId;
    internal string? CurrentDirectoryAccountId => Scope.DirectoryAccountId;
    internal string? CurrentTokenHash => Scope.TokenHash;
    internal string? CurrentSignInEmail => Scope.SignInEmail;
    internal bool CatalogBrowsing => Scope.CatalogBrowsing;
    internal long? CurrentRequesterId => Scope.RequesterId;
    internal long? CurrentApproverId => Scope.ApproverId;
    internal long? CurrentRoleHolderId => Scope.RoleHolderId;

    /// <summary>
    /// The scope key the current PostgreSQL transaction has its settings for; null when a new transaction needs them.
    /// Kept by the PostgreSQL settings interceptor only.
    /// </summary>
    public string? SettingsAppliedFor { get; set; }

    /// <summary>The change events the current PostgreSQL transaction has still to send (see <see cref="PendingNotifications"/>).</summary>
    public PendingNotifications Notifications { get; } = new();

    /// <summary>
    /// True while queries are to run on PostgreSQL's generic plans (<c>plan_cache_mode = force_generic_plan</c>, sent
    /// with the account settings). For prepared queries that PostgreSQL would otherwise plan afresh at every call: its
    /// custom plans fold the account filter's <c>OR @catalog</c> away, so it keeps preferring them, while making one
    /// costs more than running the query (docs/benchmarks.md, Requests). Not for list queries, whose best plan depends
    /// on the values (a request list's first page took 5–20 times longer on a generic plan).
    /// </summary>
    public bool GenericPlans { get; private set; }

    /// <summary>Queries run on generic plans until the returned scope is disposed (see <see cref="GenericPlans"/>).</summary>
    public IDisposable UseGenericPlans()
    {
        var before = GenericPlans;
        GenericPlans = true;
        return new GenericPlansScope(this, before);
    }

    private sealed class GenericPlansScope(TrustdeskDbContext db, bool before) : IDisposable
    {
        public void Dispose() => db.GenericPlans = before;
    }

    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Site> Sites => Set<Site>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();
    public DbSet<Permission> Permissions => Set<Permission>();
    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();
    public DbSet<SignIn> SignIns => Set<SignIn>();
    public DbSet<IdempotencyKey> IdempotencyKeys => Set<IdempotencyKey>();
    public DbSet<WebSession> WebSessions => Set<WebSession>();
    public DbSet<Trust> Trusts => Set<Trust>();
    public DbSet<TrustEvent> TrustEvents => Set<TrustEvent>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<ServiceInstance> ServiceInstances => Set<ServiceInstance>();
    public DbSet<ServiceOffering> ServiceOfferings => Set<ServiceOffering>();
    public DbSet<Sla> Slas => Set<Sla>();
    public DbSet<SlaCoverageTarget> SlaCoverageTargets => Set<SlaCoverageTarget>();
    public DbSet<Request> Requests => Set<Request>();
    public DbSet<RequestNote> RequestNotes => Set<RequestNote>();
    public DbSet<RequestAuditEntry> RequestAuditEntries => Set<RequestAuditEntry>();
    public DbSet<Workflow> Workflows => Set<Workflow>();
    public DbSet<WorkflowPhase> WorkflowPhases => Set<WorkflowPhase>();
    public DbSet<WorkflowTask> WorkflowTasks => Set<WorkflowTask>();
    public DbSet<TaskDependency> TaskDependencies => Set<TaskDependency>();
    public DbSet<TaskApproval> TaskApprovals => Set<TaskApproval>();
    public DbSet<TaskNote> TaskNotes => Set<TaskNote>();
    public DbSet<WorkflowNote> WorkflowNotes => Set<WorkflowNote>();
    public DbSet<TaskTemplate> TaskTemplates => Set<TaskTemplate>();
    public DbSet<TaskTemplateApprover> TaskTemplateApprovers => Set<TaskTemplateApprover>();
    public DbSet<WorkflowTemplate> WorkflowTemplates => Set<WorkflowTemplate>();
    public DbSet<WorkflowTemplatePhase> WorkflowTemplatePhases => Set<WorkflowTemplatePhase>();
    public DbSet<TaskTemplateRelation> TaskTemplateRelations => Set<TaskTemplateRelation>();
    public DbSet<TaskTemplateDependency> TaskTemplateDependencies => Set<TaskTemplateDependency>();
    public DbSet<KnowledgeArticle> KnowledgeArticles => Set<KnowledgeArticle>();
    public DbSet<KnowledgeDeflection> KnowledgeDeflections => Set<KnowledgeDeflection>();
    public DbSet<RequestKnowledgeArticle> RequestKnowledgeArticles => Set<RequestKnowledgeArticle>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Problem> Problems => Set<Problem>();
    public DbSet<ProblemNote> ProblemNotes => Set<ProblemNote>();
    public DbSet<ProblemRequest> ProblemRequests => Set<ProblemRequest>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<Ci> Cis => Set<Ci>();
    public DbSet<CiUser> CiUsers => Set<CiUser>();
    public DbSet<CiNote> CiNotes => Set<CiNote>();
    public DbSet<CiAuditEntry> CiAuditEntries => Set<CiAuditEntry>();
    public DbSet<CiRelation> CiRelations => Set<CiRelation>();
    public DbSet<RequestCi> RequestCis => Set<RequestCi>();
    public DbSet<Contract> Contracts => Set<Contract>();
    public DbSet<ContractCi> ContractCis => Set<ContractCi>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TrustdeskDbContext).Assembly);
        // Tasks made before their approvers were kept on them name none: an empty array in PostgreSQL, an empty JSON
        // list in SQLite (as SQL: a list value would make the model differ from itself at every build).
        modelBuilder.Entity<WorkflowTask>().Property(t => t.ApproverIds)
            .HasDefaultValueSql(Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL" ? "'{}'" : "'[]'");
        if (!Switches.AccountFilterDisabled) AccountFilters.Apply(modelBuilder, this);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
