namespace Trustdesk.Domain.Workflows;

/// <summary>What the progress rules need to know of a task; the application fills it from what it loaded.</summary>
/// <param name="PhasePosition">The position of the task's phase, or null for a task outside phases.</param>
/// <param name="IsFailureTask">Activated when a task whose <paramref name="FailureTaskId"/> names it fails, never by predecessors.</param>
public sealed record WorkflowTaskState(
    long Id,
    WorkflowTaskCategory Category,
    WorkflowTaskStatus Status,
    int? PhasePosition = null,
    bool IsFailureTask = false,
    long? FailureTaskId = null);

/// <summary>
/// A workflow's tasks and dependencies at one moment, indexed once for the progress rules. A dependency naming a
/// task that is not here is ignored: the rules judge the tasks they were given.
/// </summary>
public sealed class WorkflowSnapshot
{
    private readonly Dictionary<long, WorkflowTaskState> byId = [];
    private readonly Dictionary<long, List<WorkflowTaskState>> predecessors = [];
    private readonly Dictionary<long, List<WorkflowTaskState>> owners = [];

    public WorkflowSnapshot(IEnumerable<WorkflowTaskState> tasks, IEnumerable<DependencyEdge> dependencies)
    {
        Tasks = [.. tasks];
        foreach (var task in Tasks)
            if (!byId.TryAdd(task.Id, task)) throw new ArgumentException($"task {task.Id} is given twice", nameof(tasks));
        foreach (var edge in dependencies)
            if (byId.TryGetValue(edge.PredecessorId, out var predecessor) && byId.ContainsKey(edge.SuccessorId))
                Add(predecessors, edge.SuccessorId, predecessor);
        foreach (var task in Tasks)
            if (task.FailureTaskId is long failureTaskId && byId.ContainsKey(failureTaskId))
                Add(owners, failureTaskId, task);
    }

    /// <summary>The tasks in the order given; the rules answer in this order.</summary>
    public IReadOnlyList<WorkflowTaskState> Tasks { get; }

    public WorkflowTaskState? Find(long id) => byId.GetValueOrDefault(id);

    public IReadOnlyList<WorkflowTaskState> PredecessorsOf(long id) => predecessors.GetValueOrDefault(id) ?? [];

    /// <summary>The tasks whose failure task is <paramref name="failureTaskId"/>.</summary>
    public IReadOnlyList<WorkflowTaskState> OwnersOf(long failureTaskId) => owners.GetValueOrDefault(failureTaskId) ?? [];

    private static void Add(Dictionary<long, List<WorkflowTaskState>> index, long key, WorkflowTaskState task)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(task);
    }
}
