using Trustdesk.Domain.Requests;

namespace Trustdesk.Domain.Tests;

public class RequestTransitionsTests
{
    [Theory]
    [InlineData(RequestStatus.Assigned, RequestStatus.Accepted)]
    [InlineData(RequestStatus.Accepted, RequestStatus.InProgress)]
    [InlineData(RequestStatus.InProgress, RequestStatus.WaitingForCustomer)]
    [InlineData(RequestStatus.WaitingForCustomer, RequestStatus.InProgress)]
    [InlineData(RequestStatus.Assigned, RequestStatus.OnBacklog)]
    [InlineData(RequestStatus.Assigned, RequestStatus.Declined)]
    [InlineData(RequestStatus.Completed, RequestStatus.Assigned)]
    [InlineData(RequestStatus.Declined, RequestStatus.InProgress)]
    public void Working_statuses_move_freely_and_final_ones_reopen(RequestStatus from, RequestStatus to) =>
        Assert.Null(RequestTransitions.Refusal(from, to, null));

    [Fact]
    public void Completing_needs_a_reason_and_only_completing_takes_one()
    {
        Assert.Equal("can't be completed without a completion reason", RequestTransitions.Refusal(RequestStatus.InProgress, RequestStatus.Completed, null));
        Assert.Null(RequestTransitions.Refusal(RequestStatus.InProgress, RequestStatus.Completed, CompletionReason.Solved));
        Assert.Equal("a completion reason is only given when completing",
            RequestTransitions.Refusal(RequestStatus.Assigned, RequestStatus.InProgress, CompletionReason.Solved));
    }

    [Theory]
    [InlineData(RequestStatus.WorkflowPending)]
    [InlineData(RequestStatus.ProjectPending)]
    [InlineData(RequestStatus.ReservationPending)]
    public void Pending_statuses_are_set_by_the_linked_work_only(RequestStatus pending)
    {
        Assert.NotNull(RequestTransitions.Refusal(RequestStatus.InProgress, pending, null));
        Assert.NotNull(RequestTransitions.Refusal(pending, RequestStatus.InProgress, null));
        Assert.Null(RequestTransitions.Refusal(pending, RequestStatus.Completed, CompletionReason.Withdrawn));
    }

    [Fact]
    public void Only_completed_and_declined_requests_are_closed()
    {
        Assert.False(RequestTransitions.IsOpen(RequestStatus.Completed));
        Assert.False(RequestTransitions.IsOpen(RequestStatus.Declined));
        Assert.All(Enum.GetValues<RequestStatus>().Except([RequestStatus.Completed, RequestStatus.Declined]),
            status => Assert.True(RequestTransitions.IsOpen(status)));
    }

    [Fact]
    public void Staying_in_a_status_is_no_change() =>
        Assert.Null(RequestTransitions.Refusal(RequestStatus.WorkflowPending, RequestStatus.WorkflowPending, null));

    [Fact]
    public void Status_names_are_4me_wire_names()
    {
        Assert.Equal("waiting_for_customer", RequestTransitions.Name(RequestStatus.WaitingForCustomer));
        Assert.Equal("in_progress", RequestTransitions.Name(RequestStatus.InProgress));
        Assert.Equal("assigned", RequestTransitions.Name(RequestStatus.Assigned));
    }
}
