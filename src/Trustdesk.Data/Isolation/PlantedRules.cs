using Trustdesk.Data.Isolation.Rules;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.ConfigurationItems;
using Trustdesk.Domain.Knowledge;
using Trustdesk.Domain.Records;
using Trustdesk.Domain.Requests;
using Trustdesk.Domain.Trusts;
using Trustdesk.Domain.Workflows;
using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.People;
using Trustdesk.Domain.Problems;

namespace Trustdesk.Data.Isolation;

/// <summary>The layer a set of rules is rendered for.</summary>
public enum RuleLayer
{
    /// <summary>EF Core's query filters.</summary>
    Filter,

    /// <summary>PostgreSQL's row-level security policies.</summary>
    Policy,
}

/// <summary>
/// TEST ONLY. The rules a layer is built from: <see cref="IsolationRules.All"/>, or, when a planted bug of that layer is
/// switched on (<see cref="PlantedBugs"/>, refused outside the Testing environment), the same rules with one branch
/// changed or one rule dropped. The declarations themselves hold no switch: a bug is a different declaration, made here.
/// </summary>
public static class PlantedRules
{
    public static IReadOnlyList<IVisibilityRule> For(RuleLayer layer, IsolationSwitches? switches)
    {
        var bug = switches?.PlantedBug;
        return bug is null ? IsolationRules.All : IsolationRules.All.Select(rule => Planted(layer, bug, rule)).OfType<IVisibilityRule>().ToList();
    }

    private static IVisibilityRule? Planted(RuleLayer layer, string bug, IVisibilityRule rule) => (layer, bug, rule) switch
    {
        (RuleLayer.Filter, PlantedBugs.RequestFilterDropped, VisibilityRule<Request>) => null,
        (RuleLayer.Filter, PlantedBugs.PeopleFilterDropped, VisibilityRule<Person>) => null,
        (RuleLayer.Filter, PlantedBugs.ServiceFilterDropped, VisibilityRule<Service>) => null,
        (RuleLayer.Filter, PlantedBugs.ProblemFilterDropped, VisibilityRule<Problem>) => null,
        (RuleLayer.Policy, PlantedBugs.RlsProblemsOpen, VisibilityRule<Problem> problems) =>
            problems.WithOnly(new Branch<Problem>("open", "planted bug", When<Problem>.Always)),
        (RuleLayer.Filter, PlantedBugs.CiSupportIgnoresTrustOption, VisibilityRule<Ci> cis) => cis.WithBranch("support", SupportingUnder(TrustOptions.None)),
        (RuleLayer.Filter, PlantedBugs.CiRevokedTrustHonoured, VisibilityRule<Ci> cis) => cis.WithBranch("support", SupportingUnder(TrustOptions.Cis, honourRevoked: true)),
        (RuleLayer.Filter, PlantedBugs.CiRelationOneEnd, VisibilityRule<CiRelation> relations) =>
            relations.WithBranch("with both CIs", When<CiRelation>.SeenWith<Ci>(r => r.CiId)),
        (RuleLayer.Policy, PlantedBugs.RlsCisOpen, VisibilityRule<Ci> cis) => cis.WithOnly(new Branch<Ci>("open", "planted bug", When<Ci>.Always)),
        (RuleLayer.Filter, PlantedBugs.InternalNotesCrossAccounts, VisibilityRule<RequestNote> notes) => InternalNotesCross(notes),
        (RuleLayer.Policy, PlantedBugs.RlsInternalNotesCross, VisibilityRule<RequestNote> notes) => InternalNotesCross(notes),
        (RuleLayer.Filter, PlantedBugs.TaskSeenBeforeActivation, VisibilityRule<WorkflowTask> tasks) => tasks.WithBranch("provider", ProviderTask),
        (RuleLayer.Policy, PlantedBugs.RlsTaskBeforeActivation, VisibilityRule<WorkflowTask> tasks) => tasks.WithBranch("provider", ProviderTask),
        (RuleLayer.Policy, PlantedBugs.RlsApprovalBeforeActivation, VisibilityRule<WorkflowTask> tasks) =>
            tasks.WithBranch("provider", ProviderTask).WithBranch("approver", When<WorkflowTask>.ListsCurrentApprover(t => t.ApproverIds)),
        (RuleLayer.Filter, PlantedBugs.ApprovalsToEveryApprover, VisibilityRule<WorkflowTask> tasks) =>
            tasks.WithBranch("approver", When<WorkflowTask>.HasValue(t => t.ActivatedAt) & When<WorkflowTask>.ListsCurrentApprover(t => t.ApproverIds, anyApprover: true)),
        (RuleLayer.Filter, PlantedBugs.RevokedTrustHonoured, VisibilityRule<Request> requests) =>
            requests.WithBranch("customer", CustomerHonouringRevoked),
        (RuleLayer.Policy, PlantedBugs.RlsRevokedTrustHonoured, VisibilityRule<Request> requests) =>
            requests.WithBranch("customer", CustomerHonouringRevoked).WithBranch("provider",
                (When<Request>.InCurrentAccount(r => r.TeamAccountId) | When<Request>.InCurrentAccount(r => r.ServiceInstanceAccountId))
                & When<Request>.TrustingCurrent(r => r.AccountId, TrustOptions.Requests, honourRevoked: true)),
        (RuleLayer.Policy, PlantedBugs.RlsRequestsOpen, VisibilityRule<Request> requests) =>
            requests.WithOnly(new Branch<Request>("open", "planted bug", When<Request>.Always)),
        (RuleLayer.Policy, PlantedBugs.RlsDirectorySharedOpen, _) when typeof(IDirectoryShared).IsAssignableFrom(rule.Entity) => Open(rule),
        (RuleLayer.Filter, PlantedBugs.ArticlesCoveredOutsideCatalog, VisibilityRule<KnowledgeArticle> articles) => articles.WithBranch("covered", ArticleForAnAudience),
        (RuleLayer.Policy, PlantedBugs.RlsArticlesCoveredOutsideCatalog, VisibilityRule<KnowledgeArticle> articles) => articles.WithBranch("covered", ArticleForAnAudience),
        (RuleLayer.Filter, PlantedBugs.EveryonesRolesAsOwn, VisibilityRule<Permission> roles) => roles.WithBranch("own roles", When<Permission>.ReadingOwnRoles),
        (RuleLayer.Policy, PlantedBugs.RlsEveryonesRolesAsOwn, VisibilityRule<Permission> roles) => roles.WithBranch("own roles", When<Permission>.ReadingOwnRoles),
        _ => rule,
    };

    // Internal notes seen with their request, wherever it is seen.
    private static VisibilityRule<RequestNote> InternalNotesCross(VisibilityRule<RequestNote> notes) =>
        notes.WithBranch("with its request", When<RequestNote>.SeenWith<Request>(n => n.RequestId));

    // The provider branch of tasks without "once activated".
    private static Condition<WorkflowTask> ProviderTask =>
        When<WorkflowTask>.InCurrentAccount(t => t.TeamAccountId) & When<WorkflowTask>.TrustingCurrent(t => t.AccountId, TrustOptions.Tasks);

    // The covered branch of knowledge articles without "while a catalog is browsed": validated articles for an audience,
    // of every account, read by any query.
    private static Condition<KnowledgeArticle> ArticleForAnAudience =>
        When<KnowledgeArticle>.Is(a => a.Status, KnowledgeArticleStatus.Validated)
        & (When<KnowledgeArticle>.Is(a => a.EndUsers, true) | When<KnowledgeArticle>.Is(a => a.CoveredSpecialists, true));

    // The support branch of CIs under a trust carrying <option> (None: any accepted trust), or revoked too.
    private static Condition<Ci> SupportingUnder(TrustOptions option, bool honourRevoked = false) =>
        When<Ci>.InCurrentAccount(c => c.SupportTeamAccountId) & When<Ci>.TrustingCurrent(c => c.AccountId, option, honourRevoked);

    private static Condition<Request> CustomerHonouringRevoked =>
        When<Request>.InCurrentAccount(r => r.CustomerAccountId) & When<Request>.TrustedByCurrent(r => r.AccountId, TrustOptions.Services, honourRevoked: true);

    // A directory-shared rule reading every row (policies only; the generic type is the rule's own).
    private static IVisibilityRule Open(IVisibilityRule rule) =>
        (IVisibilityRule)typeof(PlantedRules).GetMethod(nameof(OpenRule), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(rule.Entity).Invoke(null, [rule])!;

    private static VisibilityRule<T> OpenRule<T>(VisibilityRule<T> rule) where T : class =>
        rule.WithOnly(new Branch<T>("open", "planted bug", When<T>.Always));
}
