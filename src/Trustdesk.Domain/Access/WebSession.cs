using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.Access;

/// <summary>
/// A signed-in browser, kept on the server so that signing out ends it everywhere, a copied cookie included (ADR 40).
/// The row lives in the person's own account, like their sign-in; the cookie carries a key, the row only its hash.
/// </summary>
public sealed class WebSession : IAccountOwned
{
    public long Id { get; set; }
    public string AccountId { get; set; } = "";
    public long PersonId { get; set; }

    /// <summary>SHA-256 of the cookie's session key, lower-case hex.</summary>
    public string KeyHash { get; set; } = "";

    public DateTime StartedAt { get; set; }

    /// <summary>However active the browser is, the session ends here and the person signs in again.</summary>
    public DateTime ExpiresAt { get; set; }

    public bool IsLiveAt(DateTime now) => now < ExpiresAt;
}
