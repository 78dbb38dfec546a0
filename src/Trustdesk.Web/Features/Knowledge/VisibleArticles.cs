using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.Knowledge;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Coverage;

namespace Trustdesk.Web.Features.Knowledge;

/// <summary>
/// The knowledge articles a caller sees (product.md §7): with a role in the account, all of the account's; and, from
/// every account, the validated articles of a service the caller is covered for as a person (marked for end users) or
/// that an SLA in force names the caller's account the customer of (marked for covered specialists). The database opens
/// the validated articles of other accounts only while a catalog is browsed (the rule's <c>covered</c> branch, ADR 46);
/// which of them the caller is covered for is asked here, of the same coverage the self-service catalog uses.
/// </summary>
public sealed class VisibleArticles(TrustdeskDbContext db, Caller caller, CoverageSubjects subjects, TimeProvider time)
{
    /// <summary>The services whose validated articles reach the caller from wherever they live.</summary>
    public sealed record Reach(bool Home, IReadOnlyList<long> AsEndUser, IReadOnlyList<long> AsSpecialist);

    /// <summary>Opens the other accounts' validated articles for the queries of <see cref="Query"/>, until disposed.</summary>
    public IDisposable Browse() => db.Scope.BrowseCatalog();

    /// <summary>Which services reach the caller; asked inside <see cref="Browse"/>.</summary>
    public Task<Reach> ReachAsync(CancellationToken cancel) => ReachAsync(null, cancel);

    /// <summary>
    /// Which services reach the caller, asked inside <see cref="Browse"/>. <paramref name="catalogServices"/>, when given,
    /// are the services of the caller's own self-service catalog as <c>ListCoveredServiceInstances.OfCallerAsync</c> found
    /// it (the same coverage: the services of the instances in production an SLA in force covers the person for), so that
    /// a page that has read the catalog does not compute the coverage a second time.
    /// </summary>
    public async Task<Reach> ReachAsync(IReadOnlyCollection<long>? catalogServices, CancellationToken cancel)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var asEndUser = catalogServices?.Distinct().ToList() ?? [];
        if (catalogServices is null && await subjects.OfAsync(caller.PersonId, cancel) is { } subject)
            asEndUser = await ServicesOf(CoveringSlas.Query(db, subject.Person, subject.OrganizationLine, today)).ToListAsync(cancel);
        var asSpecialist = caller.HasAnyRole
            ? await ServicesOf(CoveringSlas.OfCustomerAccount(db, caller.AccountId, today)).ToListAsync(cancel)
            : [];
        return new Reach(caller.HasAnyRole, asEndUser, asSpecialist);
    }

    /// <summary>
    /// The articles the caller sees, for a <paramref name="reach"/> asked in the same <see cref="Browse"/>; of
    /// <paramref name="source"/> when given (a subset of the table, such as the articles a search matches).
    /// </summary>
    public IQueryable<KnowledgeArticle> Query(Reach reach, IQueryable<KnowledgeArticle>? source = null)
    {
        var home = reach.Home ? caller.AccountId : null;
        var asEndUser = reach.AsEndUser;
        var asSpecialist = reach.AsSpecialist;
        var everyReach = db.Switches.Plants(PlantedBugs.ArticlesReachIgnoresCoverage); // TEST ONLY bug
        return (source ?? db.KnowledgeArticles).AsNoTracking().Where(a =>
            a.AccountId == home
            || (a.Status == KnowledgeArticleStatus.Validated
                && (everyReach || (a.EndUsers && asEndUser.Contains(a.ServiceId)) || (a.CoveredSpecialists && asSpecialist.Contains(a.ServiceId)))));
    }

    /// <summary>The services of the instances in production that <paramref name="slas"/> cover.</summary>
    private IQueryable<long> ServicesOf(IQueryable<Sla> slas) => db.ServiceInstances
        .Where(i => i.Status == ServiceInstanceStatus.InProduction && slas.Any(s => s.ServiceInstanceId == i.Id))
        .Select(i => i.ServiceId)
        .Distinct();
}
