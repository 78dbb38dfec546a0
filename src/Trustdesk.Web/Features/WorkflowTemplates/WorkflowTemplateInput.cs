using System.Text.Json.Serialization;

namespace Trustdesk.Web.Features.WorkflowTemplates;

public sealed record WorkflowTemplateInput
{
    public string? Subject { get; init; }
    public string? Category { get; init; }
    public string? Impact { get; init; }
    public string? Justification { get; init; }
    public bool? Disabled { get; init; }
    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
}
