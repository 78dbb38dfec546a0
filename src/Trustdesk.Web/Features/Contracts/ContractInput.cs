using System.Text.Json.Serialization;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Contracts;

/// <summary>The fields of a contract a client may send (4me's: <c>name</c> and <c>supplier_id</c> are required).</summary>
public sealed record ContractInput
{
    public string? Name { get; init; }

    /// <summary>An organization of the account or of its directory account.</summary>
    public long? SupplierId { get; init; }

    [EnumValues(typeof(AgreementStatus))] public string? Status { get; init; }

    /// <summary>The first day the contract applies, as <c>yyyy-mm-dd</c>.</summary>
    public string? StartDate { get; init; }

    /// <summary>The last day it applies, as <c>yyyy-mm-dd</c>; on or after the start and notice dates.</summary>
    public string? ExpiryDate { get; init; }

    /// <summary>The last day it can still be ended or renegotiated, as <c>yyyy-mm-dd</c>; between the start and expiry dates.</summary>
    public string? NoticeDate { get; init; }

    public string? Remarks { get; init; }
    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
}
