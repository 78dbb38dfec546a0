using Trustdesk.Domain.Workflows;

namespace Trustdesk.Domain.Tests.Workflows;

/// <summary>
/// A workflow played out in memory the way the application will: people change task statuses (checked by
/// <see cref="TaskTransitions"/>), approvers decide approval tasks, and after each change the workflow activates
/// what <see cref="WorkflowProgress.ToActivate"/> names.
/// </summary>
internal sealed class WorkflowRun
{
    private readonly List<WorkflowTaskState> tasks = [];
    private readonly List<DependencyEdge> dependencies = [];

    public WorkflowRun Task(long id, WorkflowTaskCategory category = WorkflowTaskCategory.Implementation, int? phase = null,
        long? failureTask = null, bool isFailureTask = false)
    {
        tasks.Add(new WorkflowTaskState(id, category, WorkflowTaskStatus.Registered, phase, isFailureTask, failureTask));
        return this;
    }

    public WorkflowRun Dependency(long predecessorId, long successorId)
    {
        dependencies.Add(new DependencyEdge(predecessorId, successorId));
        return this;
    }

    public WorkflowSnapshot Snapshot => new(tasks, dependencies);

    public WorkflowStatus Status => WorkflowProgress.StatusOf(Snapshot);

    public PhaseStatus Phase(int position) => WorkflowProgress.PhaseStatusOf(Snapshot, position);

    public WorkflowTaskStatus StatusOfTask(long id) => tasks.Single(task => task.Id == id).Status;

    public IReadOnlyList<long> Active => [.. tasks.Where(task => TaskStatuses.IsActive(task.Status)).Select(task => task.Id)];

    /// <summary>Activates what the rule names, and answers which tasks those were.</summary>
    public IReadOnlyList<long> Activate()
    {
        var activated = WorkflowProgress.ToActivate(Snapshot);
        foreach (var id in activated) Put(id, WorkflowTaskStatus.Assigned);
        return activated;
    }

    /// <summary>A person moves a task on; the transition rule must allow it.</summary>
    public WorkflowRun Work(long id, WorkflowTaskStatus to)
    {
        var task = tasks.Single(task => task.Id == id);
        Assert.Null(TaskTransitions.Refusal(task.Category, task.Status, to));
        Put(id, to);
        return this;
    }

    /// <summary>The approvers' answers decided an approval task.</summary>
    public WorkflowRun Decide(long id, ApprovalOutcome outcome)
    {
        Assert.Equal(WorkflowTaskCategory.Approval, tasks.Single(task => task.Id == id).Category);
        Assert.True(TaskStatuses.IsActive(StatusOfTask(id)));
        Put(id, outcome switch
        {
            ApprovalOutcome.Approved => WorkflowTaskStatus.Approved,
            ApprovalOutcome.Rejected => WorkflowTaskStatus.Rejected,
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), "a pending approval decides nothing"),
        });
        return this;
    }

    private void Put(long id, WorkflowTaskStatus status)
    {
        var index = tasks.FindIndex(task => task.Id == id);
        tasks[index] = tasks[index] with { Status = status };
    }
}
