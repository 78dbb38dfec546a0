using System.Text.Json.Serialization;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Catalog;

public sealed record SlaInput
{
    public string? Name { get; init; }
    public long? ServiceOfferingId { get; init; }
    public long? ServiceInstanceId { get; init; }

    /// <summary>The customer organization (4me's <c>customer_id</c>).</summary>
    public long? CustomerId { get; init; }

    /// <summary>The trusting account when the SLA is offered across a trust; empty for the provider's own and directory organizations.</summary>
    public string? CustomerAccountId { get; init; }

    [EnumValues(typeof(SlaCoverage))] public string? Coverage { get; init; }
    public string? StartDate { get; init; }
    public string? ExpiryDate { get; init; }
    [EnumValues(typeof(AgreementStatus))] public string? Status { get; init; }
    public long? ServiceLevelManagerId { get; init; }
    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
}
