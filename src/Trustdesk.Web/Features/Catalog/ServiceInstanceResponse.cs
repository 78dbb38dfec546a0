using System.Text.Json.Serialization;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Catalog;

/// <summary>A service instance as the API answers it (4me's service instance): a running instance of a service, with the teams that support it. The order of the properties is the order on the wire.</summary>
public sealed record ServiceInstanceResponse
{
    public required long Id { get; init; }
    public required string Name { get; init; }

    /// <summary>The service it is an instance of.</summary>
    public RecordRef? Service { get; init; }

    public required ServiceInstanceStatus Status { get; init; }

    /// <summary>The team that first picks up its requests; none: the service's.</summary>
    public RecordRef? FirstLineTeam { get; init; }

    /// <summary>The team that supports it; none: the service's.</summary>
    public RecordRef? SupportTeam { get; init; }

    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}
