using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.People;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.People;

/// <summary>Renders people as <see cref="PersonResponse"/>, with their organization, site and manager as references.</summary>
public sealed class PersonJson(TrustdeskDbContext db, References references)
{
    public static readonly string[] CollectionFields = ["name", "primary_email", "organization", "site", "disabled", "account"];

    public async Task<IReadOnlyList<PersonResponse>> RenderAsync(IReadOnlyList<Person> people, CancellationToken cancellationToken)
    {
        var organizationIds = people.Where(p => p.OrganizationId.HasValue).Select(p => p.OrganizationId!.Value).Distinct().ToList();
        var siteIds = people.Where(p => p.SiteId.HasValue).Select(p => p.SiteId!.Value).Distinct().ToList();
        var managerIds = people.Where(p => p.ManagerId.HasValue).Select(p => p.ManagerId!.Value).Distinct().ToList();

        var organizations = await NamedAsync(organizationIds, db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id))
            .Select(o => new Named(o.Id, o.Name, o.AccountId)), cancellationToken);
        var sites = await NamedAsync(siteIds, db.Sites.AsNoTracking().Where(s => siteIds.Contains(s.Id))
            .Select(s => new Named(s.Id, s.Name, s.AccountId)), cancellationToken);
        var managers = await NamedAsync(managerIds, db.People.AsNoTracking().Where(m => managerIds.Contains(m.Id))
            .Select(m => new Named(m.Id, m.Name, m.AccountId)), cancellationToken);
        await references.LoadAccountsAsync(people.Select(p => p.AccountId)
            .Concat(organizations.Values.Select(o => o.AccountId)).Concat(sites.Values.Select(s => s.AccountId)), cancellationToken);

        return people.Select(p => new PersonResponse
        {
            Id = p.Id,
            Name = p.Name,
            PrimaryEmail = p.PrimaryEmail,
            Organization = Ref(organizations, p.OrganizationId),
            Site = Ref(sites, p.SiteId),
            Manager = Ref(managers, p.ManagerId),
            JobTitle = p.JobTitle,
            EmployeeId = p.EmployeeId,
            TimeZone = p.TimeZone,
            Locale = p.Locale,
            Vip = p.Vip,
            Disabled = p.Disabled,
            Source = p.Source,
            SourceId = p.SourceId,
            CreatedAt = p.CreatedAt,
            UpdatedAt = p.UpdatedAt,
            Account = references.ForeignAccount(p.AccountId),
        }).ToList();
    }

    public async Task<PersonResponse> RenderAsync(Person person, CancellationToken cancellationToken) =>
        (await RenderAsync([person], cancellationToken))[0];

    /// <summary>The records with these ids by id; no round trip when there are none (most people have no site or manager).</summary>
    private static async Task<Dictionary<long, Named>> NamedAsync(List<long> ids, IQueryable<Named> query, CancellationToken cancellationToken) =>
        ids.Count == 0 ? [] : await query.ToDictionaryAsync(n => n.Id, cancellationToken);

    private RecordRef? Ref(Dictionary<long, Named> known, long? id) =>
        id is long key && known.TryGetValue(key, out var named) ? references.Ref(named.Id, named.Name, named.AccountId) : null;

    private sealed record Named(long Id, string Name, string AccountId);
}
