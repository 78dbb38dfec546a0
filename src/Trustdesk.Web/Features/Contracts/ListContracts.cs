using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.ConfigurationItems;
using Trustdesk.Domain.Records;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Audit;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;
using ContractRules = Trustdesk.Domain.ConfigurationItems.Contracts;

namespace Trustdesk.Web.Features.Contracts;

/// <summary>
/// Reads the account's contracts, for people with a role there (ADR 52): the list, 4me's <c>active</c> and <c>expired</c>
/// and the managers' <c>notice_soon</c>, one contract, its audit trail. No other account reads a contract.
/// </summary>
public sealed class ListContracts(TrustdeskDbContext db, Caller caller, RecordReads reads, ContractJson json, AuditTrails audit, TimeProvider time)
{
    public const string NoticeSoon = "notice_soon";

    /// <summary>The predefined filters, by path, for the UTC date of today.</summary>
    public static readonly IReadOnlyDictionary<string, Func<DateOnly, Expression<Func<Contract, bool>>>> Predefined =
        new Dictionary<string, Func<DateOnly, Expression<Func<Contract, bool>>>>(StringComparer.Ordinal)
        {
            ["active"] = _ => c => c.Status == AgreementStatus.Active,
            ["expired"] = _ => c => c.Status == AgreementStatus.Expired,
            [NoticeSoon] = NoticeWithin,
        };

    private static readonly ListSpec<Contract> Spec = Specified().OrderBy(c => c.Id, descending: true);

    /// <summary><c>notice_soon</c>: the nearest notice date first.</summary>
    private static readonly ListSpec<Contract> NoticeSpec = Specified().OrderBy(c => c.NoticeDate).OrderBy(c => c.Id);

    private static readonly ListSpec<AuditEntry> AuditSpec = AuditTrails.Spec<AuditEntry>(a => a.Id, a => a.Action);

    private static ListSpec<Contract> Specified() => ListSpec.Of<Contract>()
        .FilterAndSort("id", c => c.Id)
        .FilterAndSort("name", c => c.Name)
        .FilterAndSort("status", c => c.Status)
        .Filter("supplier_id", c => c.SupplierId)
        .FilterAndSort("start_date", c => c.StartDate)
        .FilterAndSort("expiry_date", c => c.ExpiryDate)
        .FilterAndSort("notice_date", c => c.NoticeDate)
        .Filter("sourceID", c => c.SourceId)
        .Fields<ContractResponse>(ContractJson.CollectionFields);

    /// <summary>
    /// <see cref="ContractRules.NoticeWithin"/> as a query: not expired, and the notice date from <paramref name="today"/>
    /// through <see cref="ContractRules.NoticeWindowDays"/> days later, both days included.
    /// </summary>
    public static Expression<Func<Contract, bool>> NoticeWithin(DateOnly today)
    {
        var until = today.AddDays(ContractRules.NoticeWindowDays);
        return c => c.Status != AgreementStatus.Expired && c.NoticeDate != null && c.NoticeDate >= today && c.NoticeDate <= until;
    }

    public Task<ApiResult> ListAsync(HttpRequest request, string? predefined)
    {
        var query = db.Contracts.AsNoTracking();
        if (predefined is null) return reads.ListAsync(request, query, Spec, json.RenderAsync);
        query = query.Where(Predefined[predefined](Today));
        return reads.ListAsync(request, query, predefined == NoticeSoon ? NoticeSpec : Spec, json.RenderAsync);
    }

    public Task<ApiResult> GetAsync(long id, HttpRequest request) => reads.GetAsync(request, db.Contracts, id, json.RenderAsync);

    /// <summary>
    /// One page of the account's contracts of a predefined filter (null: all), ordered as the API orders them (newest
    /// first; <c>notice_soon</c> the nearest notice date first), rendered as the API renders them: the console's list.
    /// </summary>
    public async Task<ListPage<ContractResponse>> PageAsync(string? predefined, int page, int perPage, CancellationToken cancel)
    {
        if (!caller.HasAnyRole) return new ListPage<ContractResponse>([], false);
        var query = db.Contracts.AsNoTracking();
        if (predefined is not null) query = query.Where(Predefined[predefined](Today));
        var ordered = predefined == NoticeSoon
            ? query.OrderBy(c => c.NoticeDate).ThenBy(c => c.Id)
            : query.OrderByDescending(c => c.Id);
        var (rows, hasNext) = await Listing.SliceAsync(ordered, page, perPage, cancel);
        return new ListPage<ContractResponse>(rows.Count == 0 ? [] : await json.RenderAsync(rows, cancel), hasNext);
    }

    /// <summary>A contract of the account, as the API renders it, and the record (its version); null when it is not the account's.</summary>
    public async Task<(ContractResponse Contract, Contract Own)?> FindAsync(long id, CancellationToken cancel) =>
        caller.HasAnyRole && await db.Contracts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancel) is { } contract
            ? (await json.RenderAsync(contract, cancel), contract)
            : null;

    /// <summary>The whole audit trail of a contract <see cref="FindAsync"/> found, oldest first.</summary>
    public async Task<IReadOnlyList<AuditEntryResponse>> TrailAsync(Contract own, CancellationToken cancel) =>
        await audit.RenderAsync(await db.AuditEntries.AsNoTracking()
            .Where(a => a.RecordType == SaveContract.RecordType && a.RecordId == own.Id).OrderBy(a => a.Id).ToListAsync(cancel), cancel);

    /// <summary>The contract's audit trail, oldest first.</summary>
    public Task<ApiResult> AuditAsync(long id, HttpRequest request) =>
        reads.ListUnderAsync(request, cancel => db.Contracts.AnyAsync(c => c.Id == id, cancel),
            db.AuditEntries.AsNoTracking().Where(a => a.RecordType == SaveContract.RecordType && a.RecordId == id), AuditSpec,
            audit.RenderAsync);

    /// <summary>Today as a UTC date: the notice window does not follow the caller's time zone yet (ADR 52).</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
