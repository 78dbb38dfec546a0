using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Pages.Console;

/// <summary><c>/console/{account}</c>: where a specialist starts in one account; only people with roles there get in.</summary>
public sealed class ConsoleHomeModel(Caller caller) : PageModel
{
    /// <summary>The person's roles in this account, as the platform names them, in a stable order (read when the page renders: the caller is resolved after the model is made).</summary>
    public IReadOnlyList<string> Roles => caller.Roles.Order(StringComparer.Ordinal).Select(r => r.Replace('_', ' ')).ToList();
}
