using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.Access;

/// <summary>
/// A person's web UI credentials, in the person's own account like their tokens. A sign-in happens before any
/// account is known, so the rows with the e-mail being signed in are readable by that e-mail alone (ADR 20).
/// </summary>
public sealed class SignIn : IAccountOwned
{
    public long Id { get; set; }
    public string AccountId { get; set; } = "";
    public long PersonId { get; set; }

    /// <summary>The lower-cased e-mail address the person signs in with.</summary>
    public string EmailKey { get; set; } = "";

    /// <summary>ASP.NET Core's <c>PasswordHasher</c> format (PBKDF2, salted, versioned).</summary>
    public string PasswordHash { get; set; } = "";

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public static string KeyOf(string email) => email.Trim().ToLowerInvariant();
}
