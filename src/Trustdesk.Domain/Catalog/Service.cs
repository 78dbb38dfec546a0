using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.Catalog;

/// <summary>A service a provider account offers (e.g. "Active Directory").</summary>
public sealed class Service : Record, ICatalogRecord
{
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string? Keywords { get; set; }
    public long? ServiceOwnerId { get; set; }
    public long? FirstLineTeamId { get; set; }
    public long? SupportTeamId { get; set; }
    public bool Disabled { get; set; }
}
