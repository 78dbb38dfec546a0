using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Trustdesk.Domain.ConfigurationItems;
using Trustdesk.Domain.Problems;
using Trustdesk.Domain.Records;
using Trustdesk.Domain.Requests;
using Trustdesk.Domain.Workflows;

namespace Trustdesk.Web.Features.Events;

/// <summary>The workflow and account of a task whose note or approval was saved without the task itself.</summary>
internal readonly record struct TaskParent(long WorkflowId, string AccountId);

/// <summary>
/// What one save does to requests, tasks, workflows and CIs, read in two steps: the states before the save (afterwards
/// every entry is unchanged), the ids after it (a new record has none before).
/// </summary>
internal sealed class ChangedRecords
{
    private readonly List<(string Kind, Record Entity)> _changes;
    private readonly List<Request> _requests;
    private readonly List<WorkflowTask> _tasks;

    private ChangedRecords(List<(string, Record)> changes, List<Request> requests, List<WorkflowTask> tasks) =>
        (_changes, _requests, _tasks) = (changes, requests, tasks);

    /// <summary>Null when the save touches none of them.</summary>
    public static ChangedRecords? Before(ChangeTracker tracker)
    {
        var changes = new List<(string, Record)>();
        var requests = new List<Request>();
        var tasks = new List<WorkflowTask>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is Request request) requests.Add(request);
            if (entry.Entity is WorkflowTask task) tasks.Add(task);
            var kind = (entry.Entity, entry.State) switch
            {
                (Request, EntityState.Added) => ChangeEvent.RequestCreated,
                (Request, EntityState.Modified) => ChangeEvent.RequestUpdated,
                (RequestNote, EntityState.Added) => ChangeEvent.RequestNoteAdded,
                // The first audit line is saved right after its request, which was announced as created then.
                (RequestAuditEntry { Action: "create" }, EntityState.Added) => null,
                // A change recorded in the audit trail is a change of the request, even when the row itself is untouched.
                (RequestAuditEntry, EntityState.Added) => ChangeEvent.RequestUpdated,
                // What a request's viewers see of its problem: a link made, moved or removed, or the problem's summary
                // changed (SaveProblem then saves its links with it).
                (ProblemRequest, EntityState.Added or EntityState.Modified or EntityState.Deleted) => ChangeEvent.RequestUpdated,
                (Workflow, EntityState.Added) => ChangeEvent.WorkflowCreated,
                // Among others the status, which follows the tasks (WorkflowProgression).
                (Workflow, EntityState.Modified) => ChangeEvent.WorkflowUpdated,
                (WorkflowTask, EntityState.Added) => ChangeEvent.TaskCreated,
                // Among others an activation (registered → assigned): from then on the team's account sees the task.
                (WorkflowTask, EntityState.Modified) => ChangeEvent.TaskUpdated,
                (TaskNote, EntityState.Added) => ChangeEvent.TaskNoteAdded,
                // An approver's answer changes the task's approvals before it decides the task. Approvers are added with
                // their task, which is announced as created; phases, dependencies and workflow notes stay at home unannounced.
                (TaskApproval, EntityState.Modified) => ChangeEvent.TaskUpdated,
                (Ci, EntityState.Added) => ChangeEvent.CiCreated,
                (Ci, EntityState.Modified) => ChangeEvent.CiUpdated,
                (CiNote, EntityState.Added) => ChangeEvent.CiNoteAdded,
                (CiAuditEntry { Action: "create" }, EntityState.Added) => null,
                (CiAuditEntry, EntityState.Added) => ChangeEvent.CiUpdated,
                // Its users and relations show on its page: a change of them is a change of the CI (a relation is
                // announced on the CI it was made from).
                (CiUser or CiRelation, EntityState.Added or EntityState.Deleted) => ChangeEvent.CiUpdated,
                _ => null,
            };
            if (kind is not null) changes.Add((kind, (Record)entry.Entity));
        }
        return changes.Count == 0 ? null : new ChangedRecords(changes, requests, tasks);
    }

    /// <summary>After the save: the changed requests this context does not hold, whose account must be read.</summary>
    public IReadOnlyList<long> UnknownRequests() =>
        _changes.Select(c => RequestIdOf(c.Entity)).OfType<long>().Where(id => _requests.All(r => r.Id != id)).Distinct().ToList();

    /// <summary>After the save: the changed tasks this context does not hold, whose workflow and account must be read.</summary>
    public IReadOnlyList<long> UnknownTasks() =>
        _changes.Select(c => TaskIdOf(c.Entity)).OfType<long>().Where(id => _tasks.All(t => t.Id != id)).Distinct().ToList();

    /// <summary>
    /// One event per record and kind (and note), in the order of the save's entries: a record created in this save is
    /// not also "updated" by it. A task whose workflow could not be read (the saver does not see it: no API call writes
    /// such a note) is not announced.
    /// </summary>
    public IReadOnlyList<ChangeEvent> After(IReadOnlyDictionary<long, string> requestAccounts, IReadOnlyDictionary<long, TaskParent> taskParents)
    {
        var accounts = _requests.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First().AccountId);
        foreach (var (id, account) in requestAccounts) accounts.TryAdd(id, account);
        var parents = _tasks.GroupBy(t => t.Id).ToDictionary(g => g.Key, g => new TaskParent(g.First().WorkflowId, g.First().AccountId));
        foreach (var (id, parent) in taskParents) parents.TryAdd(id, parent);

        // The CI's own account, when the save held the CI; a note or a user added on its own leaves it unnamed.
        var cis = _changes.Select(c => c.Entity).OfType<Ci>().GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.First().AccountId);
        var events = new List<ChangeEvent>();
        foreach (var (kind, entity) in _changes)
        {
            var at = entity.UpdatedAt;
            switch (entity)
            {
                case Workflow workflow:
                    events.Add(ChangeEvent.OfWorkflow(kind, workflow.Id, workflow.AccountId, at));
                    break;
                case Ci or CiNote or CiAuditEntry or CiUser or CiRelation:
                    var ciId = CiIdOf(entity);
                    events.Add(ChangeEvent.OfCi(kind, ciId, cis.GetValueOrDefault(ciId), at, (entity as CiNote)?.Id));
                    break;
                case WorkflowTask or TaskNote or TaskApproval:
                    var taskId = TaskIdOf(entity)!.Value;
                    if (parents.TryGetValue(taskId, out var parent))
                        events.Add(ChangeEvent.OfTask(kind, taskId, parent.WorkflowId, parent.AccountId, at, (entity as TaskNote)?.Id));
                    break;
                default:
                    var requestId = RequestIdOf(entity)!.Value;
                    events.Add(ChangeEvent.OfRequest(kind, requestId, accounts.GetValueOrDefault(requestId), at, (entity as RequestNote)?.Id));
                    break;
            }
        }
        var created = events.Where(e => e.IsCreation).Select(e => (e.Subject, e.SubjectId)).ToHashSet();
        return events
            .Where(e => !(e.IsUpdate && created.Contains((e.Subject, e.SubjectId))))
            .DistinctBy(e => (e.Kind, e.SubjectId, e.NoteId))
            .ToList();
    }

    private static long? RequestIdOf(Record entity) => entity switch
    {
        Request request => request.Id,
        RequestNote note => note.RequestId,
        RequestAuditEntry audit => audit.RequestId,
        ProblemRequest link => link.RequestId,
        _ => null,
    };

    private static long CiIdOf(Record entity) => entity switch
    {
        Ci ci => ci.Id,
        CiNote note => note.CiId,
        CiAuditEntry audit => audit.CiId,
        CiUser user => user.CiId,
        CiRelation relation => relation.CiId,
        _ => throw new ArgumentOutOfRangeException(nameof(entity)),
    };

    private static long? TaskIdOf(Record entity) => entity switch
    {
        WorkflowTask task => task.Id,
        TaskNote note => note.TaskId,
        TaskApproval approval => approval.TaskId,
        _ => null,
    };
}
