using System.Text.Json.Serialization;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Catalog;

/// <summary>
/// A service offering as the API answers it (4me's service offering): the terms a service is offered on, its response and
/// resolution targets per impact, in minutes of support hours (null: best effort). The order of the properties is the
/// order on the wire.
/// </summary>
public sealed record ServiceOfferingResponse
{
    public required long Id { get; init; }
    public required string Name { get; init; }

    /// <summary>The service offered.</summary>
    public RecordRef? Service { get; init; }

    public required ServiceOfferingStatus Status { get; init; }

    /// <summary>Minutes of support hours to respond to a request of low impact; null: best effort.</summary>
    public int? ResponseTargetLow { get; init; }

    /// <summary>Minutes of support hours to respond to a request of medium impact; null: best effort.</summary>
    public int? ResponseTargetMedium { get; init; }

    /// <summary>Minutes of support hours to respond to a request of high impact; null: best effort.</summary>
    public int? ResponseTargetHigh { get; init; }

    /// <summary>Minutes of support hours to respond to a request of top impact; null: best effort.</summary>
    public int? ResponseTargetTop { get; init; }

    /// <summary>Minutes of support hours to respond to a request for change; null: best effort.</summary>
    public int? ResponseTargetRfc { get; init; }

    /// <summary>Minutes of support hours to respond to a request for information; null: best effort.</summary>
    public int? ResponseTargetRfi { get; init; }

    /// <summary>Minutes of support hours to resolve a request of low impact; null: best effort.</summary>
    public int? ResolutionTargetLow { get; init; }

    /// <summary>Minutes of support hours to resolve a request of medium impact; null: best effort.</summary>
    public int? ResolutionTargetMedium { get; init; }

    /// <summary>Minutes of support hours to resolve a request of high impact; null: best effort.</summary>
    public int? ResolutionTargetHigh { get; init; }

    /// <summary>Minutes of support hours to resolve a request of top impact; null: best effort.</summary>
    public int? ResolutionTargetTop { get; init; }

    /// <summary>Minutes of support hours to resolve a request for change; null: best effort.</summary>
    public int? ResolutionTargetRfc { get; init; }

    /// <summary>Minutes of support hours to resolve a request for information; null: best effort.</summary>
    public int? ResolutionTargetRfi { get; init; }

    /// <summary>The weekly calendar the targets run in, its periods grouped by days; null: around the clock (24x7).</summary>
    public IReadOnlyList<SupportHoursPeriodResponse>? SupportHours { get; init; }

    /// <summary>The IANA time zone of the support hours, such as Europe/Amsterdam.</summary>
    public string? SupportHoursTimeZone { get; init; }

    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}
