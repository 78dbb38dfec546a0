using System.Text.Json.Serialization;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Sites;

/// <summary>A site as the API answers it (4me's site). The order of the properties is the order on the wire.</summary>
public sealed record SiteResponse
{
    public required long Id { get; init; }
    public required string Name { get; init; }
    public string? Address { get; init; }
    public string? City { get; init; }
    public string? State { get; init; }
    public string? Zip { get; init; }

    /// <summary>ISO 3166 two-letter code, such as NL.</summary>
    public string? Country { get; init; }

    /// <summary>An IANA time zone, such as Europe/Amsterdam.</summary>
    public string? TimeZone { get; init; }

    public bool Disabled { get; init; }
    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }

    /// <summary>The account the site lives in, when it is not the caller's (a directory's).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AccountRef? Account { get; init; }
}
