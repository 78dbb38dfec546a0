using System.Text.Json.Serialization;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.WorkflowTemplates;

public sealed record TaskTemplateInput
{
    public string? Subject { get; init; }
    [EnumValues(typeof(WorkflowTaskCategory))] public string? Category { get; init; }
    public string? Instructions { get; init; }
    public long? TeamId { get; init; }

    /// <summary>Minutes.</summary>
    public int? PlannedDuration { get; init; }

    public int? RequiredApprovals { get; init; }

    /// <summary>Replaces the approvers; only approval tasks have any.</summary>
    public long[]? ApproverIds { get; init; }

    public bool? Disabled { get; init; }
    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
}
