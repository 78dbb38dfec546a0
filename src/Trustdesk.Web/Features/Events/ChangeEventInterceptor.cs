using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Trustdesk.Data;

namespace Trustdesk.Web.Features.Events;

/// <summary>
/// Emits an event for every saved change of a request, a task or a workflow, never for one that is rolled back. On
/// PostgreSQL the events are NOTIFYs in the saving transaction itself: PostgreSQL delivers them to every listening
/// server at commit and drops them on rollback, so "a 2xx means durable" holds for events too. Inside a transaction
/// they are handed to the context's <see cref="PendingNotifications"/>, which go in front of the transaction's next
/// query or just before its commit (no round trip of their own); a save that is a transaction of its own sends them
/// at once. On SQLite (one process)
/// they are held until the transaction commits and then go straight to this process's hub; a save without an explicit
/// transaction has committed by the time it returns. Within one transaction a record is announced once per kind (and
/// note), and not as updated once it was announced as created: its events all arrive at commit, and are checked then.
/// </summary>
public sealed class ChangeEventInterceptor(EventHub hub) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    // Per context: the saving context's changes, what its open transaction announced, and on SQLite the events
    // waiting for that transaction's commit.
    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    private sealed class Pending
    {
        public ChangedRecords? Saving;
        public readonly Announced Announced = new();
        public readonly List<ChangeEvent> AwaitingCommit = [];
    }

    /// <summary>The events one transaction has emitted so far.</summary>
    private sealed class Announced
    {
        private readonly HashSet<(string Kind, long SubjectId, long? NoteId)> _sent = [];

        public bool FirstTime(ChangeEvent e)
        {
            if (e.IsUpdate && _sent.Contains((CreationOf(e.Subject), e.SubjectId, null))) return false;
            return _sent.Add((e.Kind, e.SubjectId, e.NoteId));
        }

        public void Clear() => _sent.Clear();

        private static string CreationOf(ChangeSubject subject) => subject switch
        {
            ChangeSubject.Request => ChangeEvent.RequestCreated,
            ChangeSubject.Task => ChangeEvent.TaskCreated,
            _ => ChangeEvent.WorkflowCreated,
        };
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Saved(eventData.Context) is not var (db, changes)) return result;
        var requests = changes.UnknownRequests();
        var accounts = requests.Count == 0 ? new Dictionary<long, string>()
            : AccountsOf(db, requests).ToDictionary(a => a.Key, a => a.Value);
        var tasks = changes.UnknownTasks();
        var parents = tasks.Count == 0 ? new Dictionary<long, TaskParent>()
            : ParentsOf(db, tasks).ToDictionary(t => t.Id, t => new TaskParent(t.WorkflowId, t.AccountId));
        Emit(db, changes.After(accounts, parents), events =>
        {
            db.Database.ExecuteSqlRaw(Notify, new object[] { events });
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Saved(eventData.Context) is not var (db, changes)) return result;
        var requests = changes.UnknownRequests();
        var accounts = requests.Count == 0 ? new Dictionary<long, string>()
            : await AccountsOf(db, requests).ToDictionaryAsync(a => a.Key, a => a.Value, cancellationToken);
        var tasks = changes.UnknownTasks();
        var parents = tasks.Count == 0 ? new Dictionary<long, TaskParent>()
            : await ParentsOf(db, tasks).ToDictionaryAsync(t => t.Id, t => new TaskParent(t.WorkflowId, t.AccountId), cancellationToken);
        await Emit(db, changes.After(accounts, parents),
            events => db.Database.ExecuteSqlRawAsync(Notify, new object[] { events }, cancellationToken));
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    // One round trip for all events of a save that was a transaction of its own.
    private static readonly string Notify = PendingNotifications.NotifySql("{0}");

    private void Collect(DbContext? context)
    {
        if (context is TrustdeskDbContext db) _pending.GetOrCreateValue(db).Saving = ChangedRecords.Before(db.ChangeTracker);
    }

    private (TrustdeskDbContext Db, ChangedRecords Changes)? Saved(DbContext? context)
    {
        if (context is not TrustdeskDbContext db || !_pending.TryGetValue(db, out var pending) || pending.Saving is not { } changes) return null;
        pending.Saving = null;
        return (db, changes);
    }

    private void Forget(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var pending)) pending.Saving = null;
    }

    // The account of a request whose note or audit line was saved without the request itself, read as the saver sees it.
    private static IQueryable<KeyValuePair<long, string>> AccountsOf(TrustdeskDbContext db, IReadOnlyList<long> requestIds) =>
        db.Requests.AsNoTracking().Where(r => requestIds.Contains(r.Id)).Select(r => new KeyValuePair<long, string>(r.Id, r.AccountId));

    // Likewise the workflow and account of a task whose note or approval was saved without the task.
    private static IQueryable<TaskRow> ParentsOf(TrustdeskDbContext db, IReadOnlyList<long> taskIds) =>
        db.WorkflowTasks.AsNoTracking().Where(t => taskIds.Contains(t.Id)).Select(t => new TaskRow(t.Id, t.WorkflowId, t.AccountId));

    private sealed record TaskRow(long Id, long WorkflowId, string AccountId);

    private Task Emit(TrustdeskDbContext db, IReadOnlyList<ChangeEvent> events, Func<string[], Task> notify)
    {
        // Without an explicit transaction the save was a transaction of its own.
        var announced = db.Database.CurrentTransaction is null ? new Announced() : _pending.GetOrCreateValue(db).Announced;
        events = events.Where(announced.FirstTime).ToList();
        if (events.Count == 0) return Task.CompletedTask;
        if (db.Database.IsNpgsql())
        {
            if (db.Database.CurrentTransaction is null) return notify(events.Select(e => e.ToPayload()).ToArray());
            db.Notifications.Add(events.Select(e => e.ToPayload()));
            return Task.CompletedTask;
        }
        if (db.Database.CurrentTransaction is null) hub.Publish(events);
        else _pending.GetOrCreateValue(db).AwaitingCommit.AddRange(events);
        return Task.CompletedTask;
    }

    // A transaction's end forgets what it announced. SQLite: what waits for the commit is published then, and dropped
    // with a rollback. A save that fails collects no events (they are collected once it has succeeded). A transaction
    // disposed without either (a refused API call) fires neither, so a new transaction also drops what an earlier one
    // left.

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Drop(eventData.Context);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Drop(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Commit(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Commit(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Drop(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Drop(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Drop(eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Drop(eventData.Context);
        return Task.CompletedTask;
    }

    private void Commit(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending)) return;
        var events = pending.AwaitingCommit.ToList();
        Drop(context);
        if (events.Count > 0) hub.Publish(events);
    }

    private void Drop(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending)) return;
        pending.AwaitingCommit.Clear();
        pending.Announced.Clear();
    }
}
