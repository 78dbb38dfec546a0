using Trustdesk.Domain.Workflows;

namespace Trustdesk.Domain.Tests.Workflows;

/// <summary>
/// The onboarding workflow of product.md §10, run by <c>widget-hr</c>: the new hire's manager approves, then HR,
/// IT (a team of <c>widget-cc</c>, another account) and Facilities (<c>widget-facilities</c>) prepare in parallel,
/// and HR welcomes the new hire once all three are done. The rules do not care which account works a task.
/// </summary>
public class OnboardingWorkflowTests
{
    private const long ManagerApproval = 1, HrPaperwork = 2, ItAccount = 3, FacilitiesDesk = 4, HrWelcome = 5;
    private const int ApprovalPhase = 1, PreparationPhase = 2, WelcomePhase = 3;
    private const long Manager = 100;

    private static WorkflowRun Onboarding() => new WorkflowRun()
        .Task(ManagerApproval, WorkflowTaskCategory.Approval, ApprovalPhase)
        .Task(HrPaperwork, phase: PreparationPhase)
        .Task(ItAccount, phase: PreparationPhase)
        .Task(FacilitiesDesk, phase: PreparationPhase)
        .Task(HrWelcome, phase: WelcomePhase)
        .Dependency(ManagerApproval, HrPaperwork).Dependency(ManagerApproval, ItAccount).Dependency(ManagerApproval, FacilitiesDesk)
        .Dependency(HrPaperwork, HrWelcome).Dependency(ItAccount, HrWelcome).Dependency(FacilitiesDesk, HrWelcome);

    private static void AssertState(WorkflowRun run, WorkflowStatus workflow, PhaseStatus approval, PhaseStatus preparation, PhaseStatus welcome)
    {
        Assert.Equal(workflow, run.Status);
        Assert.Equal([approval, preparation, welcome], [run.Phase(ApprovalPhase), run.Phase(PreparationPhase), run.Phase(WelcomePhase)]);
    }

    [Fact]
    public void Onboarding_walked_step_by_step()
    {
        var run = Onboarding();
        AssertState(run, WorkflowStatus.Registered, PhaseStatus.Registered, PhaseStatus.Registered, PhaseStatus.Registered);

        Assert.Equal([ManagerApproval], run.Activate());
        AssertState(run, WorkflowStatus.Approval, PhaseStatus.InProgress, PhaseStatus.Registered, PhaseStatus.Registered);

        // The manager answers; one approval of one approver decides the task.
        ApproverAnswer[] answers = [new(Manager, ApprovalStatus.Pending)];
        Assert.Null(Approvals.AnswerRefusal(Manager, ApprovalStatus.Approved, run.StatusOfTask(ManagerApproval), answers));
        run.Decide(ManagerApproval, Approvals.Outcome(null, [ApprovalStatus.Approved]));
        AssertState(run, WorkflowStatus.InProgress, PhaseStatus.Completed, PhaseStatus.Registered, PhaseStatus.Registered);

        Assert.Equal([HrPaperwork, ItAccount, FacilitiesDesk], run.Activate());
        AssertState(run, WorkflowStatus.Implementation, PhaseStatus.Completed, PhaseStatus.InProgress, PhaseStatus.Registered);

        run.Work(ItAccount, WorkflowTaskStatus.Accepted).Work(ItAccount, WorkflowTaskStatus.InProgress).Work(ItAccount, WorkflowTaskStatus.Completed);
        Assert.Empty(run.Activate());
        AssertState(run, WorkflowStatus.Implementation, PhaseStatus.Completed, PhaseStatus.InProgress, PhaseStatus.Registered);

        run.Work(HrPaperwork, WorkflowTaskStatus.WaitingForCustomer);
        Assert.Equal(WorkflowStatus.Implementation, run.Status);
        run.Work(HrPaperwork, WorkflowTaskStatus.Completed);
        Assert.Empty(run.Activate());
        Assert.Equal(WorkflowTaskStatus.Registered, run.StatusOfTask(HrWelcome));

        run.Work(FacilitiesDesk, WorkflowTaskStatus.Completed);
        AssertState(run, WorkflowStatus.InProgress, PhaseStatus.Completed, PhaseStatus.Completed, PhaseStatus.Registered);
        Assert.Equal([HrWelcome], run.Activate());
        AssertState(run, WorkflowStatus.Implementation, PhaseStatus.Completed, PhaseStatus.Completed, PhaseStatus.InProgress);

        run.Work(HrWelcome, WorkflowTaskStatus.Completed);
        Assert.Empty(run.Activate());
        AssertState(run, WorkflowStatus.Completed, PhaseStatus.Completed, PhaseStatus.Completed, PhaseStatus.Completed);
    }

    [Fact]
    public void Onboarding_rejected_by_the_manager_halts_before_any_department_is_asked()
    {
        var run = Onboarding();
        run.Activate();
        run.Decide(ManagerApproval, Approvals.Outcome(null, [ApprovalStatus.Rejected]));

        Assert.Empty(run.Activate());
        AssertState(run, WorkflowStatus.ProgressHalted, PhaseStatus.InProgress, PhaseStatus.Registered, PhaseStatus.Registered);
        Assert.Equal(new HashSet<long> { HrPaperwork, ItAccount, FacilitiesDesk, HrWelcome }, StrandedTasks.Of(run.Snapshot));
        Assert.Equal("the task is not active",
            Approvals.AnswerRefusal(200, ApprovalStatus.Approved, run.StatusOfTask(ManagerApproval), [new(Manager, ApprovalStatus.Rejected), new(200, ApprovalStatus.Pending)]));
    }
}
