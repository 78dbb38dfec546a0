using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Pages.Session;

/// <summary>
/// What the session cookie says: the person, the account they live in, and the stamp of the password they signed in
/// with (<see cref="Passwords.StampOf"/>), nothing more. Roles and trusts are read from the database on every request,
/// so a revoked role or trust takes effect at once; so is the password, so a new one ends the sessions before it.
/// </summary>
public static class CookieSession
{
    private const string PersonClaim = "person";
    private const string AccountClaim = "account";
    private const string StampClaim = "stamp";

    public static Task SignInAsync(HttpContext context, long personId, string accountId, string stamp)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(PersonClaim, personId.ToString(CultureInfo.InvariantCulture)),
                new Claim(AccountClaim, accountId),
                new Claim(StampClaim, stamp),
            ], CookieAuthenticationDefaults.AuthenticationScheme);
        return context.SignInAsync(new ClaimsPrincipal(identity));
    }

    public static Task SignOutAsync(HttpContext context) => context.SignOutAsync();

    /// <summary>
    /// The person, home account and password stamp of a signed-in user; false when the cookie is missing or says
    /// something else (a cookie without a stamp, from before stamps, signs in again).
    /// </summary>
    public static bool TryRead(ClaimsPrincipal user, out long personId, out string accountId, out string stamp)
    {
        accountId = user.FindFirstValue(AccountClaim) ?? "";
        stamp = user.FindFirstValue(StampClaim) ?? "";
        return long.TryParse(user.FindFirstValue(PersonClaim), NumberStyles.None, CultureInfo.InvariantCulture, out personId)
            && accountId.Length > 0 && stamp.Length > 0 && user.Identity?.IsAuthenticated == true;
    }
}
