using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.Access;

/// <summary>
/// An <c>Idempotency-Key</c> a caller sent with a POST, and the answer that POST got, kept a day so that a retry whose
/// answer was lost gets it again instead of doing the work twice (ADR 36). The row lives in the account the call acted
/// in and belongs to the calling person there; the key itself is not stored, only what is derived from it.
/// </summary>
public sealed class IdempotencyKey : IAccountOwned
{
    public long Id { get; set; }
    public string AccountId { get; set; } = "";

    /// <summary>The calling person; 0 for the platform operator, whose keys are kept under a scope of their own.</summary>
    public long PersonId { get; set; }

    /// <summary>Found by this (lower-case hex, derived from the key and its caller), never by the key.</summary>
    public string KeyHash { get; set; } = "";

    /// <summary>What the request was (method, path, body), keyed by the key: the same key for another request is refused.</summary>
    public string Fingerprint { get; set; } = "";

    /// <summary>
    /// The answer, sealed with a key derived from the <c>Idempotency-Key</c> (an answer may carry a token's secret, which
    /// the database otherwise never holds); null only inside the transaction doing the work.
    /// </summary>
    public byte[]? Answer { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
}
