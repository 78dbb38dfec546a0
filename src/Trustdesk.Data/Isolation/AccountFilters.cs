using Microsoft.EntityFrameworkCore;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.Organizations;
using Trustdesk.Domain.People;
using Trustdesk.Domain.Requests;
using Trustdesk.Domain.Sites;
using Trustdesk.Domain.Teams;
using Trustdesk.Domain.Trusts;
using Trustdesk.Domain.Workflows;

namespace Trustdesk.Data.Isolation;

/// <summary>
/// The data-layer isolation filter, one per account-owned entity. A test (and <c>docs/isolation.md</c>) checks
/// that every entity implementing <c>IAccountOwned</c> has one.
/// </summary>
internal static class AccountFilters
{
    public static void Apply(ModelBuilder model, TrustdeskDbContext db)
    {
        const string name = TrustdeskDbContext.AccountFilter;
        var bugs = db.Switches; // TEST ONLY: planted bugs (PlantedBugs), never set in a deployment.
        var revokedHonoured = bugs.Plants(PlantedBugs.RevokedTrustHonoured);
        var internalNotesCross = bugs.Plants(PlantedBugs.InternalNotesCrossAccounts);
        var beforeActivation = bugs.Plants(PlantedBugs.TaskSeenBeforeActivation);
        var approvalsToEveryone = bugs.Plants(PlantedBugs.ApprovalsToEveryApprover);
        // Directory-shared: the account's own records and those of its directory account.
        if (!bugs.Plants(PlantedBugs.PeopleFilterDropped)) model.Entity<Person>().HasQueryFilter(name,
            e => e.AccountId == db.CurrentAccountId || e.AccountId == db.CurrentDirectoryAccountId);
        model.Entity<Organization>().HasQueryFilter(name,
            e => e.AccountId == db.CurrentAccountId || e.AccountId == db.CurrentDirectoryAccountId);
        model.Entity<Site>().HasQueryFilter(name,
            e => e.AccountId == db.CurrentAccountId || e.AccountId == db.CurrentDirectoryAccountId);

        // The account's own records only.
        model.Entity<Team>().HasQueryFilter(name, e => e.AccountId == db.CurrentAccountId);
        model.Entity<TeamMember>().HasQueryFilter(name, e => e.AccountId == db.CurrentAccountId);
        model.Entity<Permission>().HasQueryFilter(name, e => e.AccountId == db.CurrentAccountId);
        model.Entity<IdempotencyKey>().HasQueryFilter(name, e => e.AccountId == db.CurrentAccountId);

        // Records between two accounts: either side.
        // While a self-service catalog is computed, accepted trusts are readable too: coverage depends on them.
        model.Entity<Trust>().HasQueryFilter(name,
            e => e.CustomerAccountId == db.CurrentAccountId || e.ProviderAccountId == db.CurrentAccountId
                || (db.CatalogBrowsing && e.Status == TrustStatus.Accepted));
        model.Entity<TrustEvent>().HasQueryFilter(name,
            e => e.CustomerAccountId == db.CurrentAccountId || e.ProviderAccountId == db.CurrentAccountId);

        // Catalog records: the provider's own, or every provider's while a self-service catalog is computed.
        if (!bugs.Plants(PlantedBugs.ServiceFilterDropped)) model.Entity<Service>().HasQueryFilter(name, e => e.AccountId == db.CurrentAccountId || db.CatalogBrowsing);
        model.Entity<ServiceInstance>().HasQueryFilter(name, e => e.AccountId == db.CurrentAccountId || db.CatalogBrowsing);
        model.Entity<ServiceOffering>().HasQueryFilter(name, e => e.AccountId == db.CurrentAccountId || db.CatalogBrowsing);
        model.Entity<Sla>().HasQueryFilter(name, e => e.AccountId == db.CurrentAccountId || db.CatalogBrowsing);
        model.Entity<SlaCoverageTarget>().HasQueryFilter(name, e => e.AccountId == db.CurrentAccountId || db.CatalogBrowsing);

        // Requests: the one visibility rule of product.md §5 (Trustdesk.Domain.Requests.RequestVisibility). A trust
        // "between the row's accounts" is asked as "the row's account among the other sides of the current account's
        // trusts": the same rows, since the current account is the row's customer (team, instance) in that branch,
        // but a list the database computes once per statement instead of a subquery per row. PostgreSQL priced the
        // per-row form so high (~34 cost units a row) that walking a list in order past its first page was compiled
        // with JIT, or abandoned for reading and sorting every visible request.
        if (!bugs.Plants(PlantedBugs.RequestFilterDropped)) model.Entity<Request>().HasQueryFilter(name, r =>
            r.AccountId == db.CurrentAccountId
            || (r.CustomerAccountId == db.CurrentAccountId && db.Trusts
                .Where(t => t.CustomerAccountId == db.CurrentAccountId
                    && (t.Status == TrustStatus.Accepted || (revokedHonoured && t.Status == TrustStatus.Revoked))
                    && (t.Options & TrustOptions.Services) == TrustOptions.Services)
                .Select(t => t.ProviderAccountId).Contains(r.AccountId))
            || ((r.TeamAccountId == db.CurrentAccountId || r.ServiceInstanceAccountId == db.CurrentAccountId) && db.Trusts
                .Where(t => t.ProviderAccountId == db.CurrentAccountId
                    && t.Status == TrustStatus.Accepted && (t.Options & TrustOptions.Requests) == TrustOptions.Requests)
                .Select(t => t.CustomerAccountId).Contains(r.AccountId))
            || (db.CurrentRequesterId != null && (r.RequestedById == db.CurrentRequesterId || r.RequestedForId == db.CurrentRequesterId)));

        // What hangs off a request is seen with it (the requests filter applies inside Any); an internal note only
        // in the account it was written in.
        model.Entity<RequestNote>().HasQueryFilter(name, n =>
            n.AccountId == db.CurrentAccountId || ((!n.Internal || internalNotesCross) && db.Requests.Any(r => r.Id == n.RequestId)));
        model.Entity<RequestAuditEntry>().HasQueryFilter(name, a => db.Requests.Any(r => r.Id == a.RequestId));

        // Workflows (product.md §6, TaskVisibility): a task is seen in its own account, and by the account of its team once
        // activated while the workflow's account trusts that account with `tasks`; and, while a person's approvals are read
        // (ReadMyApprovals, ADR 29), by that person once activated if the task names them approver. The workflow's header is
        // seen wherever one of its tasks is, and a task's approvals with it (the tasks filter applies inside Any); its
        // phases, dependencies and notes stay at home.
        model.Entity<WorkflowTask>().HasQueryFilter(name, t =>
            t.AccountId == db.CurrentAccountId
            || (t.TeamAccountId == db.CurrentAccountId && (t.ActivatedAt != null || beforeActivation) && db.Trusts.Any(tr =>
                tr.CustomerAccountId == t.AccountId && tr.ProviderAccountId == db.CurrentAccountId
                && tr.Status == TrustStatus.Accepted && (tr.Options & TrustOptions.Tasks) == TrustOptions.Tasks))
            || (db.CurrentApproverId != null && t.ActivatedAt != null
                && (t.ApproverIds.Any(a => a == db.CurrentApproverId) || (approvalsToEveryone && t.ApproverIds.Count > 0))));
        model.Entity<Workflow>().HasQueryFilter(name, w => w.AccountId == db.CurrentAccountId || db.WorkflowTasks.Any(t => t.WorkflowId == w.Id));
        model.Entity<TaskApproval>().HasQueryFilter(name, a => db.WorkflowTasks.Any(t => t.Id == a.TaskId));
        // A public note is seen with its task, except through an approval: an approver reads the task, not its notes.
        model.Entity<TaskNote>().HasQueryFilter(name, n =>
            n.AccountId == db.CurrentAccountId || (!n.Internal && db.CurrentApproverId == null && db.WorkflowTasks.Any(t => t.Id == n.TaskId)));
        model.Entity<WorkflowPhase>().HasQueryFilter(name, e => e.AccountId == db.CurrentAccountId);
        model.Entity<TaskDependency>().HasQueryFilter(name, e => e.AccountId == db.CurrentAccountId);
        model.Entity<WorkflowNote>().HasQueryFilter(name, e => e.AccountId == db.CurrentAccountId);
        model.Entity<TaskTemplate>().HasQueryFilter(name, e => e.AccountId == db.CurrentAccountId);
        model.Entity<TaskTemplateApprover>().HasQueryFilter(name, e => e.AccountId == db.CurrentAccountId);
        model.Entity<WorkflowTemplate>().HasQueryFilter(name, e => e.AccountId == db.CurrentAccountId);
        model.Entity<WorkflowTemplatePhase>().HasQueryFilter(name, e => e.AccountId == db.CurrentAccountId);
        model.Entity<TaskTemplateRelation>().HasQueryFilter(name, e => e.AccountId == db.CurrentAccountId);
        model.Entity<TaskTemplateDependency>().HasQueryFilter(name, e => e.AccountId == db.CurrentAccountId);

        // Tokens: the owner's account, or the single token being authenticated.
        model.Entity<AccessToken>().HasQueryFilter(name,
            e => e.AccountId == db.CurrentAccountId || e.TokenHash == db.CurrentTokenHash);

        // Sign-ins: the person's account, or those with the e-mail being signed in.
        model.Entity<SignIn>().HasQueryFilter(name,
            e => e.AccountId == db.CurrentAccountId || e.EmailKey == db.CurrentSignInEmail);
    }
}
