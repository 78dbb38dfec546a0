using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Requests;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Audit;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.Requests;

/// <summary>
/// What a request carries besides its fields, read by whoever sees the request: <c>/v1/requests/:id/audit</c> (its
/// audit trail, oldest first) and <c>/v1/requests/:id/affected_slas</c> (the SLA it is measured against, with its
/// targets and whether they were met).
/// </summary>
public sealed class RequestTrail(
    TrustdeskDbContext db, VisibleRequests visible, RequestClock clock, AuditTrails audit, References references, TimeProvider time)
{
    private static readonly ListSpec<RequestAuditEntry> AuditSpec = AuditTrails.Spec<RequestAuditEntry>(a => a.Id, a => a.Action);

    public async Task<ApiResult> AuditAsync(long requestId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        using var own = visible.ReadingOwnRequests(alsoForSpecialists: true);
        if (!await visible.Query().AnyAsync(r => r.Id == requestId, cancel)) return ApiErrors.NotFound();
        var entries = db.RequestAuditEntries.AsNoTracking().Where(a => a.RequestId == requestId);
        return await Listing.PageAsync(request, entries, AuditSpec, list => audit.RenderAsync(list, cancel));
    }

    /// <summary>The whole audit trail of a request the caller sees, oldest first, as the API renders it; null when it is not seen.</summary>
    public async Task<IReadOnlyList<AuditEntryResponse>?> TrailAsync(long requestId, CancellationToken cancel)
    {
        using var own = visible.ReadingOwnRequests(alsoForSpecialists: true);
        if (!await visible.Query().AnyAsync(r => r.Id == requestId, cancel)) return null;
        var entries = await db.RequestAuditEntries.AsNoTracking().Where(a => a.RequestId == requestId).OrderBy(a => a.Id).ToListAsync(cancel);
        return await audit.RenderAsync(entries, cancel);
    }

    public async Task<ApiResult> AffectedSlasAsync(long requestId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        using var own = visible.ReadingOwnRequests(alsoForSpecialists: true);
        var found = visible.Query().Where(r => r.Id == requestId);
        if (!await found.AnyAsync(cancel)) return ApiErrors.NotFound();
        return await Listing.PageAsync(request, found.Where(r => r.SlaId != null), AffectedSlaSpec, async Task<IReadOnlyList<AffectedSlaResponse>> (measured) =>
        {
            var body = new List<AffectedSlaResponse>();
            foreach (var r in measured) body.Add(await AffectedSlaAsync(r, cancel));
            return body;
        });
    }

    /// <summary>
    /// The SLA a request is measured against: one per request here, so the collection is the request itself, known by
    /// its id and changed when it changes (4me gives an affected SLA its own record).
    /// </summary>
    private static readonly ListSpec<Request> AffectedSlaSpec = ListSpec.Of<Request>()
        .OrderBy(r => r.Id)
        .Fields<AffectedSlaResponse>(
        [
            "sla", "response_target_at", "resolution_target_at", "responded_at", "resolved_at", "next_target_at",
            "response_target_breached", "resolution_target_breached", "accountability",
        ]);

    private async Task<AffectedSlaResponse> AffectedSlaAsync(Request found, CancellationToken cancel)
    {
        var sla = await clock.ClockAsync(found, null, cancel);
        string? name;
        using (db.Scope.BrowseCatalog())
            name = await db.Slas.AsNoTracking().Where(s => s.Id == found.SlaId).Select(s => s.Name).FirstOrDefaultAsync(cancel);
        var now = time.GetUtcNow().UtcDateTime;
        await references.LoadAccountsAsync([found.ServiceInstanceAccountId ?? found.AccountId], cancel);
        return new AffectedSlaResponse
        {
            Id = found.Id,
            Sla = references.Ref(found.SlaId, name, found.ServiceInstanceAccountId ?? found.AccountId),
            ResponseTargetAt = sla?.ResponseTargetAt,
            ResolutionTargetAt = sla?.ResolutionTargetAt,
            RespondedAt = sla?.RespondedAt,
            ResolvedAt = sla?.EndedAt,
            NextTargetAt = sla?.NextTargetAt.ToString(),
            ResponseTargetBreached = sla?.IsResponseBreached(now),
            ResolutionTargetBreached = sla?.IsResolutionBreached(now),
            CreatedAt = found.CreatedAt,
            UpdatedAt = found.UpdatedAt,
        };
    }

}
