using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.ConfigurationItems;
using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Audit;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Catalog;
using Trustdesk.Web.Features.Trusts;

namespace Trustdesk.Web.Features.ConfigurationItems;

/// <summary>
/// Writes CIs (ADR 51). Its account's administrators and configuration managers register CIs and set every field; a
/// support team may be a team of a provider the account trusts with <c>cis</c>. Specialists maintain a CI they see, in
/// its account or at the provider that supports it: its <c>status</c>, <c>remarks</c> and a <c>note</c>
/// (<see cref="MaintainedFields"/>). Every change is audited in the CI's own trail; a stale version answers 412.
/// </summary>
public sealed class SaveCi(TrustdeskDbContext db, Caller caller, CiJson json, RecordWrites writes, NotedRecords noted, TrustedTeams teams)
{
    /// <summary>Who registers CIs and sets all their fields, besides administrators.</summary>
    public static readonly IReadOnlyCollection<string> Definers = [Role.ConfigurationManager];

    /// <summary>What a specialist who is no configuration manager, or the supporting provider, changes of a CI.</summary>
    public static readonly IReadOnlySet<string> MaintainedFields = new HashSet<string>(StringComparer.Ordinal) { "status", "remarks", "note" };

    private static IReadOnlyDictionary<string, JsonNode?> Snapshot(Ci c) => new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
    {
        ["name"] = c.Name,
        ["label"] = c.Label,
        ["status"] = SnakeCaseEnum<CiStatus>.Name(c.Status),
        ["product_id"] = c.ProductId,
        ["serialNr"] = c.SerialNumber,
        ["assetID"] = c.AssetId,
        ["systemID"] = c.SystemId,
        ["site_id"] = c.SiteId,
        ["supplier_id"] = c.SupplierId,
        ["service_instance_id"] = c.ServiceInstanceId,
        ["support_team_id"] = c.SupportTeamId,
        ["warranty_expiry_date"] = c.WarrantyExpiryDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["remarks"] = c.Remarks,
        ["source"] = c.Source,
        ["sourceID"] = c.SourceId,
    };

    // The note of the input being applied: added once the CI is saved (a new CI has no id before).
    private string? _note;

    public async Task<ApiResult> CreateAsync(HttpRequest request)
    {
        var ci = new Ci();
        var created = await writes.CreateAsync<Ci, CiInput, CiResponse>(request, ci, ApplyAsync, json.RenderAsync, Definers);
        return await AfterSaveAsync(created, ci, created: true, request.HttpContext.RequestAborted);
    }

    /// <summary>A CI the account sees: its own, or one its team supports (changed in place under the <c>support</c> branch).</summary>
    public async Task<ApiResult> UpdateAsync(long id, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        var ci = await db.Cis.FirstOrDefaultAsync(c => c.Id == id, cancel);
        var updated = await writes.UpdateAsync<Ci, CiInput, CiResponse>(request, ci, ApplyAsync, json.RenderAsync, Role.Specialists,
            updatedWhereSeen: true);
        return await AfterSaveAsync(updated, ci, created: false, cancel);
    }

    /// <summary>A new CI from a console form that sets <paramref name="fields"/> of <paramref name="input"/>; the 201, or why not.</summary>
    public async Task<ApiResult> CreateAsync(CiInput input, IReadOnlySet<string> fields, CancellationToken cancel)
    {
        var ci = new Ci();
        var created = await writes.CreateAsync<Ci, CiInput, CiResponse>(ci, () => JsonBody.Of(input, fields), ApplyAsync, json.RenderAsync,
            cancel, Definers);
        return await AfterSaveAsync(created, ci, created: true, cancel);
    }

    /// <summary>Whether the caller registers CIs in the account: its administrators and configuration managers.</summary>
    public bool MayDefine => writes.MayWrite(Definers);

    /// <summary>Whether the caller may maintain the CIs the account sees (status, remarks, a note): its specialists.</summary>
    public bool MayMaintain => writes.MayWrite(Role.Specialists);

    /// <summary>Whether the caller sets every field of <paramref name="ci"/>: it is the account's own, and they define CIs there.</summary>
    public bool Defines(Ci ci) => ci.AccountId == caller.AccountId && MayDefine;

    /// <summary>A console form's change, only while the CI is still at <paramref name="version"/> (else 412); the 200, or why not.</summary>
    public async Task<ApiResult> UpdateAsync(long id, CiInput input, IReadOnlySet<string> fields, int version, CancellationToken cancel)
    {
        var ci = await db.Cis.FirstOrDefaultAsync(c => c.Id == id, cancel);
        var updated = await writes.UpdateAsync<Ci, CiInput, CiResponse>(ci, found => found.LockVersion == version ? null : ApiErrors.PreconditionFailed(),
            () => JsonBody.Of(input, fields), ApplyAsync, json.RenderAsync, cancel, Role.Specialists, updatedWhereSeen: true);
        return await AfterSaveAsync(updated, ci, created: false, cancel);
    }

    /// <summary>A new CI's first audit line (it has its id now), and the note sent with a change that succeeded.</summary>
    private async Task<ApiResult> AfterSaveAsync(ApiResult result, Ci? ci, bool created, CancellationToken cancel)
    {
        if (ci is null || result.StatusCode >= 300) return result;
        if (created) db.CiAuditEntries.Add(Audit(ci, new Dictionary<string, JsonNode?>(), "create")!);
        if (_note is { } text) db.CiNotes.Add(new CiNote { CiId = ci.Id, PersonId = caller.PersonId, Text = text });
        if (!created && _note is null) return result;
        await db.SaveChangesAsync(cancel);
        if (_note is not null) await noted.TouchAsync(ci, cancel);
        return result;
    }

    private CiAuditEntry? Audit(Ci ci, IReadOnlyDictionary<string, JsonNode?> before, string action) =>
        AuditTrails.Changes(before, Snapshot(ci)) is { } changes
            ? new CiAuditEntry { CiId = ci.Id, PersonId = caller.PersonId, Action = action, Changes = changes }
            : action == "create" ? new CiAuditEntry { CiId = ci.Id, PersonId = caller.PersonId, Action = action } : null;

    private async Task<ApiResult?> ApplyAsync(Ci ci, JsonBody<CiInput> body, bool creating, CancellationToken cancel)
    {
        var input = body.Value;
        var check = new Validation();
        // Only the CI's account's administrators and configuration managers define a CI; everyone else who may change it maintains it.
        var defines = Defines(ci);
        if (!defines)
            foreach (var field in body.Present.Where(f => !MaintainedFields.Contains(f)))
                check.Add(field, "is set by the CI's account's configuration managers");
        if (body.Has("name")) check.Text("name", input.Name, Limits.Name, required: true);
        check.Text("label", input.Label, Limits.Code)
            .Text("serialNr", input.SerialNumber, Limits.Code)
            .Text("assetID", input.AssetId, Limits.Code)
            .Text("systemID", input.SystemId, Limits.Code)
            .Text("remarks", input.Remarks, Limits.Text)
            .Text("source", input.Source, Limits.Code)
            .Text("sourceID", input.SourceId, Limits.Code);
        if (body.Has("note")) check.Text("note", input.Note, Limits.NoteText, required: true);
        var status = CatalogReferences.WireEnum<CiInput, CiStatus>(check, body, "status", input.Status);
        var warranty = WireDates.Read(check, body, "warranty_expiry_date", input.WarrantyExpiryDate, ci.WarrantyExpiryDate);
        string? productName = null;
        if (defines)
        {
            if (CatalogReferences.Required(check, body, creating, "product_id", input.ProductId) && input.ProductId is long productId)
            {
                productName = await db.Products.Where(p => p.Id == productId && p.AccountId == caller.AccountId).Select(p => p.Name).FirstOrDefaultAsync(cancel);
                if (productName is null) check.Add("product_id", "must be a product of this account");
            }
            if (input.SiteId is long site && !await db.Sites.AnyAsync(s => s.Id == site, cancel)) check.Add("site_id", "does not exist");
            if (input.SupplierId is long supplier && !await db.Organizations.AnyAsync(o => o.Id == supplier, cancel)) check.Add("supplier_id", "does not exist");
            if (input.ServiceInstanceId is long instance && !await db.ServiceInstances.AnyAsync(i => i.Id == instance && i.AccountId == caller.AccountId, cancel))
                check.Add("service_instance_id", "must be a service instance of this account");
            if (body.Has("label") && input.Label is { } label && check.IsValid
                && await db.Cis.AnyAsync(c => c.AccountId == caller.AccountId && c.Label == label.Trim() && c.Id != ci.Id, cancel))
                check.Add("label", "has already been taken");
        }
        AssignableTeam? supportTeam = null;
        if (defines && input.SupportTeamId is long teamId
            && (supportTeam = await teams.FindAsync(teamId, caller.AccountId, TrustOptions.Cis, cancel)) is null)
            check.Add("support_team_id", "must be an enabled team of this account or of an account it trusts with cis");
        if (!check.IsValid) return check.Result;

        var before = creating ? null : Snapshot(ci);
        if (body.Has("product_id")) ci.ProductId = input.ProductId!.Value;
        if (body.Has("name")) ci.Name = input.Name!.Trim();
        else if (creating) ci.Name = productName!;
        if (body.Has("label")) ci.Label = string.IsNullOrWhiteSpace(input.Label) ? null : input.Label.Trim();
        if (status is { } s) ci.Status = s;
        if (body.Has("serialNr")) ci.SerialNumber = input.SerialNumber;
        if (body.Has("assetID")) ci.AssetId = input.AssetId;
        if (body.Has("systemID")) ci.SystemId = input.SystemId;
        if (body.Has("site_id")) ci.SiteId = input.SiteId;
        if (body.Has("supplier_id")) ci.SupplierId = input.SupplierId;
        if (body.Has("service_instance_id")) ci.ServiceInstanceId = input.ServiceInstanceId;
        if (body.Has("support_team_id"))
        {
            ci.SupportTeamId = supportTeam?.Id;
            ci.SupportTeamAccountId = supportTeam?.AccountId;
        }
        ci.WarrantyExpiryDate = warranty;
        if (body.Has("remarks")) ci.Remarks = string.IsNullOrWhiteSpace(input.Remarks) ? null : input.Remarks.Trim();
        if (body.Has("source")) ci.Source = input.Source;
        if (body.Has("sourceID")) ci.SourceId = input.SourceId;
        _note = body.Has("note") ? input.Note!.Trim() : null;
        if (before is not null && Audit(ci, before, "update") is { } changed) db.CiAuditEntries.Add(changed);
        return null;
    }
}
