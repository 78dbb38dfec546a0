using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Coverage;
using Trustdesk.Web.Features.Knowledge;

namespace Trustdesk.Web.Pages.Portal;

/// <summary>
/// <c>/portal/articles/{id}</c>: a knowledge article that reaches the person, with its instructions, the service's
/// instances they may still ask for, and "This solved my question" (<see cref="KnowledgeDeflections"/>). An article that
/// does not reach them answers the 404 page, like a missing one.
/// </summary>
public sealed class ArticlePageModel(VisibleArticles visible, KnowledgeArticleJson json, ListCoveredServiceInstances catalog,
    KnowledgeDeflections deflections, Caller caller) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Solved { get; set; }

    public KnowledgeArticleResponse? Article { get; private set; }

    /// <summary>The name of the account providing the article.</summary>
    public string ProvidedBy { get; private set; } = "";

    /// <summary>The instances of the article's service in the person's catalog: where to ask when the article did not help.</summary>
    public IReadOnlyList<CatalogEntry> AskInstead { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel) => await LoadAsync(cancel) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSolvedAsync(CancellationToken cancel) =>
        await deflections.RecordAsync(Id, cancel) ? Redirect($"/portal/articles/{Id}?solved=true") : NotFound();

    private async Task<bool> LoadAsync(CancellationToken cancel)
    {
        using (visible.Browse())
        {
            var found = await visible.Query(await visible.ReachAsync(cancel)).FirstOrDefaultAsync(a => a.Id == Id, cancel);
            if (found is null) return false;
            Article = await json.RenderAsync(found, cancel);
        }
        var entries = await catalog.OfCallerAsync(cancel);
        AskInstead = entries.Where(e => e.ServiceId == Article.Service.Id).ToList();
        ProvidedBy = Article.Account?.Name ?? caller.Account.Name;
        return true;
    }
}
