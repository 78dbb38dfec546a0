using System.Text.Json.Serialization;

namespace Trustdesk.Web.Features.People;

/// <summary>The writable fields of a person, named as 4me names them.</summary>
public sealed record PersonInput
{
    public string? Name { get; init; }
    public string? PrimaryEmail { get; init; }
    public long? OrganizationId { get; init; }
    public long? SiteId { get; init; }
    public long? ManagerId { get; init; }
    public string? JobTitle { get; init; }
    [JsonPropertyName("employeeID")] public string? EmployeeId { get; init; }
    public string? TimeZone { get; init; }
    public string? Locale { get; init; }
    public bool? Vip { get; init; }
    public bool? Disabled { get; init; }
    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
}
