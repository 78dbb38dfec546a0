using Trustdesk.Domain.ConfigurationItems;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.ConfigurationItems;

/// <summary>
/// Renders CIs as <see cref="CiResponse"/>. A supported CI of another account names its product, site, supplier and
/// instance as its account does (read there, names only, ADR 43); its support team in the team's account.
/// </summary>
public sealed class CiJson(NamesInAccounts names, References references)
{
    public static readonly string[] CollectionFields = ["name", "label", "status", "product", "site", "support_team", "account", "updated_at"];

    public async Task<IReadOnlyList<CiResponse>> RenderAsync(IReadOnlyList<Ci> cis, CancellationToken cancel)
    {
        var products = await names.ProductsAsync(cis.Select(c => (c.ProductId, c.AccountId)), cancel);
        var sites = await names.SitesAsync(Of(cis, c => c.SiteId), cancel);
        var suppliers = await names.OrganizationsAsync(Of(cis, c => c.SupplierId), cancel);
        var instances = await names.ServiceInstancesAsync(Of(cis, c => c.ServiceInstanceId), cancel);
        var teams = await names.TeamsAsync(cis.Where(c => c.SupportTeamId is not null).Select(c => (c.SupportTeamId!.Value, c.SupportTeamAccountId!)), cancel);
        await references.LoadAccountsAsync(cis.Select(c => c.AccountId)
            .Concat(new[] { products, sites, suppliers, instances, teams }.SelectMany(n => n.Values.Select(v => v.OwnerAccountId))), cancel);
        return cis.Select(c => new CiResponse
        {
            Id = c.Id,
            Name = c.Name,
            Label = c.Label,
            Status = c.Status,
            Product = Named(products, c.ProductId, c.AccountId)!,
            SerialNumber = c.SerialNumber,
            AssetId = c.AssetId,
            SystemId = c.SystemId,
            Site = Named(sites, c.SiteId, c.AccountId),
            Supplier = Named(suppliers, c.SupplierId, c.AccountId),
            ServiceInstance = Named(instances, c.ServiceInstanceId, c.AccountId),
            SupportTeam = Named(teams, c.SupportTeamId, c.SupportTeamAccountId),
            WarrantyExpiryDate = c.WarrantyExpiryDate,
            Remarks = c.Remarks,
            Account = references.ForeignAccount(c.AccountId),
            Source = c.Source,
            SourceId = c.SourceId,
            CreatedAt = c.CreatedAt,
            UpdatedAt = c.UpdatedAt,
        }).ToList();

        // A reference named in the account that uses it; it belongs to that account or to its directory.
        Api.Contracts.RecordRef? Named(Dictionary<(long Id, string AccountId), (string Name, string OwnerAccountId)> named, long? id, string? accountId)
        {
            if (id is not long key || accountId is null) return null;
            return named.TryGetValue((key, accountId), out var found)
                ? references.Ref(key, found.Name, found.OwnerAccountId)
                : references.Ref(key, null, accountId);
        }
    }

    public async Task<CiResponse> RenderAsync(Ci ci, CancellationToken cancel) => (await RenderAsync([ci], cancel))[0];

    private static IEnumerable<(long Id, string AccountId)> Of(IEnumerable<Ci> cis, Func<Ci, long?> reference) =>
        cis.Where(c => reference(c) is not null).Select(c => (reference(c)!.Value, c.AccountId));
}
