using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.Sites;

public sealed class Site : Record, IDirectoryShared
{
    public string Name { get; set; } = "";
    public string? Address { get; set; }
    public string? City { get; set; }
    public string? State { get; set; }
    public string? Zip { get; set; }
    public string? Country { get; set; }
    public string? TimeZone { get; set; }
    public bool Disabled { get; set; }
}
