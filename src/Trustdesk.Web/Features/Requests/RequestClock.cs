using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.Requests;

namespace Trustdesk.Web.Features.Requests;

/// <summary>
/// Keeps a request's targets true (product.md §5): response and resolution targets from its SLA's offering,
/// counted in the offering's support hours and time zone, with the clock stopped while waiting for the customer,
/// and <c>next_target_at</c> as 4me shows it. The arithmetic is <see cref="SlaClock"/>; this reads its inputs — the
/// offering and the status history from the audit trail — and stores what it answers on the request.
/// </summary>
public sealed class RequestClock(TrustdeskDbContext db)
{
    /// <summary>
    /// Recomputes the targets of <paramref name="request"/>, whose status history is the saved audit trail plus,
    /// when the status changes in this unit of work, <paramref name="pendingChange"/>.
    /// </summary>
    public async Task UpdateAsync(Request request, StatusChange? pendingChange, CancellationToken cancel) =>
        Keep(request, await ClockAsync(request, pendingChange, cancel));

    /// <summary>
    /// Sets the targets of a request being registered (it has no history yet) under its SLA, whose offering was read
    /// with the SLA (null when it has none, or none is readable: best effort).
    /// </summary>
    public void Start(Request request, ServiceOffering? offering) => Keep(request, request.SlaId is null ? null : ClockOf(request, offering, []));

    private static void Keep(Request request, SlaClock? clock)
    {
        request.ResponseTargetAt = clock?.ResponseTargetAt;
        request.ResolutionTargetAt = clock?.ResolutionTargetAt;
        var next = clock?.NextTargetAt ?? (RequestTransitions.IsOpen(request.Status) ? NextTarget.BestEffort : NextTarget.NoTarget);
        request.NextTargetAt = next.At;
        request.NextTargetSpecial = next.Special;
    }

    /// <summary>The request's clock under its SLA, or null when it has none (best effort).</summary>
    public async Task<SlaClock?> ClockAsync(Request request, StatusChange? pendingChange, CancellationToken cancel)
    {
        if (request.SlaId is not long slaId) return null;
        ServiceOffering? offering;
        // The SLA and its offering belong to the provider; the caller, who sees the request, reads only these two.
        using (db.Scope.BrowseCatalog())
            offering = await db.Slas.AsNoTracking().Where(s => s.Id == slaId)
                .Join(db.ServiceOfferings.AsNoTracking(), s => s.ServiceOfferingId, o => o.Id, (_, o) => o)
                .FirstOrDefaultAsync(cancel);
        if (offering is null) return null;

        var history = request.Id == 0 ? [] : await StatusHistoryAsync(request.Id, cancel);
        if (pendingChange is { } change) history.Add(change);
        return ClockOf(request, offering, history);
    }

    private static SlaClock? ClockOf(Request request, ServiceOffering? offering, List<StatusChange> history) =>
        offering is null ? null : new SlaClock(SupportTime.Of(offering), RequestTargets.For(offering, request.Category, request.Impact),
            request.CreatedAt, history, request.RespondedAt);

    /// <summary>Every status the request moved to, oldest first, read from the <c>status</c> changes of its audit trail.</summary>
    private async Task<List<StatusChange>> StatusHistoryAsync(long requestId, CancellationToken cancel)
    {
        var entries = await db.RequestAuditEntries.AsNoTracking().Where(a => a.RequestId == requestId)
            .OrderBy(a => a.Id).Select(a => new { a.CreatedAt, a.Changes }).ToListAsync(cancel);
        var history = new List<StatusChange>();
        foreach (var entry in entries)
            if (JsonNode.Parse(entry.Changes)?["status"] is JsonArray { Count: 2 } change
                && SnakeCaseEnum<RequestStatus>.TryParse(change[1]?.GetValue<string>(), out var status))
                history.Add(new StatusChange(entry.CreatedAt, status));
        return history;
    }
}
