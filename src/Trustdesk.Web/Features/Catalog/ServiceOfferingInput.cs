using System.Text.Json.Serialization;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Catalog;

public sealed record ServiceOfferingInput
{
    public string? Name { get; init; }
    public long? ServiceId { get; init; }
    [EnumValues(typeof(ServiceOfferingStatus))] public string? Status { get; init; }
    public int? ResponseTargetLow { get; init; }
    public int? ResponseTargetMedium { get; init; }
    public int? ResponseTargetHigh { get; init; }
    public int? ResponseTargetTop { get; init; }
    public int? ResponseTargetRfc { get; init; }
    public int? ResponseTargetRfi { get; init; }
    public int? ResolutionTargetLow { get; init; }
    public int? ResolutionTargetMedium { get; init; }
    public int? ResolutionTargetHigh { get; init; }
    public int? ResolutionTargetTop { get; init; }
    public int? ResolutionTargetRfc { get; init; }
    public int? ResolutionTargetRfi { get; init; }

    /// <summary>The weekly calendar, e.g. <c>[{"days":["mon","tue"],"start":"08:00","end":"17:00"}]</c>; null = 24x7.</summary>
    public IReadOnlyList<SupportHoursPeriodInput?>? SupportHours { get; init; }

    public string? SupportHoursTimeZone { get; init; }
    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
}

/// <summary>One period of <c>support_hours</c>: the days it applies to, and its start and end as <c>hh:mm</c>.</summary>
public sealed record SupportHoursPeriodInput
{
    public IReadOnlyList<string?>? Days { get; init; }
    public string? Start { get; init; }
    public string? End { get; init; }
}
