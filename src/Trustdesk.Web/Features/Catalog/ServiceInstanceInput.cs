using System.Text.Json.Serialization;

namespace Trustdesk.Web.Features.Catalog;

public sealed record ServiceInstanceInput
{
    public string? Name { get; init; }
    public long? ServiceId { get; init; }
    public string? Status { get; init; }
    public long? FirstLineTeamId { get; init; }
    public long? SupportTeamId { get; init; }
    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
}
