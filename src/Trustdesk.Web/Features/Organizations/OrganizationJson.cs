using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Organizations;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.Organizations;

/// <summary>Renders organizations as <see cref="OrganizationResponse"/>, with their parent and manager as references.</summary>
public sealed class OrganizationJson(TrustdeskDbContext db, References references)
{
    public static readonly string[] CollectionFields = ["name", "parent", "disabled", "account"];

    public async Task<IReadOnlyList<OrganizationResponse>> RenderAsync(IReadOnlyList<Organization> organizations, CancellationToken cancellationToken)
    {
        var parentIds = organizations.Where(o => o.ParentId.HasValue).Select(o => o.ParentId!.Value).Distinct().ToList();
        var managerIds = organizations.Where(o => o.ManagerId.HasValue).Select(o => o.ManagerId!.Value).Distinct().ToList();
        var parents = await db.Organizations.AsNoTracking().Where(o => parentIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Name, o.AccountId }).ToDictionaryAsync(o => o.Id, cancellationToken);
        var managers = await db.People.AsNoTracking().Where(p => managerIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.AccountId }).ToDictionaryAsync(p => p.Id, cancellationToken);
        await references.LoadAccountsAsync(organizations.Select(o => o.AccountId).Concat(parents.Values.Select(p => p.AccountId)), cancellationToken);

        return organizations.Select(o => new OrganizationResponse
        {
            Id = o.Id,
            Name = o.Name,
            Parent = o.ParentId is long p && parents.TryGetValue(p, out var pr) ? references.Ref(pr.Id, pr.Name, pr.AccountId) : null,
            Manager = o.ManagerId is long m && managers.TryGetValue(m, out var mr) ? references.Ref(mr.Id, mr.Name, mr.AccountId) : null,
            BusinessUnit = o.BusinessUnit,
            Region = o.Region,
            FinancialId = o.FinancialId,
            Disabled = o.Disabled,
            Source = o.Source,
            SourceId = o.SourceId,
            CreatedAt = o.CreatedAt,
            UpdatedAt = o.UpdatedAt,
            Account = references.ForeignAccount(o.AccountId),
        }).ToList();
    }

    public async Task<OrganizationResponse> RenderAsync(Organization organization, CancellationToken cancellationToken) =>
        (await RenderAsync([organization], cancellationToken))[0];
}
