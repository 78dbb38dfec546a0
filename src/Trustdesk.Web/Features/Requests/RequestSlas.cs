using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Accounts;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Features.Coverage;
using CoverageSubject = Trustdesk.Web.Features.Coverage.CoverageSubject;

namespace Trustdesk.Web.Features.Requests;

/// <summary>
/// The SLA that covers a person for one service instance today, with what routing needs of it: the providing account
/// (<paramref name="Provider"/>, the instance's) and the offering its targets are counted in (null if none is readable).
/// </summary>
public sealed record CoveringSla(
    long SlaId, string? CustomerAccountId, Account Provider, long? FirstLineTeamId, long? SupportTeamId, ServiceOffering? Offering)
{
    public string AccountId => Provider.Id;
}

/// <summary>
/// Finds the SLA a request is measured against: the one covering its person for its service instance, by the same
/// <see cref="CoveringSlas"/> query the self-service catalog uses (so what a person can pick and what routes agree).
/// </summary>
public sealed class RequestSlas(TrustdeskDbContext db, CoverageSubjects subjects, TimeProvider time)
{
    /// <summary>
    /// The covering SLA of an instance in production for <paramref name="personId"/>, the lowest id first when several
    /// cover; <paramref name="acceptable"/> narrows which SLAs may be used. Null when none covers.
    /// </summary>
    public async Task<CoveringSla?> ForAsync(long personId, long instanceId, Func<CoveringSla, bool>? acceptable, CancellationToken cancel) =>
        await subjects.OfAsync(personId, cancel) is { } subject ? await ForAsync(subject, instanceId, acceptable, cancel) : null;

    /// <summary>The same, for a person read already (<see cref="CoverageSubjects"/>).</summary>
    public async Task<CoveringSla?> ForAsync(CoverageSubject subject, long instanceId, Func<CoveringSla, bool>? acceptable, CancellationToken cancel)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        // Planned afresh at every call, this query cost PostgreSQL about 1.5 ms; on its generic plan, about 0.1 ms.
        using (db.Scope.BrowseCatalog())
        using (db.UseGenericPlans())
        {
            // The providing account and the offering come along (two round trips less for registering a new request:
            // its account's scope, and its SLA clock).
            var covering = await CoveringSlas.Query(db, subject.Person, subject.OrganizationLine, today)
                .Where(s => s.ServiceInstanceId == instanceId)
                .Join(db.ServiceInstances.Where(i => i.Status == ServiceInstanceStatus.InProduction), s => s.ServiceInstanceId, i => i.Id,
                    (s, i) => new { s.Id, s.CustomerAccountId, i.AccountId, i.FirstLineTeamId, i.SupportTeamId, s.ServiceOfferingId })
                .Join(db.Accounts, s => s.AccountId, a => a.Id,
                    (s, a) => new { s.Id, s.CustomerAccountId, Provider = a, s.FirstLineTeamId, s.SupportTeamId, s.ServiceOfferingId })
                .SelectMany(s => db.ServiceOfferings.AsNoTracking().Where(o => o.Id == s.ServiceOfferingId).DefaultIfEmpty(),
                    (s, o) => new { s.Id, s.CustomerAccountId, s.Provider, s.FirstLineTeamId, s.SupportTeamId, Offering = o })
                .OrderBy(s => s.Id).AsNoTracking().ToListAsync(cancel);
            return covering.Select(s => new CoveringSla(s.Id, s.CustomerAccountId, s.Provider, s.FirstLineTeamId, s.SupportTeamId, s.Offering))
                .FirstOrDefault(s => acceptable?.Invoke(s) ?? true);
        }
    }
}
