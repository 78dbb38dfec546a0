using System.Text.Json.Serialization;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>
/// A task as a person who sees it only as one of its approvers reads it (ADR 29): what they are asked to decide, nothing
/// of who works it. The order of the properties is the order on the wire.
/// </summary>
public sealed record TaskForApproverResponse : TaskResponse
{
    public required long Id { get; init; }
    public required string Subject { get; init; }
    public required WorkflowTaskCategory Category { get; init; }
    public required WorkflowTaskStatus Status { get; init; }
    public string? Instructions { get; init; }

    /// <summary>The workflow the task belongs to, with its account when that is not the caller's.</summary>
    public required RecordRef Workflow { get; init; }

    /// <summary>How many approvals approve the task.</summary>
    public int? RequiredApprovals { get; init; }

    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }

    /// <summary>The account the task (its workflow) lives in, when it is not the caller's.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AccountRef? Account { get; init; }
}
