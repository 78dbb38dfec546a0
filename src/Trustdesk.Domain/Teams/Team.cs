using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.Teams;

public sealed class Team : Record
{
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public long? ManagerId { get; set; }
    public long? CoordinatorId { get; set; }
    public bool AutoAssign { get; set; }
    public string? TimeZone { get; set; }
    public bool Disabled { get; set; }
}

/// <summary>Membership lives in the team's account; the person may come from the account's directory.</summary>
public sealed class TeamMember : IAccountOwned
{
    public long Id { get; set; }
    public string AccountId { get; set; } = "";
    public long TeamId { get; set; }
    public long PersonId { get; set; }
    public DateTime CreatedAt { get; set; }
}
