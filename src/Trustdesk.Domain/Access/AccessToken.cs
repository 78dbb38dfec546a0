using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.Access;

/// <summary>
/// A personal access token. Only the SHA-256 hash of the secret is stored; the secret is shown once at creation.
/// The row lives in the owner's account.
/// </summary>
public sealed class AccessToken : IAccountOwned
{
    public long Id { get; set; }
    public string AccountId { get; set; } = "";
    public long PersonId { get; set; }
    public string Name { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the secret.</summary>
    public string TokenHash { get; set; } = "";

    /// <summary>The first characters of the secret, so a person can recognise a token in a list.</summary>
    public string Prefix { get; set; } = "";

    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }

    public bool IsUsableAt(DateTime now) => RevokedAt is null && ExpiresAt > now;
}
