using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Access;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Pages.Session;

/// <summary>
/// Sessions kept on the server (ADR 40): signing in starts one, every page and live delivery asks whether its session
/// is still live, signing out ends it, so a copied cookie stops working with the browser it was copied from. A session
/// ends too when the person's password changes (ADR 27) and, however active, <see cref="SignInOptions.SessionHours"/>
/// after it started. Rows live in the person's own account: each method reads and writes there.
/// </summary>
public sealed class WebSessions(TrustdeskDbContext db, TimeProvider time, IOptions<SignInOptions> options)
{
    /// <summary>Starts a session for the person (in the caller's transaction, or one of its own) and returns its cookie.</summary>
    public async Task<SessionCookie> StartAsync(long personId, string accountId, string stamp, CancellationToken cancel)
    {
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancel) : null;
        using (db.Scope.Cross(Crossing.PersonsHome, accountId, null))
        {
            // The person's sessions that have run out go now: rows stay bounded by the sessions a person really has.
            await db.WebSessions.Where(s => s.PersonId == personId && s.ExpiresAt <= now).ExecuteDeleteAsync(cancel);
            db.WebSessions.Add(new WebSession
            {
                PersonId = personId, KeyHash = TokenSecret.Hash(key), StartedAt = now,
                ExpiresAt = now.AddHours(options.Value.SessionHours),
            });
            await db.SaveChangesAsync(cancel);
        }
        if (transaction is not null) await transaction.CommitAsync(cancel);
        return new SessionCookie(personId, accountId, stamp, key);
    }

    /// <summary>
    /// Whether the cookie's session is live: started on this server, not ended or run out, and opened with the password
    /// the person has now. One query, in the person's own account.
    /// </summary>
    public async Task<bool> IsLiveAsync(SessionCookie cookie, CancellationToken cancel)
    {
        var hash = TokenSecret.Hash(cookie.Key);
        var now = time.GetUtcNow().UtcDateTime;
        using (db.Scope.Cross(Crossing.PersonsHome, cookie.AccountId, null))
        {
            var found = await db.SignIns.AsNoTracking().Where(s => s.PersonId == cookie.PersonId)
                .Select(s => new
                {
                    s.PasswordHash,
                    Live = db.WebSessions.Any(w => w.PersonId == cookie.PersonId && w.KeyHash == hash && w.ExpiresAt > now),
                })
                .FirstOrDefaultAsync(cancel);
            return found is { Live: true } && Passwords.HasStamp(found.PasswordHash, cookie.Stamp);
        }
    }

    /// <summary>Ends the cookie's session (in a transaction of its own); a session already gone is no error.</summary>
    public async Task EndAsync(SessionCookie cookie, CancellationToken cancel)
    {
        var hash = TokenSecret.Hash(cookie.Key);
        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        using (db.Scope.Cross(Crossing.PersonsHome, cookie.AccountId, null))
            await db.WebSessions.Where(s => s.PersonId == cookie.PersonId && s.KeyHash == hash).ExecuteDeleteAsync(cancel);
        await transaction.CommitAsync(cancel);
    }
}
