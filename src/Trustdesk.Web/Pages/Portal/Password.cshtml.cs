using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Data;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Pages.Session;

namespace Trustdesk.Web.Pages.Portal;

/// <summary>
/// <c>/portal/password</c>: the signed-in person changes their own password, proving the current one (ADR 27). The
/// portal acts in the person's own account, where their sign-in lives.
/// </summary>
public sealed class PasswordModel(TrustdeskDbContext db, Passwords passwords, Caller caller) : PageModel
{
    [BindProperty]
    public string? Current { get; set; }

    [BindProperty]
    public string? New { get; set; }

    [BindProperty]
    public string? Repeated { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Done { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        if (string.IsNullOrEmpty(Current)) ModelState.AddModelError(nameof(Current), "Enter your current password.");
        if (Passwords.Problem(New) is { } problem) ModelState.AddModelError(nameof(New), "The new password " + problem + ".");
        else if (Repeated != New) ModelState.AddModelError(nameof(Repeated), "The two new passwords differ.");
        var stamp = ModelState.IsValid ? await passwords.ChangeAsync(caller.PersonId, Current!, New!, cancel) : null;
        if (ModelState.IsValid && stamp is null) ModelState.AddModelError(nameof(Current), "Your current password is not right.");
        if (!ModelState.IsValid)
        {
            (Current, New, Repeated) = (null, null, null);
            return Page();
        }
        // In the page's transaction, which commits a page that succeeded. This session goes on with the new password;
        // the person's other sessions end at their next page.
        await db.SaveChangesAsync(cancel);
        await CookieSession.SignInAsync(HttpContext, CookieSession.Read(User)! with { Stamp = stamp! });
        return RedirectToPage(new { Done = true });
    }
}
