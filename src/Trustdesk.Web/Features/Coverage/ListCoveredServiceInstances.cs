using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.Coverage;

/// <summary>
/// The service instances a person is covered for, across all accounts of the platform, in one set-based query:
/// the SQL form of <see cref="Domain.Catalog.Coverage"/> (SLA active today, its trust accepted now, the person
/// matching its coverage). Revoking a trust or an SLA expiring shrinks it on the next call.
/// </summary>
public sealed class ListCoveredServiceInstances(
    TrustdeskDbContext db, Caller caller, CoverageSubjects subjects, References references, TimeProvider time)
{
    private static readonly ListSpec<ServiceInstance> Spec = ListSpec.Of<ServiceInstance>()
        .FilterAndSort("id", i => i.Id)
        .FilterAndSort("name", i => i.Name)
        .Filter("service_id", i => i.ServiceId)
        .OrderBy(i => i.Name).OrderBy(i => i.Id)
        .Fields<CoveredServiceInstanceResponse>(["name", "service", "status", "account"]);

    public async Task<ApiResult> HandleAsync(long personId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        // People see their own catalog; looking at someone else's needs a role in an account that sees them.
        if (personId != caller.PersonId && !caller.HasAnyRole && !db.Switches.Plants(PlantedBugs.AnyonesCatalog)) return ApiErrors.NotFound(); // TEST ONLY bug
        var subject = await subjects.OfAsync(personId, cancel);
        if (subject is null) return ApiErrors.NotFound();

        using var browsing = db.Scope.BrowseCatalog();
        var instances = await CoveredAsync(subject, cancel);
        // Teams are read account by account (a round trip each), so only when a client asks for them.
        var withTeams = request.Query["fields"].ToString().Contains("team", StringComparison.Ordinal);
        return await Listing.PageAsync(request, instances, Spec, list => RenderAsync(list, withTeams, cancel));
    }

    /// <summary>
    /// The caller's own catalog, whole, with service and account names: what the self-service portal lists and searches.
    /// </summary>
    public async Task<IReadOnlyList<CatalogEntry>> OfCallerAsync(CancellationToken cancel)
    {
        if (await subjects.OfAsync(caller.PersonId, cancel) is not { } subject) return [];
        List<CatalogEntry> entries;
        using (db.Scope.BrowseCatalog())
        {
            var instances = await CoveredAsync(subject, cancel);
            entries = await instances
                .Join(db.Services, i => i.ServiceId, s => s.Id, (i, s) => new CatalogEntry(i.Id, i.Name, s.Id, s.Name, i.AccountId, i.AccountId))
                .ToListAsync(cancel);
        }
        var accountIds = entries.Select(e => e.AccountId).Distinct().ToList();
        var accountNames = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancel);
        return entries.Select(e => e with { AccountName = accountNames.GetValueOrDefault(e.AccountId, e.AccountId) }).ToList();
    }

    /// <summary>The instances in production that the subject is covered for; run inside <c>BrowseCatalog()</c>.</summary>
    private async Task<IQueryable<ServiceInstance>> CoveredAsync(CoverageSubject subject, CancellationToken cancel)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var covering = CoveringSlas.Query(db, subject.Person, subject.OrganizationLine, today);
        // The rule runs once, for the ids; the page and its total are then cheap lookups by primary key, instead of
        // the rule running twice (once for X-Pagination-Total-Entries, once for the page).
        var coveredIds = await covering.Select(s => s.ServiceInstanceId).Distinct().ToListAsync(cancel);
        return db.ServiceInstances.AsNoTracking()
            .Where(i => i.Status == ServiceInstanceStatus.InProduction && coveredIds.Contains(i.Id));
    }

    private async Task<IReadOnlyList<CoveredServiceInstanceResponse>> RenderAsync(IReadOnlyList<ServiceInstance> instances, bool withTeams, CancellationToken cancel)
    {
        var serviceIds = instances.Select(i => i.ServiceId).Distinct().ToList();
        var services = await db.Services.AsNoTracking().Where(s => serviceIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.Name, cancel);
        var teams = withTeams ? await TeamNamesAsync(instances, cancel) : [];
        await references.LoadAccountsAsync(instances.Select(i => i.AccountId), cancel);
        return instances.Select(i => new CoveredServiceInstanceResponse
        {
            Id = i.Id,
            Name = i.Name,
            Service = references.Ref(i.ServiceId, services.GetValueOrDefault(i.ServiceId), i.AccountId),
            Status = i.Status,
            FirstLineTeam = references.Ref(i.FirstLineTeamId, i.FirstLineTeamId is long f ? teams.GetValueOrDefault(f) : null, i.AccountId),
            SupportTeam = references.Ref(i.SupportTeamId, i.SupportTeamId is long s ? teams.GetValueOrDefault(s) : null, i.AccountId),
            CreatedAt = i.CreatedAt,
            UpdatedAt = i.UpdatedAt,
            Account = references.ForeignAccount(i.AccountId),
        }).ToList();
    }

    /// <summary>Teams are read in their own account: catalog browsing opens the catalog, not the teams.</summary>
    private async Task<Dictionary<long, string>> TeamNamesAsync(IReadOnlyList<ServiceInstance> instances, CancellationToken cancel)
    {
        var names = new Dictionary<long, string>();
        foreach (var group in instances.GroupBy(i => i.AccountId))
        {
            var ids = group.SelectMany(i => new[] { i.FirstLineTeamId, i.SupportTeamId }).OfType<long>().Distinct().ToList();
            if (ids.Count == 0) continue;
            using (db.Scope.Cross(Crossing.CoverageSides, group.Key, null))
                foreach (var team in await db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id)).Select(t => new { t.Id, t.Name }).ToListAsync(cancel))
                    names[team.Id] = team.Name;
        }
        return names;
    }
}

/// <summary>One service instance of a person's self-service catalog, with the service and the account providing it.</summary>
public sealed record CatalogEntry(long InstanceId, string InstanceName, long ServiceId, string ServiceName, string AccountId, string AccountName);
