using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Organizations;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.Organizations;

public sealed class OrganizationJson(TrustdeskDbContext db, References references)
{
    public static readonly string[] CollectionFields = ["name", "parent", "disabled", "account"];
    public static readonly string[] AllFields =
        ["name", "parent", "manager", "business_unit", "region", "financialID", "disabled", "account", "source", "sourceID", "created_at", "updated_at"];

    public async Task<IReadOnlyList<JsonObject>> RenderAsync(IReadOnlyList<Organization> organizations, CancellationToken cancellationToken)
    {
        var parentIds = organizations.Where(o => o.ParentId.HasValue).Select(o => o.ParentId!.Value).Distinct().ToList();
        var managerIds = organizations.Where(o => o.ManagerId.HasValue).Select(o => o.ManagerId!.Value).Distinct().ToList();
        var parents = await db.Organizations.AsNoTracking().Where(o => parentIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Name, o.AccountId }).ToDictionaryAsync(o => o.Id, cancellationToken);
        var managers = await db.People.AsNoTracking().Where(p => managerIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.AccountId }).ToDictionaryAsync(p => p.Id, cancellationToken);
        await references.LoadAccountsAsync(organizations.Select(o => o.AccountId).Concat(parents.Values.Select(p => p.AccountId)), cancellationToken);

        return organizations.Select(o =>
        {
            var parent = o.ParentId is long p && parents.TryGetValue(p, out var pr) ? references.Record(pr.Id, pr.Name, pr.AccountId) : null;
            var manager = o.ManagerId is long m && managers.TryGetValue(m, out var mr) ? references.Record(mr.Id, mr.Name, mr.AccountId) : null;
            var json = new JsonObject
            {
                ["id"] = o.Id,
                ["name"] = o.Name,
                ["parent"] = parent,
                ["manager"] = manager,
                ["business_unit"] = o.BusinessUnit,
                ["region"] = o.Region,
                ["financialID"] = o.FinancialId,
                ["disabled"] = o.Disabled,
                ["source"] = o.Source,
                ["sourceID"] = o.SourceId,
                ["created_at"] = ApiJson.Timestamp(o.CreatedAt),
                ["updated_at"] = ApiJson.Timestamp(o.UpdatedAt),
            };
            if (references.AccountIfForeign(o.AccountId) is { } account) json["account"] = account;
            return json;
        }).ToList();
    }

    public async Task<JsonObject> RenderAsync(Organization organization, CancellationToken cancellationToken) =>
        (await RenderAsync([organization], cancellationToken))[0];
}
