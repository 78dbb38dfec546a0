using System.Text.Json.Serialization;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Catalog;

/// <summary>
/// An SLA as the API answers it (4me's service level agreement): a service offering of the provider (the caller's
/// account) for a customer organization, delivered through one service instance. The order of the properties is the
/// order on the wire.
/// </summary>
public sealed record SlaResponse
{
    public required long Id { get; init; }
    public required string Name { get; init; }

    /// <summary>The terms (targets, support hours) the SLA is agreed on.</summary>
    public RecordRef? ServiceOffering { get; init; }

    /// <summary>The instance of the service the customer is served by.</summary>
    public RecordRef? ServiceInstance { get; init; }

    /// <summary>
    /// The customer organization, with its <c>account</c> when it lives in another (a directory, or the customer
    /// account). Across a trust that is no longer accepted its name is not read: it shows its id alone, the name null.
    /// </summary>
    public required RecordRef Customer { get; init; }

    /// <summary>The trusting customer account when the SLA is offered across a trust; null for the provider's own and its directory's organizations.</summary>
    public AccountRef? CustomerAccount { get; init; }

    /// <summary>Who the SLA covers: the customer account, organizations, sites or people (these named at <c>/slas/:id/organizations</c>, <c>/sites</c>, <c>/people</c>).</summary>
    public required SlaCoverage Coverage { get; init; }

    /// <summary>The first day the SLA applies, as <c>yyyy-mm-dd</c>.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>The last day the SLA applies, as <c>yyyy-mm-dd</c>; null: no end.</summary>
    public DateOnly? ExpiryDate { get; init; }

    public required AgreementStatus Status { get; init; }

    /// <summary>The person of the provider who looks after the SLA.</summary>
    public RecordRef? ServiceLevelManager { get; init; }

    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}
