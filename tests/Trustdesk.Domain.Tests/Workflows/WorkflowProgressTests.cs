using Trustdesk.Domain.Workflows;

namespace Trustdesk.Domain.Tests.Workflows;

public class WorkflowProgressTests
{
    private const WorkflowTaskStatus Completed = WorkflowTaskStatus.Completed;

    [Fact]
    public void A_workflow_without_tasks_is_registered_and_activates_nothing()
    {
        var empty = new WorkflowRun();
        Assert.Equal(WorkflowStatus.Registered, empty.Status);
        Assert.Empty(empty.Activate());
        Assert.Equal(PhaseStatus.Registered, empty.Phase(1));
    }

    [Fact]
    public void A_linear_chain_activates_one_task_at_a_time()
    {
        var run = new WorkflowRun().Task(1).Task(2).Task(3).Dependency(1, 2).Dependency(2, 3);
        Assert.Equal(WorkflowStatus.Registered, run.Status);

        Assert.Equal([1], run.Activate());
        Assert.Empty(run.Activate());
        Assert.Equal(WorkflowStatus.Implementation, run.Status);

        run.Work(1, WorkflowTaskStatus.InProgress);
        Assert.Empty(run.Activate());
        run.Work(1, Completed);
        Assert.Equal(WorkflowStatus.InProgress, run.Status); // between tasks: nothing active yet, something done
        Assert.Equal([2], run.Activate());

        run.Work(2, Completed);
        Assert.Equal([3], run.Activate());
        run.Work(3, Completed);
        Assert.Empty(run.Activate());
        Assert.Equal(WorkflowStatus.Completed, run.Status);
    }

    [Fact]
    public void Tasks_without_predecessors_all_start_at_once()
    {
        var run = new WorkflowRun().Task(1).Task(2).Task(3).Dependency(1, 3);
        Assert.Equal([1, 2], run.Activate());
    }

    [Fact]
    public void A_diamond_joins_only_when_both_branches_are_done()
    {
        // A(1) → B(2), A → C(3), B → D(4), C → D
        var run = new WorkflowRun().Task(1).Task(2).Task(3).Task(4)
            .Dependency(1, 2).Dependency(1, 3).Dependency(2, 4).Dependency(3, 4);
        Assert.Equal([1], run.Activate());
        run.Work(1, Completed);
        Assert.Equal([2, 3], run.Activate());

        run.Work(2, Completed);
        Assert.Empty(run.Activate());
        Assert.Equal(WorkflowTaskStatus.Registered, run.StatusOfTask(4));

        run.Work(3, Completed);
        Assert.Equal([4], run.Activate());
        run.Work(4, Completed);
        Assert.Equal(WorkflowStatus.Completed, run.Status);
    }

    [Fact]
    public void An_approved_approval_lets_its_successors_start()
    {
        var run = new WorkflowRun().Task(1, WorkflowTaskCategory.Approval).Task(2).Dependency(1, 2);
        run.Activate();
        Assert.Equal(WorkflowStatus.Approval, run.Status);
        run.Decide(1, Approvals.Outcome(null, [ApprovalStatus.Approved]));
        Assert.Equal([2], run.Activate());
    }

    [Fact]
    public void A_rejected_approval_halts_the_workflow_and_its_successors_never_start()
    {
        var run = new WorkflowRun()
            .Task(1, WorkflowTaskCategory.Approval, phase: 1).Task(2, phase: 2).Task(3, phase: 2)
            .Dependency(1, 2).Dependency(2, 3);
        run.Activate();
        run.Decide(1, Approvals.Outcome(2, [ApprovalStatus.Approved, ApprovalStatus.Rejected]));

        Assert.Empty(run.Activate());
        Assert.Equal(WorkflowStatus.ProgressHalted, run.Status);
        Assert.True(WorkflowHalt.IsHalted(run.Snapshot));
        Assert.Equal([1], WorkflowHalt.HaltingTasks(run.Snapshot));
        Assert.Equal(new HashSet<long> { 2, 3 }, StrandedTasks.Of(run.Snapshot));
        Assert.Equal(PhaseStatus.InProgress, run.Phase(1)); // stopped by the rejection, not completed
        Assert.Equal(PhaseStatus.Registered, run.Phase(2));
    }

    [Fact]
    public void A_halted_workflow_starts_no_other_branch_either()
    {
        // 1 → 2 and 3 → 4 run side by side; 1 fails without a failure task.
        var run = new WorkflowRun().Task(1).Task(2).Task(3).Task(4).Dependency(1, 2).Dependency(3, 4);
        Assert.Equal([1, 3], run.Activate());
        run.Work(1, WorkflowTaskStatus.Failed);
        run.Work(3, Completed);
        Assert.Empty(run.Activate());
        Assert.Equal(WorkflowStatus.ProgressHalted, run.Status);
        Assert.Equal(WorkflowTaskStatus.Registered, run.StatusOfTask(4));
    }

    [Fact]
    public void A_failed_task_activates_its_failure_task_and_the_workflow_completes_when_that_completes()
    {
        // Deploy(1) → Verify(2); Roll back(9) is Deploy's failure task, in its own phase.
        var run = new WorkflowRun()
            .Task(1, phase: 1, failureTask: 9).Task(2, phase: 1).Task(9, phase: 2, isFailureTask: true)
            .Dependency(1, 2);
        Assert.Equal([1], run.Activate()); // the failure task waits, even without predecessors
        Assert.Equal(PhaseStatus.Registered, run.Phase(2));

        run.Work(1, WorkflowTaskStatus.Failed);
        Assert.False(WorkflowHalt.IsHalted(run.Snapshot));
        Assert.Equal([9], run.Activate());
        Assert.Equal(WorkflowStatus.Implementation, run.Status);
        Assert.Equal(PhaseStatus.Completed, run.Phase(1)); // Verify can never start
        Assert.Equal(PhaseStatus.InProgress, run.Phase(2));

        run.Work(9, Completed);
        Assert.Empty(run.Activate());
        Assert.Equal(WorkflowTaskStatus.Registered, run.StatusOfTask(2));
        Assert.Equal(WorkflowStatus.Completed, run.Status);
        Assert.Equal(PhaseStatus.Completed, run.Phase(2));
    }

    [Fact]
    public void A_failure_task_never_needed_does_not_keep_the_workflow_open()
    {
        var run = new WorkflowRun().Task(1, phase: 1, failureTask: 9).Task(9, phase: 2, isFailureTask: true);
        run.Activate();
        run.Work(1, Completed);
        Assert.Empty(run.Activate());
        Assert.Equal(WorkflowStatus.Completed, run.Status);
        Assert.Equal(PhaseStatus.Completed, run.Phase(1));
        Assert.Equal(PhaseStatus.Registered, run.Phase(2)); // nothing happened there
    }

    [Fact]
    public void A_failure_task_that_fails_too_halts_the_workflow()
    {
        var run = new WorkflowRun().Task(1, failureTask: 9).Task(9, isFailureTask: true);
        run.Activate();
        run.Work(1, WorkflowTaskStatus.Failed).Activate();
        run.Work(9, WorkflowTaskStatus.Failed);
        Assert.Equal(WorkflowStatus.ProgressHalted, run.Status);
        Assert.Equal([9], WorkflowHalt.HaltingTasks(run.Snapshot));
    }

    [Fact]
    public void A_failure_task_that_fails_into_its_own_failure_task_keeps_the_workflow_going()
    {
        var run = new WorkflowRun().Task(1, failureTask: 8).Task(8, failureTask: 9, isFailureTask: true).Task(9, isFailureTask: true);
        run.Activate();
        run.Work(1, WorkflowTaskStatus.Failed);
        Assert.Equal([8], run.Activate());
        run.Work(8, WorkflowTaskStatus.Failed);
        Assert.Equal([9], run.Activate());
        Assert.Equal(WorkflowStatus.Implementation, run.Status);
        run.Work(9, Completed);
        Assert.Equal(WorkflowStatus.Completed, run.Status);
    }

    [Fact]
    public void A_rejected_approval_with_a_failure_task_is_taken_over_by_it()
    {
        var run = new WorkflowRun().Task(1, WorkflowTaskCategory.Approval, failureTask: 9).Task(2).Task(9, isFailureTask: true).Dependency(1, 2);
        run.Activate();
        run.Decide(1, ApprovalOutcome.Rejected);
        Assert.Equal([9], run.Activate());
        Assert.Equal(WorkflowStatus.Implementation, run.Status);
    }

    [Fact]
    public void A_canceled_failure_task_leaves_the_failure_unhandled()
    {
        var run = new WorkflowRun().Task(1, failureTask: 9).Task(9, isFailureTask: true);
        run.Activate();
        run.Work(1, WorkflowTaskStatus.Failed).Activate();
        run.Work(9, WorkflowTaskStatus.Canceled);
        Assert.Equal(WorkflowStatus.ProgressHalted, run.Status);
        Assert.Equal([1], WorkflowHalt.HaltingTasks(run.Snapshot));
    }

    [Fact]
    public void A_failure_task_is_activated_even_while_another_failure_halts_the_workflow()
    {
        var run = new WorkflowRun().Task(1).Task(2, failureTask: 9).Task(9, isFailureTask: true);
        run.Activate();
        run.Work(1, WorkflowTaskStatus.Failed).Work(2, WorkflowTaskStatus.Failed);
        Assert.Equal([9], run.Activate());
        Assert.Equal(WorkflowStatus.ProgressHalted, run.Status);
    }

    [Fact]
    public void Successors_of_a_canceled_task_can_never_start_and_are_not_waited_for()
    {
        var run = new WorkflowRun().Task(1).Task(2).Task(3).Dependency(1, 2).Dependency(2, 3);
        run.Activate();
        run.Work(1, WorkflowTaskStatus.Canceled);
        Assert.Empty(run.Activate());
        Assert.Equal(new HashSet<long> { 2, 3 }, StrandedTasks.Of(run.Snapshot));
        Assert.Equal(WorkflowStatus.Completed, run.Status);
    }

    [Theory]
    [InlineData(WorkflowTaskCategory.RiskAndImpact, WorkflowStatus.RiskAndImpact)]
    [InlineData(WorkflowTaskCategory.Approval, WorkflowStatus.Approval)]
    [InlineData(WorkflowTaskCategory.Implementation, WorkflowStatus.Implementation)]
    [InlineData(WorkflowTaskCategory.Automation, WorkflowStatus.InProgress)]
    [InlineData(WorkflowTaskCategory.FulfillmentPlaceholder, WorkflowStatus.InProgress)]
    public void The_status_names_the_kind_of_work_active(WorkflowTaskCategory category, WorkflowStatus expected)
    {
        var run = new WorkflowRun().Task(1, category).Task(2).Dependency(1, 2);
        run.Activate();
        Assert.Equal(expected, run.Status);
    }

    [Fact]
    public void Risk_and_impact_outranks_approval_which_outranks_implementation()
    {
        var all = new WorkflowRun()
            .Task(1, WorkflowTaskCategory.Implementation).Task(2, WorkflowTaskCategory.Approval).Task(3, WorkflowTaskCategory.RiskAndImpact);
        all.Activate();
        Assert.Equal(WorkflowStatus.RiskAndImpact, all.Status);
        all.Work(3, Completed);
        Assert.Equal(WorkflowStatus.Approval, all.Status);
        all.Decide(2, ApprovalOutcome.Approved);
        Assert.Equal(WorkflowStatus.Implementation, all.Status);
    }

    [Fact]
    public void The_answer_follows_the_order_the_tasks_were_given_in()
    {
        var run = new WorkflowRun().Task(30).Task(10).Task(20);
        Assert.Equal([30, 10, 20], run.Activate());
    }

    [Fact]
    public void A_task_given_twice_is_refused() =>
        Assert.Throws<ArgumentException>(() => new WorkflowSnapshot(
            [new(1, WorkflowTaskCategory.Implementation, WorkflowTaskStatus.Registered), new(1, WorkflowTaskCategory.Implementation, WorkflowTaskStatus.Registered)], []));

    [Fact]
    public void A_dependency_on_a_task_not_given_is_ignored()
    {
        var snapshot = new WorkflowSnapshot([new(1, WorkflowTaskCategory.Implementation, WorkflowTaskStatus.Registered)], [new DependencyEdge(99, 1)]);
        Assert.Equal([1], WorkflowProgress.ToActivate(snapshot));
    }

    [Fact]
    public void A_cycle_does_not_make_the_rules_loop()
    {
        var run = new WorkflowRun().Task(1).Task(2).Dependency(1, 2).Dependency(2, 1);
        Assert.Empty(run.Activate());
        Assert.Equal(WorkflowStatus.Registered, run.Status);
        Assert.Empty(StrandedTasks.Of(run.Snapshot));
    }
}
