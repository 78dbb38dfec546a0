using System.Text.Json.Serialization;

namespace Trustdesk.Web.Features.ConfigurationItems;

/// <summary>A product as the API answers it (4me's), to its own account. The order of the properties is the order on the wire.</summary>
public sealed record ProductResponse
{
    public required long Id { get; init; }
    public required string Name { get; init; }
    public string? Brand { get; init; }
    public string? Model { get; init; }
    public string? Category { get; init; }
    public required bool Disabled { get; init; }
    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}
