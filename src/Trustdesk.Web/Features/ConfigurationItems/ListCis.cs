using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.ConfigurationItems;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Audit;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.ConfigurationItems;

/// <summary>
/// Reads the CIs the account sees, for people with a role there (ADR 51): its own, and those of customers that trust it
/// with <c>cis</c> whose support team is one of its teams. The list, 4me's predefined filters, one CI, its audit trail.
/// </summary>
public sealed class ListCis(TrustdeskDbContext db, Caller caller, CiJson json, AuditTrails audit)
{
    /// <summary>4me's predefined filters, by path.</summary>
    public static readonly IReadOnlyDictionary<string, Func<IQueryable<long>, Expression<Func<Ci, bool>>>> Predefined =
        new Dictionary<string, Func<IQueryable<long>, Expression<Func<Ci, bool>>>>(StringComparer.Ordinal)
        {
            ["active"] = _ => c => !CiStatuses.Inactive.Contains(c.Status),
            ["inactive"] = _ => c => CiStatuses.Inactive.Contains(c.Status),
            ["supported_by_my_teams"] = myTeams => c => c.SupportTeamId != null && myTeams.Contains(c.SupportTeamId.Value),
        };

    public static readonly ListSpec<Ci> Spec = ListSpec.Of<Ci>()
        .FilterAndSort("id", c => c.Id)
        .FilterAndSort("name", c => c.Name)
        .FilterAndSort("label", c => c.Label)
        .FilterAndSort("status", c => c.Status)
        .Filter("product_id", c => c.ProductId)
        .Filter("serialNr", c => c.SerialNumber)
        .Filter("assetID", c => c.AssetId)
        .Filter("site_id", c => c.SiteId)
        .Filter("supplier_id", c => c.SupplierId)
        .Filter("service_instance_id", c => c.ServiceInstanceId)
        .Filter("support_team_id", c => c.SupportTeamId)
        .FilterAndSort("warranty_expiry_date", c => c.WarrantyExpiryDate)
        .FilterAndSort("created_at", c => c.CreatedAt)
        .FilterAndSort("updated_at", c => c.UpdatedAt)
        .Filter("sourceID", c => c.SourceId)
        .OrderBy(c => c.Id)
        .Fields<CiResponse>(CiJson.CollectionFields);

    private static readonly ListSpec<CiAuditEntry> AuditSpec = AuditTrails.Spec<CiAuditEntry>(a => a.Id, a => a.Action);

    public async Task<ApiResult> ListAsync(HttpRequest request, string? predefined)
    {
        if (!caller.HasAnyRole) return ApiErrors.Forbidden();
        return await Listing.PageAsync(request, Filtered(predefined), Spec, list => json.RenderAsync(list, request.HttpContext.RequestAborted));
    }

    /// <summary>
    /// One page of the CIs the account sees of a predefined filter (null: all), by label (those without one last), optionally
    /// only those whose name or label contains <paramref name="nameOrLabel"/> (ignoring case), rendered as the API renders
    /// them: the console's list.
    /// </summary>
    public async Task<ListPage<CiResponse>> PageAsync(string? predefined, string? nameOrLabel, int page, int perPage, CancellationToken cancel)
    {
        if (!caller.HasAnyRole) return new ListPage<CiResponse>([], false);
        var query = Filtered(predefined);
        if (!string.IsNullOrWhiteSpace(nameOrLabel))
        {
            var pattern = Listing.ContainsPattern(nameOrLabel);
            query = query.Where(c => EF.Functions.Like(c.Name.ToLower(), pattern, Listing.LikeEscape)
                || (c.Label != null && EF.Functions.Like(c.Label.ToLower(), pattern, Listing.LikeEscape)));
        }
        var ordered = query.OrderBy(c => c.Label == null).ThenBy(c => c.Label).ThenBy(c => c.Id);
        var (rows, hasNext) = await Listing.SliceAsync(ordered, page, perPage, cancel);
        return new ListPage<CiResponse>(rows.Count == 0 ? [] : await json.RenderAsync(rows, cancel), hasNext);
    }

    /// <summary>
    /// The CI the account sees with this label (as typed, trimmed): its own first, since labels are unique in an account but
    /// a customer's CI it supports may carry the same one; null when none is seen (or the caller has no role).
    /// </summary>
    public async Task<Ci?> ByLabelAsync(string? label, CancellationToken cancel)
    {
        if (!caller.HasAnyRole || string.IsNullOrWhiteSpace(label)) return null;
        var wanted = label.Trim();
        // No label holds a NUL (every write refuses it), and PostgreSQL refuses one in a parameter.
        if (wanted.Contains('\0', StringComparison.Ordinal)) return null;
        return await db.Cis.AsNoTracking().Where(c => c.Label == wanted)
            .OrderBy(c => c.AccountId == caller.AccountId ? 0 : 1).ThenBy(c => c.Id).FirstOrDefaultAsync(cancel);
    }

    /// <summary>One CI the account sees, as the API renders it, and the record itself; null when it is not seen (or the caller has no role).</summary>
    public async Task<(CiResponse Ci, Ci Seen)?> FindAsync(long id, CancellationToken cancel) =>
        await SeenAsync(id, cancel) is { } ci ? (await json.RenderAsync(ci, cancel), ci) : null;

    public async Task<ApiResult> GetAsync(long id, HttpRequest request) =>
        await FindAsync(id, request.HttpContext.RequestAborted) is { } found
            ? ApiResult.Ok(ApiJson.Node(found.Ci)).WithETag(found.Seen.LockVersion)
            : ApiErrors.NotFound();

    /// <summary>The CI's audit trail, oldest first: the changes of its account and of its supporting provider alike.</summary>
    public async Task<ApiResult> AuditAsync(long id, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (await SeenAsync(id, cancel) is null) return ApiErrors.NotFound();
        return await Listing.PageAsync(request, db.CiAuditEntries.AsNoTracking().Where(a => a.CiId == id), AuditSpec,
            list => audit.RenderAsync(list, cancel));
    }

    /// <summary>The whole audit trail of a CI one <see cref="SeenAsync"/> found, oldest first.</summary>
    public async Task<IReadOnlyList<AuditEntryResponse>> TrailAsync(Ci seen, CancellationToken cancel) =>
        await audit.RenderAsync(await db.CiAuditEntries.AsNoTracking().Where(a => a.CiId == seen.Id).OrderBy(a => a.Id).ToListAsync(cancel), cancel);

    /// <summary>The CI, when the account sees it and the caller has a role there.</summary>
    public async Task<Ci?> SeenAsync(long id, CancellationToken cancel) =>
        caller.HasAnyRole ? await db.Cis.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancel) : null;

    /// <summary>The CIs the account sees, of a predefined filter (null: all).</summary>
    public IQueryable<Ci> Filtered(string? predefined)
    {
        var query = db.Cis.AsNoTracking();
        if (predefined is null) return query;
        var myTeams = db.TeamMembers.Where(m => m.PersonId == caller.PersonId).Select(m => m.TeamId);
        return query.Where(Predefined[predefined](myTeams));
    }
}
