using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Pages.Session;

/// <summary>
/// What a session cookie says: the person, the account they live in, the stamp of the password they signed in with
/// (<see cref="Passwords.StampOf"/>) and the key of its session on the server (<see cref="WebSessions"/>), nothing
/// more. Roles and trusts are read from the database on every request, so a revoked role or trust takes effect at once;
/// so are the password (a new one ends the sessions before it) and the session (signing out ends it, ADR 40).
/// </summary>
public sealed record SessionCookie(long PersonId, string AccountId, string Stamp, string Key);

public static class CookieSession
{
    private const string PersonClaim = "person";
    private const string AccountClaim = "account";
    private const string StampClaim = "stamp";
    private const string SessionClaim = "session";

    public static Task SignInAsync(HttpContext context, SessionCookie session)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(PersonClaim, session.PersonId.ToString(CultureInfo.InvariantCulture)),
                new Claim(AccountClaim, session.AccountId),
                new Claim(StampClaim, session.Stamp),
                new Claim(SessionClaim, session.Key),
            ], CookieAuthenticationDefaults.AuthenticationScheme);
        return context.SignInAsync(new ClaimsPrincipal(identity));
    }

    /// <summary>Drops the cookie from this browser; <see cref="WebSessions.EndAsync"/> ends the session itself.</summary>
    public static Task SignOutAsync(HttpContext context) => context.SignOutAsync();

    /// <summary>
    /// What the signed-in user's cookie says; null when it is missing or says something else (a cookie from before
    /// stamps or server-side sessions signs in again).
    /// </summary>
    public static SessionCookie? Read(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
        && long.TryParse(user.FindFirstValue(PersonClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var personId)
        && user.FindFirstValue(AccountClaim) is { Length: > 0 } accountId
        && user.FindFirstValue(StampClaim) is { Length: > 0 } stamp
        && user.FindFirstValue(SessionClaim) is { Length: > 0 } key
            ? new SessionCookie(personId, accountId, stamp, key)
            : null;
}
