using System.Text.Json.Serialization;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Organizations;

/// <summary>An organization as the API answers it (4me's organization). The order of the properties is the order on the wire.</summary>
public sealed record OrganizationResponse
{
    public required long Id { get; init; }
    public required string Name { get; init; }

    /// <summary>The organization above this one in the tree, in the same account.</summary>
    public RecordRef? Parent { get; init; }

    public RecordRef? Manager { get; init; }
    public bool BusinessUnit { get; init; }
    public string? Region { get; init; }
    [JsonPropertyName("financialID")] public string? FinancialId { get; init; }
    public bool Disabled { get; init; }
    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }

    /// <summary>The account the organization lives in, when it is not the caller's (a directory's).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AccountRef? Account { get; init; }
}
