using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Trustdesk.Web.Pages.Session;

/// <summary>
/// What the session cookie says: the person and the account they live in, nothing more. Roles and trusts are read
/// from the database on every request, so a revoked role or trust takes effect at once.
/// </summary>
public static class CookieSession
{
    private const string PersonClaim = "person";
    private const string AccountClaim = "account";

    public static Task SignInAsync(HttpContext context, long personId, string accountId)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(PersonClaim, personId.ToString(CultureInfo.InvariantCulture)),
                new Claim(AccountClaim, accountId),
            ], CookieAuthenticationDefaults.AuthenticationScheme);
        return context.SignInAsync(new ClaimsPrincipal(identity));
    }

    public static Task SignOutAsync(HttpContext context) => context.SignOutAsync();

    /// <summary>The person and home account of a signed-in user; false when the cookie is missing or says something else.</summary>
    public static bool TryRead(ClaimsPrincipal user, out long personId, out string accountId)
    {
        accountId = user.FindFirstValue(AccountClaim) ?? "";
        return long.TryParse(user.FindFirstValue(PersonClaim), NumberStyles.None, CultureInfo.InvariantCulture, out personId)
            && accountId.Length > 0 && user.Identity?.IsAuthenticated == true;
    }
}
