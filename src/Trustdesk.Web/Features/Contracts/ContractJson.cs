using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.ConfigurationItems;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Contracts;

/// <summary>Renders the account's contracts as <see cref="ContractResponse"/>: supplier named, covered CIs counted.</summary>
public sealed class ContractJson(TrustdeskDbContext db, References references)
{
    public static readonly string[] CollectionFields = ["name", "supplier", "status", "start_date", "expiry_date", "notice_date", "created_at", "updated_at"];

    public async Task<IReadOnlyList<ContractResponse>> RenderAsync(IReadOnlyList<Contract> contracts, CancellationToken cancel)
    {
        var ids = contracts.Select(c => c.Id).ToList();
        var supplierIds = contracts.Select(c => c.SupplierId).Distinct().ToList();
        // The supplier may live in the account's directory: named with that account. One the account no longer sees
        // (its directory changed) shows its id alone.
        var suppliers = await db.Organizations.AsNoTracking().Where(o => supplierIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => (o.Name, o.AccountId), cancel);
        var counts = await db.ContractCis.AsNoTracking().Where(l => ids.Contains(l.ContractId))
            .GroupBy(l => l.ContractId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(c => c.Key, c => c.Count, cancel);
        await references.LoadAccountsAsync(suppliers.Values.Select(s => s.AccountId), cancel);
        return contracts.Select(c => new ContractResponse
        {
            Id = c.Id,
            Name = c.Name,
            Supplier = suppliers.TryGetValue(c.SupplierId, out var supplier)
                ? references.Ref(c.SupplierId, supplier.Name, supplier.AccountId)!
                : new RecordRef(c.SupplierId, null),
            Status = c.Status,
            StartDate = c.StartDate,
            ExpiryDate = c.ExpiryDate,
            NoticeDate = c.NoticeDate,
            Remarks = c.Remarks,
            CiCount = counts.GetValueOrDefault(c.Id),
            Source = c.Source,
            SourceId = c.SourceId,
            CreatedAt = c.CreatedAt,
            UpdatedAt = c.UpdatedAt,
        }).ToList();
    }

    public async Task<ContractResponse> RenderAsync(Contract contract, CancellationToken cancel) => (await RenderAsync([contract], cancel))[0];

    /// <summary>CIs as a contract's list of covered CIs shows them.</summary>
    public static Task<IReadOnlyList<CoveredCiResponse>> RenderCoveredAsync(IReadOnlyList<Ci> cis, CancellationToken cancel) =>
        Task.FromResult<IReadOnlyList<CoveredCiResponse>>(cis.Select(c => new CoveredCiResponse
        {
            Id = c.Id,
            Name = c.Name,
            Label = c.Label,
            Status = c.Status,
            CreatedAt = c.CreatedAt,
            UpdatedAt = c.UpdatedAt,
        }).ToList());
}
