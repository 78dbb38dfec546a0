namespace Trustdesk.Domain.Accounts;

/// <summary>A tenant. Platform-level: the registry of accounts is not itself owned by an account.</summary>
public sealed class Account
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public AccountKind Kind { get; set; }

    /// <summary>The directory account whose people, organizations and sites this support domain uses.</summary>
    public string? DirectoryAccountId { get; set; }

    public string TimeZone { get; set; } = "UTC";

    /// <summary>
    /// The team of this account that takes a request nobody else is named for (product.md §5): one registered without
    /// a team, or whose team is taken away. Without one such a request is refused, so none sits in no queue.
    /// </summary>
    public long? ServiceDeskTeamId { get; set; }
    public bool Disabled { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>The account whose people, organizations and sites this account may use besides its own.</summary>
    public string SharedDirectoryId => Kind == AccountKind.Directory ? Id : DirectoryAccountId ?? Id;
}

public enum AccountKind
{
    Directory,
    SupportDomain,
}
