namespace Trustdesk.Domain.Requests;

/// <summary>4me's request categories (<c>request.category</c>).</summary>
public enum RequestCategory
{
    Incident,
    Rfc,
    Rfi,
    Reservation,
    Order,
    Fulfillment,
    Complaint,
    Compliment,
    Other,
}

/// <summary>4me's request statuses (<c>request.status</c>); a new request is <c>assigned</c>.</summary>
public enum RequestStatus
{
    Declined,
    OnBacklog,
    Assigned,
    Accepted,
    InProgress,
    WaitingFor,
    WaitingForCustomer,
    ReservationPending,
    WorkflowPending,
    ProjectPending,
    Completed,
}

public enum RequestImpact
{
    Low,
    Medium,
    High,
    Top,
}

/// <summary>4me's completion reasons; a request is completed with one of these and only then.</summary>
public enum CompletionReason
{
    Solved,
    Workaround,
    Gone,
    Duplicate,
    Withdrawn,
    NoReply,
    Rejected,
    Conflict,
    Declined,
    Unsolvable,
}
