using System.Text.Json.Serialization;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.WorkflowTemplates;

public sealed record WorkflowTemplateInput
{
    public string? Subject { get; init; }
    [EnumValues(typeof(WorkflowCategory))] public string? Category { get; init; }
    [EnumValues(typeof(WorkImpact))] public string? Impact { get; init; }
    [EnumValues(typeof(WorkflowJustification))] public string? Justification { get; init; }
    public bool? Disabled { get; init; }
    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
}
