using Microsoft.AspNetCore.Mvc.ModelBinding;
using Trustdesk.Web.Api;
using Trustdesk.Web.Pages.Portal;

namespace Trustdesk.Web.Pages.Console;

/// <summary>
/// A handler's refusal shown on a console form: its field errors next to the fields (API field names mapped to the
/// form's), a stale version as one message above the form. A 404 is the caller's to answer with the 404 page.
/// </summary>
public static class FormErrors
{
    public const string Stale = "This record was changed by someone else since you opened it. Reload the page to see the changes, then make yours again.";

    /// <param name="forbidden">What a 403 means on this form, in words (who may make the change), where the page says it.</param>
    public static void Show(ModelStateDictionary state, ApiResult refused, IReadOnlyDictionary<string, string> fields, string? forbidden = null)
    {
        if (refused.StatusCode == StatusCodes.Status412PreconditionFailed || (refused.StatusCode == StatusCodes.Status403Forbidden && forbidden is not null))
        {
            state.AddModelError("", refused.StatusCode == StatusCodes.Status412PreconditionFailed ? Stale : forbidden!);
            return;
        }
        foreach (var (field, text) in refused.FieldErrors)
            state.AddModelError(fields.GetValueOrDefault(field, ""), $"{RequestView.Words(field)} {text}.");
        if (refused.FieldErrors.Count == 0) state.AddModelError("", refused.Body?["message"]?.GetValue<string>() ?? "The change could not be made.");
    }
}
