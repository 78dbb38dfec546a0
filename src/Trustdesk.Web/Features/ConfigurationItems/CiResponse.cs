using System.Text.Json.Serialization;
using Trustdesk.Domain.ConfigurationItems;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.ConfigurationItems;

/// <summary>
/// A CI as the API answers it (4me's), to its account and to the provider whose team supports it (with <c>account</c>
/// naming the CI's account then). The order of the properties is the order on the wire.
/// </summary>
public sealed record CiResponse
{
    public required long Id { get; init; }
    public required string Name { get; init; }
    public string? Label { get; init; }
    public required CiStatus Status { get; init; }
    public required RecordRef Product { get; init; }
    [JsonPropertyName("serialNr")] public string? SerialNumber { get; init; }
    [JsonPropertyName("assetID")] public string? AssetId { get; init; }
    [JsonPropertyName("systemID")] public string? SystemId { get; init; }
    public RecordRef? Site { get; init; }
    public RecordRef? Supplier { get; init; }
    public RecordRef? ServiceInstance { get; init; }
    public RecordRef? SupportTeam { get; init; }
    public DateOnly? WarrantyExpiryDate { get; init; }
    public string? Remarks { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AccountRef? Account { get; init; }

    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}
