using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.ConfigurationItems;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Audit;
using Trustdesk.Web.Features.Catalog;

namespace Trustdesk.Web.Features.Contracts;

/// <summary>
/// Writes the account's contracts (ADR 52): administrators, configuration managers and service level managers, with a
/// supplier organization the account sees (its own or its directory's) and dates in order (start, notice, expiry). Every
/// change of a field is audited; a stale version answers 412, a concurrent save 409.
/// </summary>
public sealed class SaveContract(TrustdeskDbContext db, ContractJson json, RecordWrites writes)
{
    public const string RecordType = "contracts";

    /// <summary>Who writes contracts and the CIs they cover, besides the administrators.</summary>
    public static readonly IReadOnlyCollection<string> Writers = [Role.ConfigurationManager, Role.ServiceLevelManager];

    public static readonly AuditedAs<Contract> Audited = new(RecordType, c => new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
    {
        ["name"] = c.Name,
        ["supplier_id"] = c.SupplierId,
        ["status"] = SnakeCaseEnum<AgreementStatus>.Name(c.Status),
        ["start_date"] = Day(c.StartDate),
        ["expiry_date"] = Day(c.ExpiryDate),
        ["notice_date"] = Day(c.NoticeDate),
        ["remarks"] = c.Remarks,
        ["source"] = c.Source,
        ["sourceID"] = c.SourceId,
    });

    public Task<ApiResult> CreateAsync(HttpRequest request) =>
        writes.CreateAsync<Contract, ContractInput, ContractResponse>(request, new Contract(), ApplyAsync, json.RenderAsync, Writers, Audited);

    /// <summary>Only the account's own contracts are changed: no other is seen.</summary>
    public async Task<ApiResult> UpdateAsync(long id, HttpRequest request) =>
        await writes.UpdateAsync<Contract, ContractInput, ContractResponse>(request,
            await db.Contracts.FirstOrDefaultAsync(c => c.Id == id, request.HttpContext.RequestAborted), ApplyAsync, json.RenderAsync,
            Writers, Audited);

    public bool MayWrite => writes.MayWrite(Writers);

    /// <summary>A new contract from a console form that sets <paramref name="fields"/> of <paramref name="input"/>; the 201, or why not.</summary>
    public Task<ApiResult> CreateAsync(ContractInput input, IReadOnlySet<string> fields, CancellationToken cancel) =>
        writes.CreateAsync<Contract, ContractInput, ContractResponse>(new Contract(), () => JsonBody.Of(input, fields), ApplyAsync, json.RenderAsync,
            cancel, Writers, Audited);

    /// <summary>A console form's change, only while the contract is still at <paramref name="version"/> (else 412); the 200, or why not.</summary>
    public async Task<ApiResult> UpdateAsync(long id, ContractInput input, IReadOnlySet<string> fields, int version, CancellationToken cancel) =>
        await writes.UpdateAsync<Contract, ContractInput, ContractResponse>(await db.Contracts.FirstOrDefaultAsync(c => c.Id == id, cancel),
            found => found.LockVersion == version ? null : ApiErrors.PreconditionFailed(), () => JsonBody.Of(input, fields), ApplyAsync,
            json.RenderAsync, cancel, Writers, Audited);

    private async Task<ApiResult?> ApplyAsync(Contract contract, JsonBody<ContractInput> body, bool creating, CancellationToken cancel)
    {
        var input = body.Value;
        var check = new Validation();
        if (creating || body.Has("name")) check.Text("name", input.Name, Limits.Name, required: true);
        check.Text("remarks", input.Remarks, Limits.Text)
            .Text("source", input.Source, Limits.Code)
            .Text("sourceID", input.SourceId, Limits.Code);
        var status = CatalogReferences.WireEnum<ContractInput, AgreementStatus>(check, body, "status", input.Status);
        if (CatalogReferences.Required(check, body, creating, "supplier_id", input.SupplierId) && input.SupplierId is long supplierId
            && !await db.Organizations.AnyAsync(o => o.Id == supplierId, cancel))
            // The same words for another account's organization as for none at all.
            check.Add("supplier_id", "must be an organization of this account or its directory");

        // The dates after this change, checked as a whole: those sent, else those kept (one that is no date reads as none).
        var start = WireDates.Read(check, body, "start_date", input.StartDate, contract.StartDate);
        var notice = WireDates.Read(check, body, "notice_date", input.NoticeDate, contract.NoticeDate);
        var expiry = WireDates.Read(check, body, "expiry_date", input.ExpiryDate, contract.ExpiryDate);
        InOrder(check, start, notice, expiry);
        if (!check.IsValid) return check.Result;

        if (body.Has("name")) contract.Name = input.Name!.Trim();
        if (body.Has("supplier_id")) contract.SupplierId = input.SupplierId!.Value;
        if (status is { } s) contract.Status = s;
        contract.StartDate = start;
        contract.NoticeDate = notice;
        contract.ExpiryDate = expiry;
        if (body.Has("remarks")) contract.Remarks = string.IsNullOrWhiteSpace(input.Remarks) ? null : input.Remarks.Trim();
        if (body.Has("source")) contract.Source = input.Source;
        if (body.Has("sourceID")) contract.SourceId = input.SourceId;
        return null;
    }

    /// <summary>Start, notice and expiry, where given, fall in that order (a day may be two of them).</summary>
    private static void InOrder(Validation check, DateOnly? start, DateOnly? notice, DateOnly? expiry)
    {
        if (start is { } s && notice is { } n && n < s) check.Add("notice_date", "must be on or after the start date");
        if (notice is { } before && expiry is { } after && after < before) check.Add("expiry_date", "must be on or after the notice date");
        else if (start is { } first && expiry is { } last && last < first) check.Add("expiry_date", "must be on or after the start date");
    }

    private static JsonNode? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
