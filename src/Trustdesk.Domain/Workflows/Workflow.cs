using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.Workflows;

/// <summary>
/// A workflow (4me's fields). It lives in one account; another account sees its header only while it sees one of
/// its tasks (a task assigned to one of its teams, activated, across a <c>tasks</c> trust — product.md §6).
/// </summary>
public sealed class Workflow : Record
{
    public string Subject { get; set; } = "";
    public WorkflowCategory Category { get; set; } = WorkflowCategory.Standard;
    public WorkImpact? Impact { get; set; }
    public WorkflowJustification? Justification { get; set; }
    public WorkflowStatus Status { get; set; } = WorkflowStatus.Registered;
    public WorkflowCompletionReason? CompletionReason { get; set; }
    public DateTime? CompletedAt { get; set; }
    public long ManagerId { get; set; }
    public long? TemplateId { get; set; }
}

/// <summary>A phase of a workflow, in order; its status follows its tasks.</summary>
public sealed class WorkflowPhase : Record
{
    public long WorkflowId { get; set; }
    public string Name { get; set; } = "";
    public int Position { get; set; }
    public PhaseStatus Status { get; set; } = PhaseStatus.Registered;
}

/// <summary>
/// A task of a workflow. It lives in the workflow's account; its team may belong to another account trusted with
/// <c>tasks</c>, which sees the task once it is activated (<see cref="ActivatedAt"/>) and works it in place.
/// </summary>
public sealed class WorkflowTask : Record
{
    public long WorkflowId { get; set; }
    public long? PhaseId { get; set; }
    public string Subject { get; set; } = "";
    public WorkflowTaskCategory Category { get; set; } = WorkflowTaskCategory.Implementation;
    public WorkflowTaskStatus Status { get; set; } = WorkflowTaskStatus.Registered;
    public WorkImpact? Impact { get; set; }
    public string? Instructions { get; set; }

    public long? TeamId { get; set; }
    public string? TeamAccountId { get; set; }
    public long? MemberId { get; set; }

    /// <summary>Planned duration in minutes.</summary>
    public int? PlannedDuration { get; set; }

    /// <summary>For approval tasks: how many approvals approve it.</summary>
    public int? RequiredApprovals { get; set; }

    /// <summary>
    /// The people named approver of this task (their answers are <see cref="TaskApproval"/>s), kept on the task itself so
    /// that the approver branch of the visibility rule (<c>IsolationRules.Tasks</c>) needs no join: its approvals are
    /// seen with the task, so the task's rule may not ask the approvals (PostgreSQL refuses policies that ask each other).
    /// </summary>
    public List<long> ApproverIds { get; set; } = [];

    /// <summary>The task activated when this one fails (4me's failure task); it waits, registered, until then.</summary>
    public long? FailureTaskId { get; set; }

    /// <summary>True for a failure task: it is activated by its task's failure, not by predecessors.</summary>
    public bool IsFailureTask { get; set; }

    /// <summary>When the task left <see cref="WorkflowTaskStatus.Registered"/>; from then on its team's account sees it.</summary>
    public DateTime? ActivatedAt { get; set; }

    public DateTime? FinishedAt { get; set; }
    public long? TemplateId { get; set; }
}

/// <summary><see cref="SuccessorId"/> is activated only when <see cref="PredecessorId"/> (and all its other predecessors) finished well.</summary>
public sealed class TaskDependency : Record
{
    public long WorkflowId { get; set; }
    public long PredecessorId { get; set; }
    public long SuccessorId { get; set; }
}

/// <summary>
/// One approver of an approval task and their answer. It lives with the task (its account) and carries the task's
/// team account, because an approval task given to a trusted account is answered there; the approver answers it from
/// whatever account they act in (ADR 29).
/// </summary>
public sealed class TaskApproval : Record
{
    public long TaskId { get; set; }
    public long ApproverId { get; set; }
    public ApprovalStatus Status { get; set; } = ApprovalStatus.Pending;
    public DateTime? AnsweredAt { get; set; }
    public string? TeamAccountId { get; set; }
}

/// <summary>A note on a task, living in the account its author wrote it in (as request notes do).</summary>
public sealed class TaskNote : Record
{
    public long TaskId { get; set; }
    public long PersonId { get; set; }
    public string Text { get; set; } = "";
    public bool Internal { get; set; }
}

/// <summary>A note on a workflow; workflow notes stay in the workflow's account (product.md §6: "nothing else of it").</summary>
public sealed class WorkflowNote : Record
{
    public long WorkflowId { get; set; }
    public long PersonId { get; set; }
    public string Text { get; set; } = "";
}
