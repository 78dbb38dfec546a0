using System.Text.Json.Serialization;
using Trustdesk.Domain.Workflows;

namespace Trustdesk.Web.Features.WorkflowTemplates;

/// <summary>
/// A workflow template as the API answers it (4me's workflow template); its phases and task template relations are
/// collections of their own. The order of the properties is the order on the wire.
/// </summary>
public sealed record WorkflowTemplateResponse
{
    public required long Id { get; init; }
    public required string Subject { get; init; }
    public required WorkflowCategory Category { get; init; }
    public WorkImpact? Impact { get; init; }
    public WorkflowJustification? Justification { get; init; }
    public bool Disabled { get; init; }
    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}
