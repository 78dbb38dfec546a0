using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Web.Features.Knowledge;

namespace Trustdesk.Web.Pages.Portal;

/// <summary>
/// <c>/portal/suggestions?q=</c>: the knowledge articles matching what a person is typing as a request's subject, best
/// first, as a fragment the request form shows while they type (<c>portal-suggest.js</c>).
/// </summary>
public sealed class SuggestionsModel(PortalSearch search) : PageModel
{
    /// <summary>How many articles a form suggests.</summary>
    public const int Count = 5;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<PortalSearch.ArticleHit> Articles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancel) =>
        Articles = await search.ArticlesAsync(SearchTerms.Parse(Q), Count, cancel);
}
