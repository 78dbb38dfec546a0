namespace Trustdesk.Domain.Access;

/// <summary>The roles a person can hold in one account (product.md §1, 4me's permission roles).</summary>
public static class Role
{
    public const string KeyContact = "key_contact";
    public const string Auditor = "auditor";
    public const string DirectoryAuditor = "directory_auditor";
    public const string Specialist = "specialist";
    public const string ServiceDeskAnalyst = "service_desk_analyst";
    public const string ServiceDeskManager = "service_desk_manager";
    public const string KnowledgeManager = "knowledge_manager";
    public const string ProblemManager = "problem_manager";
    public const string WorkflowManager = "workflow_manager";
    public const string ServiceLevelManager = "service_level_manager";
    public const string ConfigurationManager = "configuration_manager";
    public const string AccountAdministrator = "account_administrator";
    public const string AccountOwner = "account_owner";
    public const string DirectoryAdministrator = "directory_administrator";

    public static readonly IReadOnlyList<string> All =
    [
        KeyContact, Auditor, DirectoryAuditor, Specialist, ServiceDeskAnalyst, ServiceDeskManager, KnowledgeManager,
        ProblemManager, WorkflowManager, ServiceLevelManager, ConfigurationManager, AccountAdministrator, AccountOwner,
        DirectoryAdministrator,
    ];

    /// <summary>
    /// The roles the first owner of a new account holds (ADR 30): a support domain exists to work requests, so its owner
    /// is a specialist from the start and sees what is routed to the account; a directory's owner is only its owner, so
    /// their own requests still go to the providers that cover them.
    /// </summary>
    public static IReadOnlyList<string> OfFirstOwner(bool supportDomain) =>
        supportDomain ? [AccountOwner, Specialist] : [AccountOwner];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    /// <summary>The specialist-type roles: who works the account's records (and writes its knowledge articles, product.md §7).</summary>
    public static readonly IReadOnlyList<string> Specialists =
    [
        Specialist, ServiceDeskAnalyst, ServiceDeskManager, KnowledgeManager, ProblemManager, WorkflowManager,
        ServiceLevelManager, ConfigurationManager,
    ];

    /// <summary>The specialist-type roles which, with <see cref="Auditor"/>, see every request the account sees (product.md §5).</summary>
    public static readonly IReadOnlyList<string> SeeingRequests = [.. Specialists, Auditor];

    /// <summary>Whether these roles see all of the account's visible requests, rather than only one's own.</summary>
    public static bool SeeAllRequests(IReadOnlySet<string> roles) => SeeingRequests.Any(roles.Contains);
}
