using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Access;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Requests;
using Trustdesk.Web.Features.Workflows;

namespace Trustdesk.Web.Features.Events;

/// <summary>
/// Decides, at the moment of delivery, which of a batch of events a stream's subscriber may receive. Nothing is
/// remembered from when the stream was opened: in a fresh scope (new DbContext, new <see cref="Caller"/>) the caller
/// is resolved again (<see cref="IStreamCaller"/>: from the stream's own headers, exactly as for an API call, or from a
/// console's cookie session as for a page) — so a revoked or expired token, a disabled person or account, or lost
/// standing ends the stream — and then the read paths' own queries answer, through
/// the account filter and row-level security as they stand now: <see cref="VisibleRequests"/> as for
/// <c>GET /v1/requests/:id</c>, <see cref="VisibleTasks"/> as for <c>GET /v1/tasks/:id</c> and <c>GET /v1/workflows/:id</c>.
/// </summary>
public sealed class DeliveryCheck(IServiceScopeFactory scopes) : IDisposable
{
    // Streams must not starve the API of database connections when many of them check at once.
    private readonly SemaphoreSlim _concurrent = new(16);

    // Checks under way that another stream of the same listener, holding the same events, may join (ADR 39).
    private readonly Dictionary<string, Task<IReadOnlyList<ChangeEvent>?>> _underWay = new(StringComparer.Ordinal);

    /// <summary>
    /// The events of <paramref name="batch"/> the caller may see now, in order; null when the caller may no longer call.
    /// A stream whose listener is already being checked for the same events joins that check instead of making its own:
    /// the same credentials resolved at the same moment give the same answer. Only a check under way is joined; once it
    /// has answered, the next asks afresh.
    /// </summary>
    public Task<IReadOnlyList<ChangeEvent>?> DeliverableAsync(IStreamCaller listener, IReadOnlyList<ChangeEvent> batch, CancellationToken cancel)
    {
        if (listener.SharedCheckKey is not { } who) return CheckAsync(listener, batch, cancel);
        var key = who + "\n" + string.Join(";", batch.Select(e => $"{e.Kind},{e.AccountId},{e.At.Ticks},{e.RequestId},{e.TaskId},{e.WorkflowId},{e.NoteId}"));
        Task<IReadOnlyList<ChangeEvent>?> check;
        lock (_underWay)
        {
            if (!_underWay.TryGetValue(key, out check!))
            {
                // Not cancelled when the stream that started it goes: the others that joined still wait for it.
                check = CheckAsync(listener, batch, CancellationToken.None);
                _underWay[key] = check;
                check.ContinueWith(_ =>
                {
                    lock (_underWay) _underWay.Remove(key);
                }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }
        return check.WaitAsync(cancel);
    }

    private async Task<IReadOnlyList<ChangeEvent>?> CheckAsync(IStreamCaller listener, IReadOnlyList<ChangeEvent> batch, CancellationToken cancel)
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
            if (!await listener.ResolveAsync(services, cancel)) return null;
            if (batch.Count == 0) return [];
            if (db.Switches.Plants(PlantedBugs.EventsToEveryAccount)) return batch; // TEST ONLY bug

            var seen = new Seen();
            await RequestsAsync(services, db, caller, batch, seen, cancel);
            await TasksAndWorkflowsAsync(services.GetRequiredService<VisibleTasks>(), db, batch, seen, cancel);
            await CisAsync(db, caller, batch, seen, cancel);
            return batch.Where(seen.Deliverable).ToList();
        }
        finally
        {
            _concurrent.Release();
        }
    }

    /// <summary>The records, and the notes on them, that the caller may read.</summary>
    private sealed class Seen
    {
        public readonly HashSet<(ChangeSubject, long)> Records = [];
        public readonly HashSet<(ChangeSubject, long)> Notes = [];

        public bool Deliverable(ChangeEvent e) =>
            Records.Contains((e.Subject, e.SubjectId)) && (e.NoteId is not { } note || Notes.Contains((e.Subject, note)));
    }

    private static List<long> IdsOf(IReadOnlyList<ChangeEvent> batch, ChangeSubject subject) =>
        batch.Where(e => e.Subject == subject).Select(e => e.SubjectId).Distinct().ToList();

    private static List<long> NotesOf(IReadOnlyList<ChangeEvent> batch, ChangeSubject subject, Seen seen) =>
        batch.Where(e => e.Subject == subject && seen.Records.Contains((subject, e.SubjectId))).Select(e => e.NoteId).OfType<long>().Distinct().ToList();

    /// <summary>
    /// Exactly what <c>GET /v1/requests/:id</c> answers: the caller's own requests are theirs in any account. Public
    /// notes go with the request; an internal note only to specialists of the account it was written in (the account
    /// filter keeps it in that account, the roles narrow it to specialists), as <c>RequestNotes</c> lists them (product.md §5).
    /// </summary>
    private static async Task RequestsAsync(
        IServiceProvider services, TrustdeskDbContext db, Caller caller, IReadOnlyList<ChangeEvent> batch, Seen seen, CancellationToken cancel)
    {
        var ids = IdsOf(batch, ChangeSubject.Request);
        if (ids.Count == 0) return;
        var visible = services.GetRequiredService<VisibleRequests>();
        using var own = visible.ReadingOwnRequests(alsoForSpecialists: true);
        foreach (var id in await visible.Query().Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancel))
            seen.Records.Add((ChangeSubject.Request, id));
        var noteIds = NotesOf(batch, ChangeSubject.Request, seen);
        if (noteIds.Count == 0) return;
        var notes = db.RequestNotes.AsNoTracking();
        if (!Role.SeeAllRequests(caller.Roles)) notes = notes.Where(n => !n.Internal);
        foreach (var id in await notes.Where(n => noteIds.Contains(n.Id)).Select(n => n.Id).ToListAsync(cancel))
            seen.Notes.Add((ChangeSubject.Request, id));
    }

    /// <summary>
    /// Exactly what <c>GET /v1/tasks/:id</c> and <c>GET /v1/workflows/:id</c> answer. A task's notes are listed to whoever
    /// sees the task through their account, as far as the note filter lets them: public ones with the task, internal ones
    /// only in the account they were written in (product.md §6); an approver hears of their approval tasks and their
    /// workflows, not of notes on them (ADR 29).
    /// </summary>
    private static async Task TasksAndWorkflowsAsync(VisibleTasks visible, TrustdeskDbContext db, IReadOnlyList<ChangeEvent> batch, Seen seen, CancellationToken cancel)
    {
        var taskIds = IdsOf(batch, ChangeSubject.Task);
        if (taskIds.Count > 0)
        {
            foreach (var id in await visible.ByAccount().Where(t => taskIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancel))
                seen.Records.Add((ChangeSubject.Task, id));
            var noteIds = NotesOf(batch, ChangeSubject.Task, seen);
            if (noteIds.Count > 0)
                foreach (var id in await db.TaskNotes.AsNoTracking().Where(n => noteIds.Contains(n.Id)).Select(n => n.Id).ToListAsync(cancel))
                    seen.Notes.Add((ChangeSubject.Task, id));
        }
        using var approvals = visible.ReadingMyApprovals();
        if (taskIds.Count > 0)
            foreach (var id in await visible.Query().Where(t => taskIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancel))
                seen.Records.Add((ChangeSubject.Task, id));
        var workflowIds = IdsOf(batch, ChangeSubject.Workflow);
        if (workflowIds.Count > 0)
            foreach (var id in await visible.Workflows().Where(w => workflowIds.Contains(w.Id)).Select(w => w.Id).ToListAsync(cancel))
                seen.Records.Add((ChangeSubject.Workflow, id));
    }

    /// <summary>
    /// Exactly what <c>GET /v1/cis/:id</c> answers: people with a role in an account that sees the CI (its own, or the
    /// provider whose team supports it under a cis trust); its notes go with it (ADR 51).
    /// </summary>
    private static async Task CisAsync(TrustdeskDbContext db, Caller caller, IReadOnlyList<ChangeEvent> batch, Seen seen, CancellationToken cancel)
    {
        var ids = IdsOf(batch, ChangeSubject.Ci);
        if (ids.Count == 0 || !caller.HasAnyRole) return;
        foreach (var id in await db.Cis.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancel))
            seen.Records.Add((ChangeSubject.Ci, id));
        var noteIds = NotesOf(batch, ChangeSubject.Ci, seen);
        if (noteIds.Count > 0)
            foreach (var id in await db.CiNotes.AsNoTracking().Where(n => noteIds.Contains(n.Id)).Select(n => n.Id).ToListAsync(cancel))
                seen.Notes.Add((ChangeSubject.Ci, id));
    }

    public void Dispose() => _concurrent.Dispose();
}
