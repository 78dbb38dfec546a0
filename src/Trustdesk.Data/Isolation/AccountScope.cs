namespace Trustdesk.Data.Isolation;

/// <summary>
/// The account the current unit of work acts in, resolved once per HTTP request. Every account-owned query is
/// filtered by it and every save is checked against it; with no account set, nothing account-owned is readable.
/// </summary>
public sealed class AccountScope
{
    /// <summary>The account records are read from and written to; null means "none": fail closed.</summary>
    public string? AccountId { get; private set; }

    /// <summary>The directory account whose people, organizations and sites may also be read.</summary>
    public string? DirectoryAccountId { get; private set; }

    /// <summary>
    /// Set only while a bearer token is being looked up, before any account is known: the one access token with
    /// this hash becomes readable.
    /// </summary>
    public string? TokenHash { get; private set; }

    /// <summary>
    /// Set only while someone signs in to the web UI, before any account is known: the sign-ins with this (lower-cased)
    /// e-mail become readable.
    /// </summary>
    public string? SignInEmail { get; private set; }

    /// <summary>
    /// While true, catalog records (services, instances, offerings, SLAs) of every account are readable, so a
    /// person's self-service catalog can be computed across the platform in one query. Only that computation sets it.
    /// </summary>
    public bool CatalogBrowsing { get; private set; }

    /// <summary>
    /// While set, the requests this person asked for or was asked for are readable too, whatever account holds
    /// them (product.md §5: an end user sees their own requests across accounts). Only the reads of a person's own
    /// requests set it.
    /// </summary>
    public long? RequesterId { get; private set; }

    /// <summary>
    /// While set, the activated tasks naming this person approver are readable too, whatever account holds them, with
    /// their approvers' answers and their workflows' headers — not their notes — and the person's own answers may be
    /// changed (ADR 29: any person may approve). Only the reads and answers of a person's approvals set it.
    /// </summary>
    public long? ApproverId { get; private set; }

    /// <summary>
    /// Set only while the accounts a person holds roles in are read (<see cref="ReadOwnRoles"/>), with no account current:
    /// this person's own role records, in whatever account, and the accepted trusts carrying <c>roles</c> become readable,
    /// nothing else account-owned (ADR 48).
    /// </summary>
    public long? RoleHolderId { get; private set; }

    public void Enter(string accountId, string? directoryAccountId)
    {
        AccountId = accountId;
        DirectoryAccountId = directoryAccountId == accountId ? null : directoryAccountId;
        TokenHash = null;
        SignInEmail = null;
    }

    public void EnterTokenLookup(string tokenHash)
    {
        AccountId = null;
        DirectoryAccountId = null;
        TokenHash = tokenHash;
        SignInEmail = null;
    }

    public void EnterSignInLookup(string emailKey)
    {
        Leave();
        SignInEmail = emailKey;
    }

    public void Leave()
    {
        AccountId = null;
        DirectoryAccountId = null;
        TokenHash = null;
        SignInEmail = null;
    }

    /// <summary>
    /// Acts in another account for the duration of the returned scope, for one of the reasons <see cref="Crossing"/>
    /// names (there is no other way to change accounts once a call's caller is resolved).
    /// </summary>
    public IDisposable Cross(Crossing why, string accountId, string? directoryAccountId)
    {
        _ = why; // The reason is for the reader (and a search): every crossing says why it crosses.
        var (account, directory, token, signIn) = (AccountId, DirectoryAccountId, TokenHash, SignInEmail);
        Enter(accountId, directoryAccountId);
        return new Restore(() =>
        {
            AccountId = account;
            DirectoryAccountId = directory;
            TokenHash = token;
            SignInEmail = signIn;
        });
    }

    /// <summary>Reads the catalogs of all accounts for the duration of the returned scope.</summary>
    public IDisposable BrowseCatalog()
    {
        CatalogBrowsing = true;
        return new Restore(() => CatalogBrowsing = false);
    }

    /// <summary>Also reads the requests of <paramref name="personId"/>, in any account, for the duration of the returned scope.</summary>
    public IDisposable ReadOwnRequests(long personId)
    {
        var before = RequesterId;
        RequesterId = personId;
        return new Restore(() => RequesterId = before);
    }

    /// <summary>
    /// Also reads the approval tasks of <paramref name="personId"/> (and lets them answer), in any account, for the duration
    /// of the returned scope; null reads as the account alone again, inside such a scope.
    /// </summary>
    public IDisposable ReadMyApprovals(long? personId)
    {
        var before = ApproverId;
        ApproverId = personId;
        return new Restore(() => ApproverId = before);
    }

    /// <summary>
    /// Reads, for the duration of the returned scope, the roles <paramref name="personId"/> holds in every account and the
    /// trusts that decide which of them count, and nothing else: no account is current meanwhile and every other read
    /// mode is off (ADR 48). Whichever scope was entered is restored when it is disposed.
    /// </summary>
    public IDisposable ReadOwnRoles(long personId)
    {
        var (account, directory, token, signIn) = (AccountId, DirectoryAccountId, TokenHash, SignInEmail);
        var (catalog, requester, approver, holder) = (CatalogBrowsing, RequesterId, ApproverId, RoleHolderId);
        Leave();
        (CatalogBrowsing, RequesterId, ApproverId, RoleHolderId) = (false, null, null, personId);
        return new Restore(() =>
        {
            (AccountId, DirectoryAccountId, TokenHash, SignInEmail) = (account, directory, token, signIn);
            (CatalogBrowsing, RequesterId, ApproverId, RoleHolderId) = (catalog, requester, approver, holder);
        });
    }

    /// <summary>A key that changes whenever what may be read changes; the PostgreSQL session settings follow it.</summary>
    public string Key => $"{AccountId}|{DirectoryAccountId}|{TokenHash}|{SignInEmail}|{CatalogBrowsing}|{RequesterId}|{ApproverId}|{RoleHolderId}";

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
