using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.Requests;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Requests;

namespace Trustdesk.Web.Features.Events;

/// <summary>
/// Decides, at the moment of delivery, which of a batch of events a stream's subscriber may receive. Nothing is
/// remembered from when the stream was opened: in a fresh scope (new DbContext, new <see cref="Caller"/>) the caller
/// is resolved again from the stream's own headers, exactly as for an API call — so a revoked or expired token, a
/// disabled person or account, or lost standing ends the stream — and then <see cref="VisibleRequests"/> answers,
/// the same query as <c>GET /v1/requests</c>, through the account filter and row-level security as they stand now.
/// </summary>
public sealed class DeliveryCheck(IServiceScopeFactory scopes) : IDisposable
{
    // Streams must not starve the API of database connections when many of them check at once.
    private readonly SemaphoreSlim _concurrent = new(16);

    /// <summary>The events of <paramref name="batch"/> the caller may see now, in order; null when the caller may no longer call.</summary>
    public async Task<IReadOnlyList<RequestEvent>?> DeliverableAsync(HttpRequest stream, IReadOnlyList<RequestEvent> batch, CancellationToken cancel)
    {
        await _concurrent.WaitAsync(cancel);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<TrustdeskDbContext>();
            // The row-level security settings are transaction-local; the transaction is read-only and short.
            await using var transaction = db.Database.IsNpgsql() ? await db.Database.BeginTransactionAsync(cancel) : null;
            var caller = services.GetRequiredService<Caller>();
            if (await services.GetRequiredService<CallerResolution>().ResolveAsync(stream) is not null || caller.IsOperator) return null;
            if (batch.Count == 0) return [];

            var requestIds = batch.Select(e => e.RequestId).Distinct().ToList();
            // Exactly what GET /v1/requests/:id answers: the caller's own requests are theirs in any account.
            var visible = services.GetRequiredService<VisibleRequests>();
            using var own = visible.ReadingOwnRequests(alsoForSpecialists: true);
            var requests = (await visible.Query().Where(r => requestIds.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancel)).ToHashSet();
            var noteIds = batch.Where(e => requests.Contains(e.RequestId)).Select(e => e.NoteId).OfType<long>().Distinct().ToList();
            var notes = noteIds.Count == 0 ? [] : (await VisibleNotes(db, caller).Where(n => noteIds.Contains(n.Id)).Select(n => n.Id).ToListAsync(cancel))
                .ToHashSet();
            return batch.Where(e => requests.Contains(e.RequestId) && (e.NoteId is not { } note || notes.Contains(note))).ToList();
        }
        finally
        {
            _concurrent.Release();
        }
    }

    /// <summary>
    /// product.md §5: public notes with the request; an internal note only to specialists of the account it was written
    /// in (the account filter keeps it in that account, the roles narrow it to specialists), as <c>RequestNotes</c> lists them.
    /// </summary>
    private static IQueryable<RequestNote> VisibleNotes(TrustdeskDbContext db, Caller caller)
    {
        var notes = db.RequestNotes.AsNoTracking();
        return Role.SeeAllRequests(caller.Roles) ? notes : notes.Where(n => !n.Internal);
    }

    public void Dispose() => _concurrent.Dispose();
}
