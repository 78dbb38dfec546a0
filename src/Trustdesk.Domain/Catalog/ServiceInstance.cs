using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.Catalog;

/// <summary>A running instance of a service, with the teams of the provider account that support it.</summary>
public sealed class ServiceInstance : Record, ICatalogRecord
{
    public string Name { get; set; } = "";
    public long ServiceId { get; set; }
    public ServiceInstanceStatus Status { get; set; } = ServiceInstanceStatus.InProduction;
    public long? FirstLineTeamId { get; set; }
    public long? SupportTeamId { get; set; }
}

public enum ServiceInstanceStatus
{
    BeingPrepared,
    InProduction,
    Discontinued,
}
