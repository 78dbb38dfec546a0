using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Trustdesk.Web.Pages.Session;

/// <summary>
/// <c>POST /sign-out</c> ends the session on the server, so a copy of its cookie stops working too (ADR 40), then drops
/// the cookie (a form with the antiforgery token; a link could be forged).
/// </summary>
public sealed class SignOutModel(WebSessions sessions) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        if (CookieSession.Read(User) is { } session) await sessions.EndAsync(session, cancel);
        await CookieSession.SignOutAsync(HttpContext);
        return LocalRedirect(WebUi.SignInPath);
    }
}
