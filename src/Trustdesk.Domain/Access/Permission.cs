using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.Access;

/// <summary>One role held by one person in one account: the row lives in the account the role is held in.</summary>
public sealed class Permission : IAccountOwned
{
    public long Id { get; set; }
    public string AccountId { get; set; } = "";
    public long PersonId { get; set; }
    public string Role { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
