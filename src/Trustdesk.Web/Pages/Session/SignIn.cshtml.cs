using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Data;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Pages.Session;

/// <summary>
/// <c>/sign-in</c>: e-mail and password. Whatever is wrong — an unknown address, a wrong password, a disabled person
/// or account — the answer is the same message (ADR 20).
/// </summary>
public sealed class SignInModel(TrustdeskDbContext db, Passwords passwords, CallerResolution resolution, SignInThrottle throttle, TimeProvider time)
    : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Refused { get; private set; }

    /// <summary>Minutes until a held-back address may try again (ADR 26); null when it is not held back.</summary>
    public int? HeldForMinutes { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        if (string.IsNullOrWhiteSpace(Email)) ModelState.AddModelError(nameof(Email), "Enter your e-mail address.");
        if (string.IsNullOrEmpty(Password)) ModelState.AddModelError(nameof(Password), "Enter your password.");
        if (!ModelState.IsValid) return Page();
        // Held back after too many failures: no password is checked, whoever's address it is (or nobody's).
        if (throttle.HeldUntil(Email!) is { } until)
        {
            var wait = until - time.GetUtcNow();
            HeldForMinutes = (int)Math.Ceiling(wait.TotalMinutes);
            Password = null;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        var signIn = await passwords.VerifyAsync(Email!, Password!, cancel);
        // The person and their account must be enabled too, by the rules every request then applies.
        if (signIn is null || await resolution.ResolvePersonAsync(0, signIn.PersonId, signIn.AccountId, null, false, cancel) is not null)
        {
            throttle.Failed(Email!);
            Refused = true;
            Password = null;
            return Page();
        }
        throttle.Succeeded(Email!);
        await CookieSession.SignInAsync(HttpContext, signIn.PersonId, signIn.AccountId, Passwords.StampOf(signIn.PasswordHash));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/portal");
    }
}
