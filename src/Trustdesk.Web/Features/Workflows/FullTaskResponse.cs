using System.Text.Json.Serialization;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>
/// A task with all its fields, as its workflow's account and the account of its team read it. The order of the properties
/// is the order on the wire.
/// </summary>
public sealed record FullTaskResponse : TaskResponse
{
    public required long Id { get; init; }
    public required string Subject { get; init; }
    public required WorkflowTaskCategory Category { get; init; }
    public required WorkflowTaskStatus Status { get; init; }
    public WorkImpact? Impact { get; init; }
    public string? Instructions { get; init; }

    /// <summary>The workflow the task belongs to, with its account when that is not the caller's.</summary>
    public required RecordRef Workflow { get; init; }

    /// <summary>The workflow's phase the task is in; shown in the workflow's account only.</summary>
    public RecordRef? Phase { get; init; }

    /// <summary>The team that works the task, named in its own account (a provider's, across a <c>tasks</c> trust).</summary>
    public RecordRef? Team { get; init; }

    /// <summary>The member of the team who works the task, named in the team's account.</summary>
    public RecordRef? Member { get; init; }

    /// <summary>Minutes.</summary>
    public int? PlannedDuration { get; init; }

    /// <summary>For an approval task: how many approvals approve it.</summary>
    public int? RequiredApprovals { get; init; }

    /// <summary>The task activated when this one fails.</summary>
    public IdRef? FailureTask { get; init; }

    /// <summary>When the task left <c>registered</c>; from then on its team's account sees it.</summary>
    public DateTime? ActivatedAt { get; init; }

    public DateTime? FinishedAt { get; init; }
    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }

    /// <summary>The account the task (its workflow) lives in, when it is not the caller's.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AccountRef? Account { get; init; }
}
