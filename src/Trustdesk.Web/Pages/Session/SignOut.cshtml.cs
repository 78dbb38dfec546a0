using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Trustdesk.Web.Pages.Session;

/// <summary><c>POST /sign-out</c> ends the session (a form with the antiforgery token; a link could be forged).</summary>
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await CookieSession.SignOutAsync(HttpContext);
        return LocalRedirect(WebUi.SignInPath);
    }
}
