using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Trustdesk.Domain.Records;
using Trustdesk.Domain.Requests;

namespace Trustdesk.Web.Features.Events;

/// <summary>
/// What one save does to requests, read in two steps: the states before the save (afterwards every entry is
/// unchanged), the ids after it (a new request has none before).
/// </summary>
internal sealed class ChangedRequests
{
    private readonly List<(string Kind, Record Entity)> _changes;
    private readonly List<Request> _tracked;

    private ChangedRequests(List<(string, Record)> changes, List<Request> tracked) => (_changes, _tracked) = (changes, tracked);

    /// <summary>Null when the save touches no request, which is most saves.</summary>
    public static ChangedRequests? Before(ChangeTracker tracker)
    {
        var changes = new List<(string, Record)>();
        var tracked = new List<Request>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is Request request) tracked.Add(request);
            var kind = (entry.Entity, entry.State) switch
            {
                (Request, EntityState.Added) => RequestEvent.Created,
                (Request, EntityState.Modified) => RequestEvent.Updated,
                (RequestNote, EntityState.Added) => RequestEvent.NoteAdded,
                // The first audit line is saved right after its request, which was announced as created then.
                (RequestAuditEntry { Action: "create" }, EntityState.Added) => null,
                // A change recorded in the audit trail is a change of the request, even when the row itself is untouched.
                (RequestAuditEntry, EntityState.Added) => RequestEvent.Updated,
                _ => null,
            };
            if (kind is not null) changes.Add((kind, (Record)entry.Entity));
        }
        return changes.Count == 0 ? null : new ChangedRequests(changes, tracked);
    }

    /// <summary>After the save: the changed requests this context does not hold, whose account must be read.</summary>
    public IReadOnlyList<long> UnknownAccounts() =>
        _changes.Select(c => RequestIdOf(c.Entity)).Where(id => _tracked.All(r => r.Id != id)).Distinct().ToList();

    /// <summary>
    /// One event per request and kind (and note): a request created in this save is not also "updated" by its first
    /// audit line.
    /// </summary>
    public IReadOnlyList<RequestEvent> After(IReadOnlyDictionary<long, string> readAccounts)
    {
        var accounts = _tracked.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First().AccountId);
        foreach (var (id, account) in readAccounts) accounts.TryAdd(id, account);
        var created = _changes.Where(c => c.Kind == RequestEvent.Created).Select(c => c.Entity.Id).ToHashSet();
        return _changes
            .Select(c => (c.Kind, RequestId: RequestIdOf(c.Entity), At: c.Entity.UpdatedAt, NoteId: (c.Entity as RequestNote)?.Id))
            .Where(c => !(c.Kind == RequestEvent.Updated && created.Contains(c.RequestId)))
            .DistinctBy(c => (c.Kind, c.RequestId, c.NoteId))
            .Select(c => new RequestEvent(c.Kind, c.RequestId, accounts.GetValueOrDefault(c.RequestId), c.At, c.NoteId))
            .ToList();
    }

    private static long RequestIdOf(Record entity) => entity switch
    {
        RequestNote note => note.RequestId,
        RequestAuditEntry audit => audit.RequestId,
        _ => entity.Id,
    };
}
