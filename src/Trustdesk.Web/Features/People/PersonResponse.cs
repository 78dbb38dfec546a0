using System.Text.Json.Serialization;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.People;

/// <summary>
/// A person as the API answers it (4me's person), with their organization, site and manager as references. The order of
/// the properties is the order on the wire.
/// </summary>
public sealed record PersonResponse
{
    public required long Id { get; init; }
    public required string Name { get; init; }

    /// <summary>The address the person signs in with and is written to; unique within their account.</summary>
    public required string PrimaryEmail { get; init; }

    public RecordRef? Organization { get; init; }
    public RecordRef? Site { get; init; }
    public RecordRef? Manager { get; init; }
    public string? JobTitle { get; init; }
    [JsonPropertyName("employeeID")] public string? EmployeeId { get; init; }

    /// <summary>An IANA time zone, such as Europe/Amsterdam.</summary>
    public string? TimeZone { get; init; }

    /// <summary>A language tag, such as nl-NL.</summary>
    public string? Locale { get; init; }

    public bool Vip { get; init; }
    public bool Disabled { get; init; }
    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }

    /// <summary>
    /// The account the person lives in, when it is not the caller's (a directory's). <c>/v1/me</c> always names it: it is
    /// the account of the token's owner, whichever account the call acts in.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AccountRef? Account { get; init; }
}
