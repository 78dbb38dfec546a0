using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Trustdesk.Web.Pages.Errors;

/// <summary>
/// The page every web UI error and bodiless status ends on (re-executed by <c>UseWebUi</c>): a plain explanation, never a
/// stack trace. A record or account the person may not see gets the same 404 page as one that does not exist. No
/// handler method, so it renders for whatever method the failed request used; it reads nothing.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Code { get; set; }

    public string Title => Code switch
    {
        404 => "Page not found",
        400 => "The form could not be accepted",
        409 => "Changed by someone else",
        503 => "Unavailable for a moment",
        _ when Code >= 500 => "Something went wrong",
        _ => "The request could not be handled",
    };

    public string Explanation => Code switch
    {
        404 => "There is nothing here, or nothing you may see.",
        400 => "The form was incomplete or has expired. Go back, reload the page and try again.",
        409 => "Someone else changed the same thing at the same moment. Reload the page and try again.",
        503 => "The database cannot be reached just now, so nothing was done. Please try again in a few seconds.",
        _ when Code >= 500 => "The error has been logged. Please try again in a moment.",
        _ => "Go back and try again.",
    };
}
