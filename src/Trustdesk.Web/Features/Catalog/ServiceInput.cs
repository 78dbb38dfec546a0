using System.Text.Json.Serialization;

namespace Trustdesk.Web.Features.Catalog;

public sealed record ServiceInput
{
    public string? Name { get; init; }
    public string? Description { get; init; }
    public string? Keywords { get; init; }
    public long? ServiceOwnerId { get; init; }
    public long? FirstLineTeamId { get; init; }
    public long? SupportTeamId { get; init; }
    public bool? Disabled { get; init; }
    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
}
