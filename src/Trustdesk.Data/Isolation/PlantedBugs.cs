namespace Trustdesk.Data.Isolation;

/// <summary>
/// TEST ONLY. Deliberate isolation bugs that the hostile-tenants suite (tests/Trustdesk.Isolation.Tests,
/// docs/isolation.md) must catch, each a one-line conditional at the real place, named after it. Inert unless the
/// setting <c>Isolation:PlantedBug</c> names one, which the app refuses outside test environments
/// (<see cref="IsolationSwitches.RefuseOutsideTests"/>).
/// </summary>
public static class PlantedBugs
{
    // The EF account filter (caught where the filter is the only layer: SQLite).
    public const string RequestFilterDropped = "request-filter-dropped";
    public const string ProblemFilterDropped = "problem-filter-dropped";
    public const string PeopleFilterDropped = "people-filter-dropped";
    public const string ServiceFilterDropped = "service-filter-dropped";
    public const string InternalNotesCrossAccounts = "internal-notes-cross-accounts";
    public const string TaskSeenBeforeActivation = "task-seen-before-activation";
    public const string RevokedTrustHonoured = "revoked-trust-honoured";
    public const string ApprovalsToEveryApprover = "approvals-to-every-approver";
    public const string ArticlesCoveredOutsideCatalog = "articles-covered-outside-catalog";
    public const string EveryonesRolesAsOwn = "everyones-roles-as-own";
    public const string CiSupportIgnoresTrustOption = "ci-support-ignores-trust-option";
    public const string CiRevokedTrustHonoured = "ci-revoked-trust-honoured";
    public const string CiRelationOneEnd = "ci-relation-one-end";

    // The application's own rules (no database layer can know roles or headers).
    public const string EndUsersSeeAllRequests = "end-users-see-all-requests";
    public const string RequestGetSkipsVisibility = "request-get-skips-visibility";
    public const string InternalNotesToRequesters = "internal-notes-to-requesters";
    public const string TasksWithoutRole = "tasks-without-role";
    public const string WorkflowNotesCrossAccounts = "workflow-notes-cross-accounts";
    public const string AnyonesCatalog = "anyones-catalog";
    public const string EventsToEveryAccount = "events-to-every-account";
    public const string AccountHeaderUnchecked = "account-header-unchecked";
    public const string RevokedRolesTrustHonoured = "revoked-roles-trust-honoured";
    public const string ForeignRequestForbidden = "foreign-request-forbidden";
    public const string PageAccountUnchecked = "page-account-unchecked";
    public const string ApproverSeesWholeTask = "approver-sees-whole-task";
    public const string ArticlesReachIgnoresCoverage = "articles-reach-ignores-coverage";

    // PostgreSQL row-level security (caught with the EF filter switched off, or by the catalog audit).
    public const string RlsRequestsOpen = "rls-requests-open";
    public const string RlsInternalNotesCross = "rls-internal-notes-cross";
    public const string RlsTaskBeforeActivation = "rls-task-before-activation";
    public const string RlsDirectorySharedOpen = "rls-directory-shared-open";
    public const string RlsRevokedTrustHonoured = "rls-revoked-trust-honoured";
    public const string RlsNotForced = "rls-not-forced";
    public const string RlsApprovalBeforeActivation = "rls-approval-before-activation";
    public const string RlsArticlesCoveredOutsideCatalog = "rls-articles-covered-outside-catalog";
    public const string RlsEveryonesRolesAsOwn = "rls-everyones-roles-as-own";
    public const string RlsProblemsOpen = "rls-problems-open";
    public const string RlsCisOpen = "rls-cis-open";

    public static readonly IReadOnlyList<string> All =
    [
        RequestFilterDropped, PeopleFilterDropped, ServiceFilterDropped, InternalNotesCrossAccounts, TaskSeenBeforeActivation,
        RevokedTrustHonoured, EndUsersSeeAllRequests, RequestGetSkipsVisibility, InternalNotesToRequesters, TasksWithoutRole,
        WorkflowNotesCrossAccounts, AnyonesCatalog, EventsToEveryAccount, AccountHeaderUnchecked, RevokedRolesTrustHonoured,
        ForeignRequestForbidden, PageAccountUnchecked, RlsRequestsOpen, RlsInternalNotesCross, RlsTaskBeforeActivation,
        RlsDirectorySharedOpen, RlsRevokedTrustHonoured, RlsNotForced, ApprovalsToEveryApprover, ApproverSeesWholeTask,
        RlsApprovalBeforeActivation, ArticlesCoveredOutsideCatalog, ArticlesReachIgnoresCoverage, RlsArticlesCoveredOutsideCatalog,
        EveryonesRolesAsOwn, RlsEveryonesRolesAsOwn, ProblemFilterDropped, RlsProblemsOpen, CiSupportIgnoresTrustOption, CiRevokedTrustHonoured,
        CiRelationOneEnd, RlsCisOpen,
    ];
}
