using System.Text.Json.Serialization;

namespace Trustdesk.Web.Features.AccessTokens;

/// <summary>
/// A personal access token as the API answers it: its name, the start of its secret and its dates; the secret itself
/// only once, in the answer to its creation. The order of the properties is the order on the wire.
/// </summary>
public sealed record AccessTokenResponse
{
    public required long Id { get; init; }
    public required string Name { get; init; }

    /// <summary>The start of the secret, to tell tokens apart; it does not authenticate.</summary>
    public required string Prefix { get; init; }

    public required DateTime CreatedAt { get; init; }

    /// <summary>When the token was revoked, else when it was created (its use does not change it).</summary>
    public required DateTime UpdatedAt { get; init; }

    /// <summary>After this the token no longer authenticates.</summary>
    public required DateTime ExpiresAt { get; init; }

    /// <summary>Set once the token is revoked: it no longer authenticates.</summary>
    public DateTime? RevokedAt { get; init; }

    /// <summary>The secret, for <c>Authorization: Bearer</c>: only in the answer to the token's creation, never again.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Token { get; init; }
}
