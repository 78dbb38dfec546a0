using Trustdesk.Domain.Workflows;

namespace Trustdesk.Domain.Tests.Workflows;

public class ApprovalsTests
{
    private const ApprovalStatus Yes = ApprovalStatus.Approved;
    private const ApprovalStatus No = ApprovalStatus.Rejected;
    private const ApprovalStatus Waiting = ApprovalStatus.Pending;

    [Fact]
    public void One_of_two_approves_when_one_approval_is_required()
    {
        Assert.Equal(ApprovalOutcome.Pending, Approvals.Outcome(1, [Waiting, Waiting]));
        Assert.Equal(ApprovalOutcome.Approved, Approvals.Outcome(1, [Waiting, Yes]));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(-1)]
    public void Without_a_required_number_all_approvers_must_approve(int? required)
    {
        Assert.Equal(ApprovalOutcome.Pending, Approvals.Outcome(required, [Yes, Yes, Waiting]));
        Assert.Equal(ApprovalOutcome.Approved, Approvals.Outcome(required, [Yes, Yes, Yes]));
        Assert.Equal(3, Approvals.RequiredCount(required, 3));
    }

    [Fact]
    public void All_of_three_when_three_are_required() =>
        Assert.Equal(ApprovalOutcome.Pending, Approvals.Outcome(3, [Yes, Yes, Waiting]));

    [Fact]
    public void One_rejection_wins_even_over_enough_approvals()
    {
        Assert.Equal(ApprovalOutcome.Rejected, Approvals.Outcome(1, [Waiting, No, Waiting]));
        Assert.Equal(ApprovalOutcome.Rejected, Approvals.Outcome(1, [Yes, No]));
    }

    [Fact]
    public void A_task_without_approvers_is_never_approved_by_nobody() =>
        Assert.Equal(ApprovalOutcome.Pending, Approvals.Outcome(null, []));

    [Fact]
    public void Requiring_more_approvals_than_there_are_approvers_is_invalid()
    {
        Assert.Equal("requires 3 approvals but the task has 2 approvers", Approvals.RequiredApprovalsRefusal(3, 2));
        Assert.Null(Approvals.RequiredApprovalsRefusal(2, 2));
        Assert.Null(Approvals.RequiredApprovalsRefusal(null, 2));
        Assert.Null(Approvals.RequiredApprovalsRefusal(0, 0));
    }

    private static readonly ApproverAnswer[] ManagerAndHr = [new(ApproverId: 100, Waiting), new(ApproverId: 200, Yes)];

    [Fact]
    public void An_approver_answers_an_active_task_once()
    {
        Assert.Null(Approvals.AnswerRefusal(100, Yes, WorkflowTaskStatus.Assigned, ManagerAndHr));
        Assert.Null(Approvals.AnswerRefusal(100, No, WorkflowTaskStatus.InProgress, ManagerAndHr));
    }

    [Fact]
    public void Someone_who_is_not_an_approver_is_refused() =>
        Assert.Equal("is not an approver of this task", Approvals.AnswerRefusal(300, Yes, WorkflowTaskStatus.Assigned, ManagerAndHr));

    [Fact]
    public void Answering_twice_is_refused() =>
        Assert.Equal("has already answered", Approvals.AnswerRefusal(200, No, WorkflowTaskStatus.Assigned, ManagerAndHr));

    [Theory]
    [InlineData(WorkflowTaskStatus.Registered)]
    [InlineData(WorkflowTaskStatus.Approved)]
    [InlineData(WorkflowTaskStatus.Rejected)]
    [InlineData(WorkflowTaskStatus.Canceled)]
    public void Answering_a_task_that_is_not_active_is_refused(WorkflowTaskStatus status) =>
        Assert.Equal("the task is not active", Approvals.AnswerRefusal(100, Yes, status, ManagerAndHr));

    [Fact]
    public void An_answer_approves_or_rejects() =>
        Assert.Equal("an answer approves or rejects", Approvals.AnswerRefusal(100, Waiting, WorkflowTaskStatus.Assigned, ManagerAndHr));
}
