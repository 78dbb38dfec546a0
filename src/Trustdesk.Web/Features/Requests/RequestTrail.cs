using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Requests;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.Requests;

/// <summary>
/// What a request carries besides its fields, read by whoever sees the request: <c>/v1/requests/:id/audit</c> (its
/// audit trail, oldest first) and <c>/v1/requests/:id/affected_slas</c> (the SLA it is measured against, with its
/// targets and whether they were met).
/// </summary>
public sealed class RequestTrail(
    TrustdeskDbContext db, VisibleRequests visible, RequestClock clock, NamesInAccounts names, References references, TimeProvider time)
{
    private static readonly ListSpec<RequestAuditEntry> AuditSpec = ListSpec.Of<RequestAuditEntry>()
        .FilterAndSort("id", a => a.Id)
        .Filter("action", a => a.Action)
        .OrderBy(a => a.Id, descending: false)
        .Fields<RequestAuditResponse>(["action", "created_by", "account", "changes", "created_at"]);

    public async Task<ApiResult> AuditAsync(long requestId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        using var own = visible.ReadingOwnRequests(alsoForSpecialists: true);
        if (!await visible.Query().AnyAsync(r => r.Id == requestId, cancel)) return ApiErrors.NotFound();
        var entries = db.RequestAuditEntries.AsNoTracking().Where(a => a.RequestId == requestId);
        return await Listing.PageAsync(request, entries, AuditSpec, list => RenderAuditAsync(list, cancel));
    }

    /// <summary>The whole audit trail of a request the caller sees, oldest first, as the API renders it; null when it is not seen.</summary>
    public async Task<IReadOnlyList<RequestAuditResponse>?> TrailAsync(long requestId, CancellationToken cancel)
    {
        using var own = visible.ReadingOwnRequests(alsoForSpecialists: true);
        if (!await visible.Query().AnyAsync(r => r.Id == requestId, cancel)) return null;
        var entries = await db.RequestAuditEntries.AsNoTracking().Where(a => a.RequestId == requestId).OrderBy(a => a.Id).ToListAsync(cancel);
        return await RenderAuditAsync(entries, cancel);
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

    private async Task<IReadOnlyList<RequestAuditResponse>> RenderAuditAsync(IReadOnlyList<RequestAuditEntry> entries, CancellationToken cancel)
    {
        var editors = await names.PeopleAsync(entries.Select(a => (a.PersonId, a.AccountId)), cancel);
        await references.LoadAccountsAsync(entries.Select(a => a.AccountId).Concat(editors.Values.Select(e => e.OwnerAccountId)), cancel);
        return entries.Select(a =>
        {
            var editor = editors.TryGetValue((a.PersonId, a.AccountId), out var known) ? known : ((string Name, string OwnerAccountId)?)null;
            return new RequestAuditResponse
            {
                Id = a.Id,
                Action = a.Action,
                CreatedBy = references.Ref(a.PersonId, editor?.Name, editor?.OwnerAccountId ?? a.AccountId),
                Account = references.AccountRef(a.AccountId),
                Changes = Changes(a.Changes),
                CreatedAt = a.CreatedAt,
                UpdatedAt = a.UpdatedAt,
            };
        }).ToList();
    }

    /// <summary>The stored changes (<see cref="RequestAudit"/>: an object of <c>[old, new]</c> pairs), in their stored order.</summary>
    private static OrderedDictionary<string, JsonNode?[]> Changes(string stored)
    {
        var changes = new OrderedDictionary<string, JsonNode?[]>(StringComparer.Ordinal);
        foreach (var (field, pair) in JsonNode.Parse(stored)!.AsObject())
            changes[field] = [.. pair!.AsArray()];
        return changes;
    }
}
