using System.Text.Json.Serialization;

namespace Trustdesk.Web.Features.Teams;

public sealed record TeamInput
{
    public string? Name { get; init; }
    public string? Description { get; init; }
    public long? ManagerId { get; init; }
    public long? CoordinatorId { get; init; }
    public bool? AutoAssign { get; init; }
    public string? TimeZone { get; init; }
    public bool? Disabled { get; init; }
    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
}
