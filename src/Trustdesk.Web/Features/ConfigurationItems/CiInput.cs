using System.Text.Json.Serialization;
using Trustdesk.Domain.ConfigurationItems;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.ConfigurationItems;

/// <summary>
/// The fields of a CI a client may send (4me's: <c>product_id</c> is required; <c>name</c> defaults to the product's).
/// Its account's configuration managers and administrators set them all; specialists, there or at the provider that
/// supports it, maintain <c>status</c>, <c>remarks</c> and add a <c>note</c> (<see cref="SaveCi.MaintainedFields"/>).
/// </summary>
public sealed record CiInput
{
    /// <summary>A product of the account.</summary>
    public long? ProductId { get; init; }

    public string? Name { get; init; }

    /// <summary>Unique in the account (an asset tag such as "NL-PRN-0042").</summary>
    public string? Label { get; init; }

    [EnumValues(typeof(CiStatus))] public string? Status { get; init; }
    [JsonPropertyName("serialNr")] public string? SerialNumber { get; init; }
    [JsonPropertyName("assetID")] public string? AssetId { get; init; }
    [JsonPropertyName("systemID")] public string? SystemId { get; init; }

    /// <summary>A site of the account or of its directory.</summary>
    public long? SiteId { get; init; }

    /// <summary>An organization of the account or of its directory.</summary>
    public long? SupplierId { get; init; }

    /// <summary>A service instance of the account.</summary>
    public long? ServiceInstanceId { get; init; }

    /// <summary>A team of the account, or of a provider the account trusts with <c>cis</c>.</summary>
    public long? SupportTeamId { get; init; }

    /// <summary>As <c>yyyy-mm-dd</c>.</summary>
    public string? WarrantyExpiryDate { get; init; }

    public string? Remarks { get; init; }

    /// <summary>A note added to the CI with the change.</summary>
    public string? Note { get; init; }

    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
}
