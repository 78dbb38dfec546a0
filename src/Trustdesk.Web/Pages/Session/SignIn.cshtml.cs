using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Data;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Pages.Session;

/// <summary>
/// <c>/sign-in</c>: e-mail and password. Whatever is wrong — an unknown address, a wrong password, a disabled person
/// or account — the answer is the same message (ADR 20).
/// </summary>
public sealed class SignInModel(TrustdeskDbContext db, Passwords passwords, CallerResolution resolution) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Refused { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        if (string.IsNullOrWhiteSpace(Email)) ModelState.AddModelError(nameof(Email), "Enter your e-mail address.");
        if (string.IsNullOrEmpty(Password)) ModelState.AddModelError(nameof(Password), "Enter your password.");
        if (!ModelState.IsValid) return Page();

        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        var signIn = await passwords.VerifyAsync(Email!, Password!, cancel);
        // The person and their account must be enabled too, by the rules every request then applies.
        if (signIn is null || await resolution.ResolvePersonAsync(0, signIn.PersonId, signIn.AccountId, null, false, cancel) is not null)
        {
            Refused = true;
            Password = null;
            return Page();
        }
        await CookieSession.SignInAsync(HttpContext, signIn.PersonId, signIn.AccountId);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/portal");
    }
}
