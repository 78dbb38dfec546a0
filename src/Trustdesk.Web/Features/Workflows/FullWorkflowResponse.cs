using System.Text.Json.Serialization;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>A workflow with all its fields, as its own account reads it. The order of the properties is the order on the wire.</summary>
public sealed record FullWorkflowResponse : WorkflowResponse
{
    public required long Id { get; init; }
    public required string Subject { get; init; }
    public required WorkflowCategory Category { get; init; }
    public WorkImpact? Impact { get; init; }
    public WorkflowJustification? Justification { get; init; }

    /// <summary>Follows the workflow's tasks.</summary>
    public required WorkflowStatus Status { get; init; }

    public WorkflowCompletionReason? CompletionReason { get; init; }
    public DateTime? CompletedAt { get; init; }

    /// <summary>The person who manages the workflow, named in the account they belong to.</summary>
    public required RecordRef Manager { get; init; }

    /// <summary>The workflow template it was made from.</summary>
    public IdRef? Template { get; init; }

    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }

    /// <summary>
    /// The account the workflow lives in, when it is not the caller's. Left out in practice: other accounts read its header
    /// only (<see cref="WorkflowHeaderResponse"/>); a list of workflows, which may hold headers, can be asked for it.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AccountRef? Account { get; init; }
}
