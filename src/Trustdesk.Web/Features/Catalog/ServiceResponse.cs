using System.Text.Json.Serialization;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Catalog;

/// <summary>A service as the API answers it (4me's service): what a provider account offers, such as "Active Directory". The order of the properties is the order on the wire.</summary>
public sealed record ServiceResponse
{
    public required long Id { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }

    /// <summary>Words people may search the service by, as one text.</summary>
    public string? Keywords { get; init; }

    /// <summary>The person accountable for the service; with their <c>account</c> when they live in the directory.</summary>
    public RecordRef? ServiceOwner { get; init; }

    /// <summary>The team that first picks up the service's requests, unless its instance names one of its own.</summary>
    public RecordRef? FirstLineTeam { get; init; }

    /// <summary>The team that supports the service, unless its instance names one of its own.</summary>
    public RecordRef? SupportTeam { get; init; }

    public bool Disabled { get; init; }
    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}
