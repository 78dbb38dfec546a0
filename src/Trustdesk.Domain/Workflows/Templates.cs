using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.Workflows;

/// <summary>A task template (4me: subject, category, team, planned duration, approvals).</summary>
public sealed class TaskTemplate : Record
{
    public string Subject { get; set; } = "";
    public WorkflowTaskCategory Category { get; set; } = WorkflowTaskCategory.Implementation;
    public string? Instructions { get; set; }
    public long? TeamId { get; set; }

    /// <summary>The team's account: this account, or one it trusts with <c>tasks</c>.</summary>
    public string? TeamAccountId { get; set; }

    public int? PlannedDuration { get; set; }
    public int? RequiredApprovals { get; set; }
    public bool Disabled { get; set; }
}

/// <summary>An approver named on an approval task template.</summary>
public sealed class TaskTemplateApprover : Record
{
    public long TaskTemplateId { get; set; }
    public long PersonId { get; set; }
}

/// <summary>A workflow template: its phases, and task templates placed in them with their dependencies.</summary>
public sealed class WorkflowTemplate : Record
{
    public string Subject { get; set; } = "";
    public WorkflowCategory Category { get; set; } = WorkflowCategory.Standard;
    public WorkImpact? Impact { get; set; }
    public WorkflowJustification? Justification { get; set; }
    public bool Disabled { get; set; }
}

public sealed class WorkflowTemplatePhase : Record
{
    public long WorkflowTemplateId { get; set; }
    public string Name { get; set; } = "";
    public int Position { get; set; }
}

/// <summary>
/// A task template placed in a workflow template's phase (4me's <c>task_template_relation</c>), with the relations it
/// waits for and, optionally, the relation activated when it fails.
/// </summary>
public sealed class TaskTemplateRelation : Record
{
    public long WorkflowTemplateId { get; set; }
    public long PhaseId { get; set; }
    public long TaskTemplateId { get; set; }
    public int Position { get; set; }
    public long? FailureRelationId { get; set; }
}

public sealed class TaskTemplateDependency : Record
{
    public long WorkflowTemplateId { get; set; }
    public long PredecessorRelationId { get; set; }
    public long SuccessorRelationId { get; set; }
}
