using Trustdesk.Data;
using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.Trusts;

namespace Trustdesk.Web.Features.Coverage;

/// <summary>
/// The SLAs that cover a person today, across every account: the SQL form of <see cref="Domain.Catalog.Coverage"/>.
/// The caller must hold <c>AccountScope.BrowseCatalog()</c> while the query runs (ADR 10).
/// </summary>
public static class CoveringSlas
{
    /// <summary>What the rule needs of the person; <paramref name="OrganizationId"/> and <paramref name="SiteId"/> may be missing.</summary>
    public sealed record Subject(long PersonId, string AccountId, long? OrganizationId, long? SiteId);

    /// <param name="line">The person's organization and its ancestors (<see cref="OrganizationLine"/>).</param>
    public static IQueryable<Sla> Query(TrustdeskDbContext db, Subject person, IReadOnlySet<long> line, DateOnly today)
    {
        var targets = db.SlaCoverageTargets;
        // Null means "none": a person without an organization (or site) matches no named one. Compared as is, EF's C#
        // null semantics would make null equal the empty organization (site) column of every other kind of target.
        var organizationId = person.OrganizationId;
        var siteId = person.SiteId;
        var personId = person.PersonId;
        var accountId = person.AccountId;
        var lineIds = line.ToList();
        // The few SLAs that could cover the person at all, found through indexes on the coverage targets and the
        // customer columns; the full rule below then decides. Without this the rule is evaluated for every SLA of
        // the platform (ten thousand SLAs: 50 ms instead of a few).
        var candidates = targets
            .Where(t => (t.OrganizationId != null && lineIds.Contains(t.OrganizationId.Value))
                || (siteId != null && t.SiteId == siteId)
                || t.PersonId == personId)
            .Select(t => t.SlaId)
            .Concat(db.Slas
                .Where(s => s.Coverage == SlaCoverage.CustomerAccount
                    && (s.CustomerAccountId == accountId || lineIds.Contains(s.CustomerOrganizationId)))
                .Select(s => s.Id));
        return InForce(db, today).Where(s =>
            candidates.Contains(s.Id)
            && ((s.Coverage == SlaCoverage.CustomerAccount
                    && (s.CustomerAccountId == accountId || lineIds.Contains(s.CustomerOrganizationId)))
                || (s.Coverage == SlaCoverage.Organizations && organizationId != null
                    && targets.Any(t => t.SlaId == s.Id && t.OrganizationId == organizationId))
                || (s.Coverage == SlaCoverage.OrganizationsAndDescendants
                    && targets.Any(t => t.SlaId == s.Id && t.OrganizationId != null && lineIds.Contains(t.OrganizationId.Value)))
                || (s.Coverage == SlaCoverage.Sites && siteId != null
                    && targets.Any(t => t.SlaId == s.Id && t.SiteId == siteId))
                || (s.Coverage == SlaCoverage.OrganizationsAndSites && organizationId != null && siteId != null
                    && targets.Any(t => t.SlaId == s.Id && t.OrganizationId == organizationId)
                    && targets.Any(t => t.SlaId == s.Id && t.SiteId == siteId))
                || (s.Coverage == SlaCoverage.People
                    && targets.Any(t => t.SlaId == s.Id && t.PersonId == personId))));
    }

    /// <summary>
    /// The SLAs in force today whose customer is <paramref name="customerAccountId"/>: what that account's specialists are
    /// covered specialists of (product.md §7). Run inside <c>BrowseCatalog()</c>.
    /// </summary>
    public static IQueryable<Sla> OfCustomerAccount(TrustdeskDbContext db, string customerAccountId, DateOnly today) =>
        InForce(db, today).Where(s => s.CustomerAccountId == customerAccountId);

    /// <summary>Active today, and, for an SLA with a customer account, while that account trusts the provider with <c>services</c>.</summary>
    public static IQueryable<Sla> InForce(TrustdeskDbContext db, DateOnly today) => db.Slas.Where(s =>
        s.Status == AgreementStatus.Active
        && (s.StartDate == null || s.StartDate <= today)
        && (s.ExpiryDate == null || s.ExpiryDate >= today)
        && (s.CustomerAccountId == null || db.Trusts.Any(t => t.CustomerAccountId == s.CustomerAccountId
            && t.ProviderAccountId == s.AccountId && t.Status == TrustStatus.Accepted
            && (t.Options & TrustOptions.Services) == TrustOptions.Services)));
}
