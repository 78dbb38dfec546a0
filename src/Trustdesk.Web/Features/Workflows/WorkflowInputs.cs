using System.Text.Json.Serialization;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>The fields of <c>POST/PATCH /v1/workflows</c> (4me names); <c>template_id</c> and <c>request_ids</c> on create only.</summary>
public sealed record WorkflowInput
{
    public string? Subject { get; init; }
    [EnumValues(typeof(WorkflowCategory))] public string? Category { get; init; }
    [EnumValues(typeof(WorkImpact))] public string? Impact { get; init; }
    [EnumValues(typeof(WorkflowJustification))] public string? Justification { get; init; }
    public long? ManagerId { get; init; }
    public long? TemplateId { get; init; }
    public IReadOnlyList<long>? RequestIds { get; init; }
    public string? Note { get; init; }
    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
}

/// <summary>The fields of <c>POST /v1/tasks</c>: a task added to a workflow by hand.</summary>
public sealed record TaskInput
{
    public long? WorkflowId { get; init; }
    public string? Subject { get; init; }
    [EnumValues(typeof(WorkflowTaskCategory))] public string? Category { get; init; }
    [EnumValues(typeof(WorkImpact))] public string? Impact { get; init; }
    public string? Instructions { get; init; }
    public long? PhaseId { get; init; }
    public long? TeamId { get; init; }
    public long? MemberId { get; init; }
    public int? PlannedDuration { get; init; }
    public int? RequiredApprovals { get; init; }
    public IReadOnlyList<long>? ApproverIds { get; init; }
    public IReadOnlyList<long>? PredecessorIds { get; init; }
    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
}

/// <summary>The fields of <c>PATCH /v1/tasks/:id</c>; an approver answers with <c>status</c> approved or rejected.</summary>
public sealed record TaskUpdateInput
{
    public string? Subject { get; init; }
    [EnumValues(typeof(WorkflowTaskStatus))] public string? Status { get; init; }
    [EnumValues(typeof(WorkImpact))] public string? Impact { get; init; }
    public string? Instructions { get; init; }
    public long? TeamId { get; init; }
    public long? MemberId { get; init; }
    public string? Note { get; init; }
    public string? InternalNote { get; init; }
}
