using Trustdesk.Domain.Access;
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

namespace Trustdesk.Data.Isolation.Rules;

/// <summary>
/// Who sees what: one rule per account-owned record type (product.md §5–§6), each declared once, here. The EF query
/// filters (<see cref="AccountFilters"/>), PostgreSQL's row-level security policies (<c>RowLevelSecurity</c>) and the
/// application's "who can see this and why" and "which side am I on" are all produced from these declarations; a
/// record type without one cannot be added (the model refuses to build, and a test lists every entity).
/// </summary>
public static class IsolationRules
{
    /// <summary>Requests (product.md §5): where it lives, its covering SLA's customer, a trusted provider working it, its requester.</summary>
    public static readonly VisibilityRule<Request> Requests = new RuleBuilder<Request>()
        .Sees("home", "the request lives in this account", When<Request>.InCurrentAccount(r => r.AccountId))
        .Sees("customer", "this account is the customer of the covering SLA (services trust)",
            When<Request>.InCurrentAccount(r => r.CustomerAccountId) & When<Request>.TrustedByCurrent(r => r.AccountId, TrustOptions.Services))
        .Sees("provider", "the request is assigned to a team, or is for a service instance, of this account (requests trust)",
            (When<Request>.InCurrentAccount(r => r.TeamAccountId) | When<Request>.InCurrentAccount(r => r.ServiceInstanceAccountId))
            & When<Request>.TrustingCurrent(r => r.AccountId, TrustOptions.Requests),
            (r, viewer) => r.TeamAccountId == viewer.AccountId
                ? "the request is assigned to a team of this account (requests trust)"
                : "the request is for a service instance of this account (requests trust)")
        .Sees("requester", "the person asked for it, or it was asked for them",
            When<Request>.NamesCurrentRequester(r => r.RequestedById, r => r.RequestedForId))
        .AlsoUpdatedUnder("provider")
        .Build();

    /// <summary>A request's notes go with it, except that an internal note stays in the account it was written in.</summary>
    public static readonly VisibilityRule<RequestNote> RequestNotes = new RuleBuilder<RequestNote>()
        .Sees("home", "the note was written in this account", When<RequestNote>.InCurrentAccount(n => n.AccountId))
        .Sees("with its request", "a public note is seen with its request",
            When<RequestNote>.Not(n => n.Internal) & When<RequestNote>.SeenWith<Request>(n => n.RequestId))
        .Build();

    public static readonly VisibilityRule<RequestAuditEntry> RequestAuditEntries = new RuleBuilder<RequestAuditEntry>()
        .Sees("with its request", "the audit trail is seen with its request", When<RequestAuditEntry>.SeenWith<Request>(a => a.RequestId))
        .Build();

    /// <summary>
    /// Tasks (product.md §6, ADR 18 and 29): home (the workflow's account), a trusted provider whose team has the activated
    /// task, and an approver named on the activated task, from wherever they act (read in the approvals mode). A task keeps
    /// its approvers' ids, so the branch needs no join: the approvals are seen with the task, so the task's rule may not
    /// ask them (PostgreSQL refuses policies that recurse).
    /// </summary>
    public static readonly VisibilityRule<WorkflowTask> Tasks = new RuleBuilder<WorkflowTask>()
        .Sees("home", "the task's workflow lives in this account", When<WorkflowTask>.InCurrentAccount(t => t.AccountId))
        .Sees("provider", "the task is assigned to a team of this account (tasks trust)",
            When<WorkflowTask>.InCurrentAccount(t => t.TeamAccountId) & When<WorkflowTask>.HasValue(t => t.ActivatedAt)
            & When<WorkflowTask>.TrustingCurrent(t => t.AccountId, TrustOptions.Tasks))
        .Sees("approver", "You see this task as one of its approvers: its answers and its workflow's header, nothing else of it.",
            When<WorkflowTask>.HasValue(t => t.ActivatedAt) & When<WorkflowTask>.ListsCurrentApprover(t => t.ApproverIds))
        .AlsoUpdatedUnder("provider")
        .Build();

    /// <summary>A workflow's header is seen wherever one of its tasks is; its phases, dependencies and notes stay home.</summary>
    public static readonly VisibilityRule<Workflow> Workflows = new RuleBuilder<Workflow>()
        .Sees("home", "the workflow lives in this account", When<Workflow>.InCurrentAccount(w => w.AccountId))
        .Sees("through a task", "one of its tasks is seen here", When<Workflow>.SeenThrough<WorkflowTask>(t => t.WorkflowId))
        .Build();

    /// <summary>
    /// An approval is seen with its task. It is answered in the task's account, by the account its task was given to
    /// (the task's rule checks the trust), or by the approver themselves, from wherever they act.
    /// </summary>
    public static readonly VisibilityRule<TaskApproval> TaskApprovals = new RuleBuilder<TaskApproval>()
        .Sees("with its task", "an approval is seen with its task", When<TaskApproval>.SeenWith<WorkflowTask>(a => a.TaskId))
        .AlsoUpdatedWhen(When<TaskApproval>.InCurrentAccount(a => a.TeamAccountId) & When<TaskApproval>.SeenWith<WorkflowTask>(a => a.TaskId))
        .AlsoUpdatedWhen(When<TaskApproval>.IsCurrentApprover(a => a.ApproverId))
        .Build();

    /// <summary>A public task note is seen with its task, except through an approval: an approver reads the task, not its notes.</summary>
    public static readonly VisibilityRule<TaskNote> TaskNotes = new RuleBuilder<TaskNote>()
        .Sees("home", "the note was written in this account", When<TaskNote>.InCurrentAccount(n => n.AccountId))
        .Sees("with its task", "a public note is seen with its task",
            When<TaskNote>.Not(n => n.Internal) & When<TaskNote>.NotReadingApprovals & When<TaskNote>.SeenWith<WorkflowTask>(n => n.TaskId))
        .Build();

    /// <summary>
    /// Knowledge articles (product.md §7): the account's own; and, while a self-service catalog is computed, a validated
    /// article meant for end users or for covered specialists. Which of those a person or an SLA's customer account is
    /// covered for is the catalog's question (<c>VisibleArticles</c> asks it), as for the catalog itself (ADR 10, 46).
    /// </summary>
    public static readonly VisibilityRule<KnowledgeArticle> KnowledgeArticles = new RuleBuilder<KnowledgeArticle>()
        .Sees("home", "the article lives in this account", When<KnowledgeArticle>.InCurrentAccount(a => a.AccountId))
        .Sees("covered", "a validated article for end users or covered specialists, read while a self-service catalog is computed",
            When<KnowledgeArticle>.BrowsingCatalogs & When<KnowledgeArticle>.Is(a => a.Status, KnowledgeArticleStatus.Validated)
            & (When<KnowledgeArticle>.Is(a => a.EndUsers, true) | When<KnowledgeArticle>.Is(a => a.CoveredSpecialists, true)))
        .Build();

    /// <summary>The articles used on a request are seen with it (which of those articles a viewer may read is the article's rule).</summary>
    public static readonly VisibilityRule<RequestKnowledgeArticle> RequestKnowledgeArticles = new RuleBuilder<RequestKnowledgeArticle>()
        .Sees("home", "the article was linked to the request in this account", When<RequestKnowledgeArticle>.InCurrentAccount(l => l.AccountId))
        .Sees("with its request", "the articles used on a request are seen with it", When<RequestKnowledgeArticle>.SeenWith<Request>(l => l.RequestId))
        .Build();

    /// <summary>
    /// A request's link to a problem lives in the problem's account, which made it, and is seen with the request: whoever
    /// sees the request learns which problem it is linked to (product.md §7). The problem itself stays its account's.
    /// </summary>
    public static readonly VisibilityRule<ProblemRequest> ProblemRequests = new RuleBuilder<ProblemRequest>()
        .Sees("home", "the problem lives in this account, which linked the request", When<ProblemRequest>.InCurrentAccount(l => l.AccountId))
        .Sees("with its request", "a request's problem is seen with the request", When<ProblemRequest>.SeenWith<Request>(l => l.RequestId))
        .Build();

    /// <summary>
    /// Configuration items (product.md §7, ADR 51): where it lives, and the provider whose team supports it while the CI's
    /// account trusts that provider with <c>cis</c>. The provider maintains it (status, remarks, notes) but neither adds
    /// nor removes one; revoking the trust, or dropping the option, hides it from the provider on the next statement.
    /// </summary>
    public static readonly VisibilityRule<Ci> Cis = new RuleBuilder<Ci>()
        .Sees("home", "the CI lives in this account", When<Ci>.InCurrentAccount(c => c.AccountId))
        .Sees("support", "the CI's support team is a team of this account (cis trust)",
            When<Ci>.InCurrentAccount(c => c.SupportTeamAccountId) & When<Ci>.TrustingCurrent(c => c.AccountId, TrustOptions.Cis))
        .AlsoUpdatedUnder("support")
        .Build();

    /// <summary>A CI's users are seen with it; only its account names them.</summary>
    public static readonly VisibilityRule<CiUser> CiUsers = new RuleBuilder<CiUser>()
        .Sees("home", "the CI lives in this account", When<CiUser>.InCurrentAccount(u => u.AccountId))
        .Sees("with its CI", "a CI's users are seen with it", When<CiUser>.SeenWith<Ci>(u => u.CiId))
        .Build();

    /// <summary>
    /// A CI's notes are seen wherever the CI is: its account and its supporting provider maintain it together. A note lives
    /// in the account it was written in, as a request's does.
    /// </summary>
    public static readonly VisibilityRule<CiNote> CiNotes = new RuleBuilder<CiNote>()
        .Sees("home", "the note was written in this account", When<CiNote>.InCurrentAccount(n => n.AccountId))
        .Sees("with its CI", "a CI's notes are seen with it", When<CiNote>.SeenWith<Ci>(n => n.CiId))
        .Build();

    /// <summary>A CI's audit trail is seen with it, whichever of the two accounts made the change.</summary>
    public static readonly VisibilityRule<CiAuditEntry> CiAuditEntries = new RuleBuilder<CiAuditEntry>()
        .Sees("home", "the change was made in this account", When<CiAuditEntry>.InCurrentAccount(a => a.AccountId))
        .Sees("with its CI", "the audit trail is seen with its CI", When<CiAuditEntry>.SeenWith<Ci>(a => a.CiId))
        .Build();

    /// <summary>A relation between two CIs of one account: seen there, and by whoever sees both its ends; written at home.</summary>
    public static readonly VisibilityRule<CiRelation> CiRelations = new RuleBuilder<CiRelation>()
        .Sees("home", "the CIs live in this account", When<CiRelation>.InCurrentAccount(r => r.AccountId))
        .Sees("with both CIs", "a relation is seen by whoever sees both CIs it relates",
            When<CiRelation>.SeenWith<Ci>(r => r.CiId) & When<CiRelation>.SeenWith<Ci>(r => r.RelatedCiId))
        .Build();

    /// <summary>
    /// A CI a request affects: the link lives in the account that made it, which saw both; anyone else learns of it only
    /// when they see the request and the CI alike (a request's customer does not learn of its provider's CIs).
    /// </summary>
    public static readonly VisibilityRule<RequestCi> RequestCis = new RuleBuilder<RequestCi>()
        .Sees("home", "the CI was linked to the request in this account", When<RequestCi>.InCurrentAccount(l => l.AccountId))
        .Sees("with its request and CI", "seen by whoever sees both the request and the CI",
            When<RequestCi>.SeenWith<Request>(l => l.RequestId) & When<RequestCi>.SeenWith<Ci>(l => l.CiId))
        .Build();

    /// <summary>
    /// Trusts: either side; while a self-service catalog is computed, every accepted trust (coverage depends on them); while a
    /// person's own roles are read, every accepted trust carrying <c>roles</c> (which of their roles count depends on them, ADR 48).
    /// </summary>
    public static readonly VisibilityRule<Trust> Trusts = new RuleBuilder<Trust>()
        .Sees("a side", "this account is the trust's customer or provider",
            When<Trust>.InCurrentAccount(t => t.CustomerAccountId) | When<Trust>.InCurrentAccount(t => t.ProviderAccountId))
        .Sees("catalog", "an accepted trust is read while a self-service catalog is computed",
            When<Trust>.BrowsingCatalogs & When<Trust>.Is(t => t.Status, TrustStatus.Accepted))
        .Sees("roles", "an accepted trust with roles is read while a person's own roles are read",
            When<Trust>.ReadingOwnRoles & When<Trust>.Is(t => t.Status, TrustStatus.Accepted) & When<Trust>.Carries(t => t.Options, TrustOptions.Roles))
        .WrittenWhen(When<Trust>.InCurrentAccount(t => t.CustomerAccountId) | When<Trust>.InCurrentAccount(t => t.ProviderAccountId))
        .Build();

    public static readonly VisibilityRule<TrustEvent> TrustEvents = new RuleBuilder<TrustEvent>()
        .Sees("a side", "this account is the trust's customer or provider",
            When<TrustEvent>.InCurrentAccount(t => t.CustomerAccountId) | When<TrustEvent>.InCurrentAccount(t => t.ProviderAccountId))
        .WrittenWhen(When<TrustEvent>.InCurrentAccount(t => t.CustomerAccountId) | When<TrustEvent>.InCurrentAccount(t => t.ProviderAccountId))
        .Build();

    /// <summary>
    /// Roles: the account's own role records; and, while a person's own roles are read (the account switcher, with no
    /// account current), that person's records in every account, so which of them count is asked set-based (ADR 48).
    /// </summary>
    public static readonly VisibilityRule<Permission> Permissions = new RuleBuilder<Permission>()
        .Sees("home", "the record lives in this account", When<Permission>.InCurrentAccount(p => p.AccountId))
        .Sees("own roles", "the person's own roles, read while the accounts they hold roles in are listed",
            When<Permission>.IsOfCurrentRoleHolder(p => p.PersonId))
        .Build();

    /// <summary>Tokens: the owner's account, or the single token being authenticated.</summary>
    public static readonly VisibilityRule<AccessToken> AccessTokens = new RuleBuilder<AccessToken>()
        .Sees("home", "the token's person lives in this account", When<AccessToken>.InCurrentAccount(t => t.AccountId))
        .Sees("token lookup", "the token being authenticated", When<AccessToken>.IsTokenBeingLookedUp(t => t.TokenHash))
        .Build();

    /// <summary>Sign-ins: the person's account, or those with the e-mail being signed in.</summary>
    public static readonly VisibilityRule<SignIn> SignIns = new RuleBuilder<SignIn>()
        .Sees("home", "the person lives in this account", When<SignIn>.InCurrentAccount(s => s.AccountId))
        .Sees("sign-in lookup", "the e-mail being signed in", When<SignIn>.IsSignInBeingLookedUp(s => s.EmailKey))
        .Build();

    /// <summary>Every rule, one per account-owned or between-accounts entity (the save-time guard finds each by its entity).</summary>
    public static readonly IReadOnlyList<IVisibilityRule> All =
    [
        DirectoryShared<Person>(), DirectoryShared<Organization>(), DirectoryShared<Site>(),
        Plain<Team>(), Plain<TeamMember>(), Permissions, Plain<IdempotencyKey>(), Plain<WebSession>(),
        Trusts, TrustEvents,
        Catalog<Service>(), Catalog<ServiceInstance>(), Catalog<ServiceOffering>(), Catalog<Sla>(), Catalog<SlaCoverageTarget>(),
        Requests, RequestNotes, RequestAuditEntries,
        Tasks, Workflows, TaskApprovals, TaskNotes,
        Plain<WorkflowPhase>(), Plain<TaskDependency>(), Plain<WorkflowNote>(),
        Plain<TaskTemplate>(), Plain<TaskTemplateApprover>(), Plain<WorkflowTemplate>(), Plain<WorkflowTemplatePhase>(),
        Plain<TaskTemplateRelation>(), Plain<TaskTemplateDependency>(),
        KnowledgeArticles, Plain<KnowledgeDeflection>(), RequestKnowledgeArticles, Plain<AuditEntry>(),
        Plain<Problem>(), Plain<ProblemNote>(), ProblemRequests,
        Plain<Product>(), Cis, CiUsers, CiNotes, CiAuditEntries, CiRelations, RequestCis, Plain<Contract>(), Plain<ContractCi>(),
        AccessTokens, SignIns,
    ];

    /// <summary>Whether records of <paramref name="entity"/> belong to accounts, and so need a rule.</summary>
    public static bool NeedsRule(Type entity) =>
        typeof(IAccountOwned).IsAssignableFrom(entity) || typeof(IBetweenAccounts).IsAssignableFrom(entity);

    /// <summary>A record of one account, seen there alone: the one line a plain record type needs.</summary>
    public static VisibilityRule<T> Plain<T>() where T : class, IAccountOwned => new RuleBuilder<T>()
        .Sees("home", "the record lives in this account", When<T>.InCurrentAccount(When<T>.AccountColumn))
        .Build();

    /// <summary>People, organizations and sites: the account's own, and those of its directory account.</summary>
    public static VisibilityRule<T> DirectoryShared<T>() where T : class, IDirectoryShared => new RuleBuilder<T>()
        .Sees("home or directory", "the record lives in this account or in its directory account",
            When<T>.InCurrentAccountOrItsDirectory(When<T>.AccountColumn))
        .Build();

    /// <summary>A provider's catalog: its own, or every provider's while a self-service catalog is computed (ADR 10).</summary>
    public static VisibilityRule<T> Catalog<T>() where T : class, ICatalogRecord => new RuleBuilder<T>()
        .Sees("home", "the record lives in this account", When<T>.InCurrentAccount(When<T>.AccountColumn))
        .Sees("catalog", "read while a self-service catalog is computed", When<T>.BrowsingCatalogs)
        .Build();
}
