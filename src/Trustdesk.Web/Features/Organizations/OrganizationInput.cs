using System.Text.Json.Serialization;

namespace Trustdesk.Web.Features.Organizations;

public sealed record OrganizationInput
{
    public string? Name { get; init; }
    public long? ParentId { get; init; }
    public long? ManagerId { get; init; }
    public bool? BusinessUnit { get; init; }
    public string? Region { get; init; }
    [JsonPropertyName("financialID")] public string? FinancialId { get; init; }
    public bool? Disabled { get; init; }
    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
}
