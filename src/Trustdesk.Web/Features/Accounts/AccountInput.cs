namespace Trustdesk.Web.Features.Accounts;

public sealed record AccountInput
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? Kind { get; init; }
    public string? DirectoryAccountId { get; init; }
    public string? TimeZone { get; init; }
    public bool? Disabled { get; init; }
    public long? ServiceDeskTeamId { get; init; }

    /// <summary>The account's first owner, created in the new account (operator only).</summary>
    public OwnerInput? Owner { get; init; }
}

public sealed record OwnerInput
{
    public string? Name { get; init; }
    public string? PrimaryEmail { get; init; }
}
