using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Trustdesk.Data;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Pages.Session;

/// <summary>
/// <c>/sign-in</c>: e-mail and password. Whatever is wrong — an unknown address, a wrong password, a disabled person
/// or account — the answer is the same message (ADR 20).
/// </summary>
public sealed class SignInModel(
    TrustdeskDbContext db, Passwords passwords, CallerResolution resolution, SignInThrottle throttle, SignInDevices devices,
    IOptions<SignInOptions> options, TimeProvider time, WebSessions sessions) : PageModel
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
        // Held back after too many failures or checks: no password is checked, whoever's address it is (or nobody's).
        var attempt = SignInAttempt.Of(Email!, HttpContext, devices);
        if (throttle.HeldUntil(attempt) is { } until)
        {
            var wait = until - time.GetUtcNow();
            HeldForMinutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
            Password = null;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }

        var started = Stopwatch.GetTimestamp();
        var signedIn = await CheckAsync(cancel);
        // However many password hashes were checked (none for an unknown address, one per account holding it), the
        // answer comes no sooner than the floor: its timing tells nothing (ADR 33).
        // The timers count whole milliseconds and may fire up to one early, so the wait is checked and made up.
        var floor = TimeSpan.FromMilliseconds(options.Value.MinimumMilliseconds);
        for (var left = floor - Stopwatch.GetElapsedTime(started); left > TimeSpan.Zero; left = floor - Stopwatch.GetElapsedTime(started))
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(left.TotalMilliseconds) + 1), CancellationToken.None);
        if (signedIn is null)
        {
            throttle.Failed(attempt);
            Refused = true;
            Password = null;
            return Page();
        }
        throttle.Succeeded(attempt);
        devices.Remember(HttpContext, attempt.Address);
        var session = await sessions.StartAsync(signedIn.PersonId, signedIn.AccountId, Passwords.StampOf(signedIn.PasswordHash), cancel);
        await CookieSession.SignInAsync(HttpContext, session);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/portal");
    }

    /// <summary>The sign-in whose password matches, if its person and account may sign in (by the rules every request applies).</summary>
    private async Task<Domain.Access.SignIn?> CheckAsync(CancellationToken cancel)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        var signIn = await passwords.VerifyAsync(Email!, Password!, cancel);
        return signIn is not null && await resolution.ResolvePersonAsync(0, signIn.PersonId, signIn.AccountId, null, false, cancel) is null
            ? signIn : null;
    }
}
