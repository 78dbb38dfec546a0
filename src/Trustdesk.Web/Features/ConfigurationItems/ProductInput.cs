using System.Text.Json.Serialization;

namespace Trustdesk.Web.Features.ConfigurationItems;

/// <summary>The fields of a product a client may send (<c>name</c> is required and unique in the account).</summary>
public sealed record ProductInput
{
    public string? Name { get; init; }
    public string? Brand { get; init; }
    public string? Model { get; init; }

    /// <summary>What kind of thing it is, by name: "Laptop", "Printer", "Server".</summary>
    public string? Category { get; init; }

    public bool? Disabled { get; init; }
    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
}
