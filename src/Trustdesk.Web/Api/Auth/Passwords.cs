using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Stamping;
using Trustdesk.Domain.Access;

namespace Trustdesk.Web.Api.Auth;

/// <summary>
/// Web UI passwords, hashed with ASP.NET Core's <see cref="PasswordHasher{TUser}"/>. An unknown e-mail and a wrong
/// password get the same answer after the same work, so the sign-in page does not tell which addresses exist (ADR 20).
/// </summary>
public sealed class Passwords(TrustdeskDbContext db, TimeProvider time)
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    private static readonly PasswordHasher<SignIn> Hasher = new();

    /// <summary>
    /// What a session cookie carries of the password it was opened with: a new password (set by anyone) changes it, so
    /// the sessions opened before end at their next page (ADR 27). A digest of the salted hash; it reveals neither.
    /// </summary>
    public static string StampOf(string passwordHash) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(passwordHash)))[..16];

    /// <summary>Whether <paramref name="passwordHash"/> (null: no password) is the one <paramref name="stamp"/> was made of.</summary>
    public static bool HasStamp(string? passwordHash, string stamp) => passwordHash is not null && StampOf(passwordHash) == stamp;

    /// <summary>What is wrong with a new password, or null: 12 to 128 characters, no composition rules (ADR 27).</summary>
    public static string? Problem(string? password) => password switch
    {
        null or "" => "can't be blank",
        _ when string.IsNullOrWhiteSpace(password) => "can't be blank",
        _ when password.Length < MinimumLength => $"is too short (minimum is {MinimumLength} characters)",
        _ when password.Length > MaximumLength => $"is too long (maximum is {MaximumLength} characters)",
        _ when password.Contains('\0', StringComparison.Ordinal) => "can't contain a NUL character",
        _ => null,
    };

    // Verified against when no sign-in has the e-mail: costs what a real verification costs, and never matches.
    private static readonly string Decoy = Hasher.HashPassword(new SignIn(), Guid.NewGuid().ToString());

    /// <summary>The sign-in whose e-mail and password match, or null. Runs in a transaction of its own when none is open.</summary>
    public async Task<SignIn?> VerifyAsync(string email, string password, CancellationToken cancel)
    {
        var key = SignIn.KeyOf(email);
        // No stored e-mail holds a NUL, and PostgreSQL refuses one in a parameter: such an address is nobody's.
        var candidates = key.Contains('\0', StringComparison.Ordinal) ? [] : await CandidatesAsync(key, cancel);
        if (candidates.Count == 0)
        {
            Hasher.VerifyHashedPassword(new SignIn(), Decoy, password);
            return null;
        }
        // People are unique by e-mail within an account, not across the platform: the password tells them apart.
        return candidates.FirstOrDefault(c => Matches(c, password));
    }

    /// <summary>
    /// Whether anyone signs in with this e-mail and password. Without <see cref="VerifyAsync"/>'s decoy work, so never for an
    /// answer to someone signing in: for the server's own checks (<c>DemoCredentials</c>).
    /// </summary>
    public async Task<bool> SignsInAsync(string email, string password, CancellationToken cancel) =>
        (await CandidatesAsync(SignIn.KeyOf(email), cancel)).Any(c => Matches(c, password));

    private static bool Matches(SignIn signIn, string password) =>
        Hasher.VerifyHashedPassword(signIn, signIn.PasswordHash, password) != PasswordVerificationResult.Failed;

    /// <summary>The sign-ins with this e-mail key, read in the lookup scope that makes only those readable.</summary>
    private async Task<List<SignIn>> CandidatesAsync(string key, CancellationToken cancel)
    {
        // PostgreSQL's row-level security reads its settings inside a transaction only.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancel) : null;
        db.Scope.EnterSignInLookup(key);
        try
        {
            return await db.SignIns.AsNoTracking().Where(s => s.EmailKey == key).OrderBy(s => s.Id).ToListAsync(cancel);
        }
        finally
        {
            db.Scope.Leave();
        }
    }

    /// <summary>
    /// The person changes their own password: the new password's session stamp (<see cref="StampOf"/>), or null (and
    /// nothing changed) when <paramref name="current"/> is not it or they have none. Tracked, unsaved; the current
    /// account must be the person's own.
    /// </summary>
    public async Task<string?> ChangeAsync(long personId, string current, string next, CancellationToken cancel)
    {
        var signIn = await db.SignIns.FirstOrDefaultAsync(s => s.PersonId == personId, cancel);
        if (signIn is null || Hasher.VerifyHashedPassword(signIn, signIn.PasswordHash, current) == PasswordVerificationResult.Failed) return null;
        signIn.PasswordHash = Hasher.HashPassword(signIn, next);
        signIn.UpdatedAt = time.UtcNowToTheSecond();
        return StampOf(signIn.PasswordHash);
    }

    /// <summary>
    /// A person signs in with their primary e-mail address: once it changes, the old one no longer signs them in and the
    /// new one does, with the same password (tracked, unsaved; nothing when they have no password). The current account
    /// must be the person's own.
    /// </summary>
    public async Task FollowEmailAsync(long personId, string email, CancellationToken cancel)
    {
        if (await db.SignIns.FirstOrDefaultAsync(s => s.PersonId == personId, cancel) is { } signIn) signIn.EmailKey = SignIn.KeyOf(email);
    }

    /// <summary>Sets a person's password (tracked, unsaved). The current account must be the person's own.</summary>
    public async Task SetAsync(long personId, string email, string password, CancellationToken cancel)
    {
        var signIn = await db.SignIns.FirstOrDefaultAsync(s => s.PersonId == personId, cancel);
        if (signIn is null) db.SignIns.Add(signIn = new SignIn { PersonId = personId });
        signIn.EmailKey = SignIn.KeyOf(email);
        signIn.PasswordHash = Hasher.HashPassword(signIn, password);
        signIn.UpdatedAt = time.UtcNowToTheSecond();
    }
}
