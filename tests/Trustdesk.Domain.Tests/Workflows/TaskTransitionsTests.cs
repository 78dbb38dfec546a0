using Trustdesk.Domain.Workflows;

namespace Trustdesk.Domain.Tests.Workflows;

public class TaskTransitionsTests
{
    private const WorkflowTaskCategory Approval = WorkflowTaskCategory.Approval;
    private const WorkflowTaskCategory Implementation = WorkflowTaskCategory.Implementation;

    private static readonly WorkflowTaskStatus[] AllStatuses = Enum.GetValues<WorkflowTaskStatus>();

    private static readonly WorkflowTaskStatus[] FinishedStatuses =
    [
        WorkflowTaskStatus.Completed, WorkflowTaskStatus.Approved, WorkflowTaskStatus.Rejected,
        WorkflowTaskStatus.Failed, WorkflowTaskStatus.Canceled, WorkflowTaskStatus.Declined,
    ];

    private static readonly WorkflowTaskStatus[] ActiveStatuses =
    [
        WorkflowTaskStatus.Assigned, WorkflowTaskStatus.Accepted, WorkflowTaskStatus.InProgress,
        WorkflowTaskStatus.WaitingFor, WorkflowTaskStatus.WaitingForCustomer, WorkflowTaskStatus.RequestPending,
    ];

    public static TheoryData<WorkflowTaskCategory, WorkflowTaskStatus, WorkflowTaskStatus, string?> Table => new()
    {
        // Working an active task.
        { Implementation, WorkflowTaskStatus.Assigned, WorkflowTaskStatus.Accepted, null },
        { Implementation, WorkflowTaskStatus.Accepted, WorkflowTaskStatus.InProgress, null },
        { Implementation, WorkflowTaskStatus.InProgress, WorkflowTaskStatus.WaitingForCustomer, null },
        { Implementation, WorkflowTaskStatus.WaitingFor, WorkflowTaskStatus.InProgress, null },
        { Implementation, WorkflowTaskStatus.InProgress, WorkflowTaskStatus.Completed, null },
        { Implementation, WorkflowTaskStatus.InProgress, WorkflowTaskStatus.Failed, null },
        { Implementation, WorkflowTaskStatus.Assigned, WorkflowTaskStatus.Declined, null },
        { Implementation, WorkflowTaskStatus.Assigned, WorkflowTaskStatus.Canceled, null },
        { WorkflowTaskCategory.RiskAndImpact, WorkflowTaskStatus.Assigned, WorkflowTaskStatus.Completed, null },
        { Approval, WorkflowTaskStatus.Assigned, WorkflowTaskStatus.InProgress, null },
        { Approval, WorkflowTaskStatus.Assigned, WorkflowTaskStatus.Canceled, null },
        // Staying put is no change, even for a finished or registered task.
        { Approval, WorkflowTaskStatus.Approved, WorkflowTaskStatus.Approved, null },
        { Implementation, WorkflowTaskStatus.Registered, WorkflowTaskStatus.Registered, null },
        // Only the workflow activates a task.
        { Implementation, WorkflowTaskStatus.Registered, WorkflowTaskStatus.Assigned, "is not active yet" },
        { Implementation, WorkflowTaskStatus.Registered, WorkflowTaskStatus.Completed, "is not active yet" },
        { Implementation, WorkflowTaskStatus.Assigned, WorkflowTaskStatus.Registered, "registered is set by the workflow, not by hand" },
        // Approval tasks end by their approvers' answers.
        { Approval, WorkflowTaskStatus.Assigned, WorkflowTaskStatus.Approved, "is approved or rejected by its approvers' answers, not by hand" },
        { Approval, WorkflowTaskStatus.InProgress, WorkflowTaskStatus.Rejected, "is approved or rejected by its approvers' answers, not by hand" },
        { Approval, WorkflowTaskStatus.Assigned, WorkflowTaskStatus.Completed, "an approval task is approved or rejected, not completed" },
        // Other tasks are never approved or rejected.
        { Implementation, WorkflowTaskStatus.Assigned, WorkflowTaskStatus.Approved, "only an approval task is approved or rejected" },
        { WorkflowTaskCategory.Automation, WorkflowTaskStatus.InProgress, WorkflowTaskStatus.Rejected, "only an approval task is approved or rejected" },
        // Finished stays finished.
        { Implementation, WorkflowTaskStatus.Completed, WorkflowTaskStatus.InProgress, "is finished" },
        { Implementation, WorkflowTaskStatus.Failed, WorkflowTaskStatus.Completed, "is finished" },
        { Approval, WorkflowTaskStatus.Rejected, WorkflowTaskStatus.Assigned, "is finished" },
        { Implementation, WorkflowTaskStatus.Canceled, WorkflowTaskStatus.Registered, "is finished" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void A_person_may_make_these_changes_and_not_those(WorkflowTaskCategory category, WorkflowTaskStatus from, WorkflowTaskStatus to, string? refusal) =>
        Assert.Equal(refusal, TaskTransitions.Refusal(category, from, to));

    [Fact]
    public void No_finished_task_of_any_category_changes_to_any_other_status()
    {
        foreach (var category in Enum.GetValues<WorkflowTaskCategory>())
            foreach (var from in FinishedStatuses)
                foreach (var to in AllStatuses.Where(to => to != from))
                    Assert.Equal("is finished", TaskTransitions.Refusal(category, from, to));
    }

    [Fact]
    public void No_registered_task_is_worked_and_no_active_task_goes_back_to_registered()
    {
        foreach (var category in Enum.GetValues<WorkflowTaskCategory>())
        {
            foreach (var to in AllStatuses.Where(to => to != WorkflowTaskStatus.Registered))
                Assert.Equal("is not active yet", TaskTransitions.Refusal(category, WorkflowTaskStatus.Registered, to));
            foreach (var from in ActiveStatuses)
                Assert.NotNull(TaskTransitions.Refusal(category, from, WorkflowTaskStatus.Registered));
        }
    }

    [Fact]
    public void Active_tasks_move_freely_between_the_working_statuses()
    {
        foreach (var category in Enum.GetValues<WorkflowTaskCategory>())
            foreach (var from in ActiveStatuses)
                foreach (var to in ActiveStatuses)
                    Assert.Null(TaskTransitions.Refusal(category, from, to));
    }

    [Fact]
    public void Active_and_finished_statuses_are_the_ones_named_and_registered_is_neither()
    {
        Assert.All(ActiveStatuses, status => Assert.True(TaskStatuses.IsActive(status)));
        Assert.All(FinishedStatuses, status => Assert.True(TaskStatuses.IsFinished(status)));
        Assert.All(AllStatuses.Except(ActiveStatuses), status => Assert.False(TaskStatuses.IsActive(status)));
        Assert.All(AllStatuses.Except(FinishedStatuses), status => Assert.False(TaskStatuses.IsFinished(status)));
        Assert.False(TaskStatuses.IsActive(WorkflowTaskStatus.Registered) || TaskStatuses.IsFinished(WorkflowTaskStatus.Registered));
        Assert.Equal(AllStatuses.Length, ActiveStatuses.Length + FinishedStatuses.Length + 1);
    }
}
