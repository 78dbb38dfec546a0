using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.People;

public sealed class Person : Record, IDirectoryShared
{
    public string Name { get; set; } = "";
    public string PrimaryEmail { get; set; } = "";

    /// <summary>Lower-cased e-mail: the unique key within an account, so case never makes two people of one.</summary>
    public string PrimaryEmailKey { get; set; } = "";

    public long? OrganizationId { get; set; }
    public long? SiteId { get; set; }
    public long? ManagerId { get; set; }
    public string? JobTitle { get; set; }
    public string? EmployeeId { get; set; }
    public string? TimeZone { get; set; }
    public string? Locale { get; set; }
    public bool Vip { get; set; }
    public bool Disabled { get; set; }

    public void SetPrimaryEmail(string email)
    {
        PrimaryEmail = email;
        PrimaryEmailKey = email.ToLowerInvariant();
    }
}
