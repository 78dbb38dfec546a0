using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.Catalog;

/// <summary>The terms a service is offered on: response and resolution targets and the support hours they count in.</summary>
public sealed class ServiceOffering : Record, ICatalogRecord
{
    public string Name { get; set; } = "";
    public long ServiceId { get; set; }
    public ServiceOfferingStatus Status { get; set; } = ServiceOfferingStatus.Available;

    // Targets in minutes of support hours, per impact and for requests of category rfc/rfi; null = best effort.
    public int? ResponseTargetLow { get; set; }
    public int? ResponseTargetMedium { get; set; }
    public int? ResponseTargetHigh { get; set; }
    public int? ResponseTargetTop { get; set; }
    public int? ResponseTargetRfc { get; set; }
    public int? ResponseTargetRfi { get; set; }
    public int? ResolutionTargetLow { get; set; }
    public int? ResolutionTargetMedium { get; set; }
    public int? ResolutionTargetHigh { get; set; }
    public int? ResolutionTargetTop { get; set; }
    public int? ResolutionTargetRfc { get; set; }
    public int? ResolutionTargetRfi { get; set; }

    /// <summary>The weekly calendar in the canonical text of <see cref="Catalog.SupportHours"/> (e.g. <c>mon-fri 08:00-17:00</c>); null = 24x7.</summary>
    public string? SupportHours { get; set; }

    public string SupportHoursTimeZone { get; set; } = "UTC";
}

public enum ServiceOfferingStatus
{
    Planned,
    Unpublished,
    Available,
    TemporarilyUnavailable,
    Discontinued,
}
