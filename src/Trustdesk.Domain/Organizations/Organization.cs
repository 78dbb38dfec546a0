using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.Organizations;

public sealed class Organization : Record, IDirectoryShared
{
    public string Name { get; set; } = "";
    public long? ParentId { get; set; }
    public long? ManagerId { get; set; }
    public bool BusinessUnit { get; set; }
    public string? Region { get; set; }
    public string? FinancialId { get; set; }
    public bool Disabled { get; set; }
}
