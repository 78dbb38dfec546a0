using System.Text.Json.Serialization;

namespace Trustdesk.Web.Features.Accounts;

/// <summary>A new account's first owner, in the answer to the account's creation.</summary>
public sealed record AccountOwnerResponse
{
    /// <summary>The person: made in the new account by the operator, or the calling account owner (a person of the directory).</summary>
    public required long Id { get; init; }

    public required string Name { get; init; }

    /// <summary>
    /// The owner's first personal access token, shown this once, when the operator created the owner with the account;
    /// left out when an account owner created a support domain for themselves.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Token { get; init; }

    /// <summary>The roles the owner holds in the new account.</summary>
    public required IReadOnlyList<string> Roles { get; init; }
}
