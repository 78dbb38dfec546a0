namespace Trustdesk.Domain.Workflows;

/// <summary>4me's workflow statuses; set from the workflow's tasks (<c>WorkflowProgress</c>), never by hand.</summary>
public enum WorkflowStatus
{
    BeingCreated,
    Registered,
    RiskAndImpact,
    Approval,
    Implementation,
    InProgress,
    ProgressHalted,
    Completed,
}

public enum WorkflowCategory
{
    Standard,
    NonStandard,
    Emergency,
    Order,
}

public enum WorkflowJustification
{
    Compliance,
    Correction,
    Expansion,
    Improvement,
    Maintenance,
    Move,
    Removal,
    Replacement,
    Purchase,
}

public enum WorkflowCompletionReason
{
    Withdrawn,
    Rejected,
    RolledBack,
    Failed,
    Partial,
    Disruptive,
    Complete,
}

/// <summary>Impact of a workflow or task (4me adds <c>none</c> to the request impacts).</summary>
public enum WorkImpact
{
    None,
    Low,
    Medium,
    High,
    Top,
}

/// <summary>4me's task statuses. A task waits <see cref="Registered"/> until it is activated (<see cref="Assigned"/>).</summary>
public enum WorkflowTaskStatus
{
    Registered,
    Declined,
    Assigned,
    Accepted,
    InProgress,
    WaitingFor,
    WaitingForCustomer,
    RequestPending,
    Failed,
    Rejected,
    Completed,
    Approved,
    Canceled,
}

public enum WorkflowTaskCategory
{
    RiskAndImpact,
    Approval,
    Implementation,
    FulfillmentPlaceholder,
    Automation,
}

public enum PhaseStatus
{
    Registered,
    InProgress,
    Completed,
}

/// <summary>One approver's answer on an approval task.</summary>
public enum ApprovalStatus
{
    Pending,
    Approved,
    Rejected,
}
