using System.Text.Json.Serialization;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Teams;

/// <summary>A team as the API answers it (4me's team). The order of the properties is the order on the wire.</summary>
public sealed record TeamResponse
{
    public required long Id { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }

    /// <summary>A person with a role in the account.</summary>
    public RecordRef? Manager { get; init; }

    /// <summary>A person with a role in the account.</summary>
    public RecordRef? Coordinator { get; init; }

    public bool AutoAssign { get; init; }

    /// <summary>An IANA time zone, such as Europe/Amsterdam.</summary>
    public string? TimeZone { get; init; }

    /// <summary>The account's service desk team is never disabled.</summary>
    public bool Disabled { get; init; }

    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}
