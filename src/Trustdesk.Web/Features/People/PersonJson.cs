using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.People;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.People;

/// <summary>How a person looks on the wire, with its organization, site and manager as references.</summary>
public sealed class PersonJson(TrustdeskDbContext db, References references)
{
    public static readonly string[] CollectionFields = ["name", "primary_email", "organization", "site", "disabled", "account"];

    public static readonly string[] AllFields =
    [
        "name", "primary_email", "organization", "site", "manager", "job_title", "employeeID", "time_zone", "locale",
        "vip", "disabled", "account", "source", "sourceID", "created_at", "updated_at",
    ];

    public async Task<IReadOnlyList<JsonObject>> RenderAsync(IReadOnlyList<Person> people, CancellationToken cancellationToken)
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

        return people.Select(p =>
        {
            var json = new JsonObject
            {
                ["id"] = p.Id,
                ["name"] = p.Name,
                ["primary_email"] = p.PrimaryEmail,
                ["organization"] = Ref(organizations, p.OrganizationId),
                ["site"] = Ref(sites, p.SiteId),
                ["manager"] = Ref(managers, p.ManagerId),
                ["job_title"] = p.JobTitle,
                ["employeeID"] = p.EmployeeId,
                ["time_zone"] = p.TimeZone,
                ["locale"] = p.Locale,
                ["vip"] = p.Vip,
                ["disabled"] = p.Disabled,
                ["source"] = p.Source,
                ["sourceID"] = p.SourceId,
                ["created_at"] = ApiJson.Timestamp(p.CreatedAt),
                ["updated_at"] = ApiJson.Timestamp(p.UpdatedAt),
            };
            if (references.AccountIfForeign(p.AccountId) is { } account) json["account"] = account;
            return json;
        }).ToList();
    }

    public async Task<JsonObject> RenderAsync(Person person, CancellationToken cancellationToken) =>
        (await RenderAsync([person], cancellationToken))[0];

    /// <summary>The records with these ids by id; no round trip when there are none (most people have no site or manager).</summary>
    private static async Task<Dictionary<long, Named>> NamedAsync(List<long> ids, IQueryable<Named> query, CancellationToken cancellationToken) =>
        ids.Count == 0 ? [] : await query.ToDictionaryAsync(n => n.Id, cancellationToken);

    private JsonObject? Ref(Dictionary<long, Named> known, long? id) =>
        id is long key && known.TryGetValue(key, out var named) ? references.Record(named.Id, named.Name, named.AccountId) : null;

    private sealed record Named(long Id, string Name, string AccountId);
}
