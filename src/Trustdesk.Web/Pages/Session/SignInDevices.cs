using Microsoft.AspNetCore.DataProtection;

namespace Trustdesk.Web.Pages.Session;

/// <summary>
/// Device cookies (OWASP's answer to lock-out): a browser that signed in with an address carries a protected cookie
/// naming it (hashed), and is not held back when many clients guess that address together (ADR 33). The cookie names
/// up to a few addresses (a shared computer), is readable only by this deployment (ASP.NET Core data protection), is
/// sent only to the sign-in page, and keeps no session: it grants nothing but an exemption from the many-clients hold.
/// </summary>
public sealed class SignInDevices(IDataProtectionProvider protection, TimeProvider time)
{
    public const string CookieName = "trustdesk.device";
    private const int MostAddresses = 5;
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);

    private readonly IDataProtector _protector = protection.CreateProtector("Trustdesk.SignIn.Device.v1");

    public bool Knows(HttpRequest request, string addressKey) => Addresses(request).Contains(addressKey);

    public void Remember(HttpContext context, string addressKey)
    {
        var addresses = Addresses(context.Request).Where(a => a != addressKey).Prepend(addressKey).Take(MostAddresses);
        context.Response.Cookies.Append(CookieName, _protector.Protect(string.Join(',', addresses)), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = WebUi.SignInPath,
            Expires = time.GetUtcNow() + Lifetime,
            IsEssential = true,
        });
    }

    private string[] Addresses(HttpRequest request)
    {
        if (request.Cookies[CookieName] is not { Length: > 0 and < 4096 } cookie) return [];
        try
        {
            return _protector.Unprotect(cookie).Split(',');
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return []; // Made up, tampered with, or from another deployment: no device.
        }
    }
}
