using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Domain.Knowledge;
using Trustdesk.Web.Api.Audit;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Knowledge;

namespace Trustdesk.Web.Pages.Console.Knowledge;

/// <summary>
/// <c>/console/{account}/knowledge/{id}</c>: an article the account sees (<c>GET /v1/knowledge_articles/:id</c>); in its own
/// account with its audit trail, and changed through the handler of <c>PATCH</c> from the version the form was shown with
/// by those who may (specialists; a validated or archived one by knowledge managers). Another account's article, or a
/// missing one, is the 404 page.
/// </summary>
public sealed class ArticleModel(ListKnowledgeArticles list, SaveKnowledgeArticle save, AccountChoices choices, RequestArticles uses,
    ArticleAudience audience, Caller caller)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public ArticleForm Form { get; set; } = new();

    public KnowledgeArticleResponse? Article { get; private set; }

    /// <summary>The article's audit trail, when it is the account's own.</summary>
    public IReadOnlyList<AuditEntryResponse>? Trail { get; private set; }

    /// <summary>How many people it answered without a request, when it is the account's own.</summary>
    public int? Deflections { get; private set; }

    /// <summary>Who can see the article and why, when it is the account's own.</summary>
    public IReadOnlyList<ArticleAudience.Line> Audience { get; private set; } = [];

    /// <summary>The requests this account sees that the article was used on.</summary>
    public IReadOnlyList<(long Id, string Subject)> UsedOn { get; private set; } = [];

    /// <summary>The form's choices, when the person may change the article.</summary>
    public ArticleChoices? Editing { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (!await LoadAsync(cancel)) return NotFound();
        Form = ArticleForm.Of(Article!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        var answer = await save.UpdateAsync(Id, Form.Input, ArticleForm.AllFields, Version, cancel);
        if (answer.StatusCode == StatusCodes.Status404NotFound) return NotFound();
        if (answer.StatusCode == StatusCodes.Status200OK) return Redirect($"/console/{caller.AccountId}/knowledge/{Id}?saved=true");
        if (answer.StatusCode == StatusCodes.Status403Forbidden)
            ModelState.AddModelError("", "Only a knowledge manager changes an article that is validated or archived.");
        else
            FormErrors.Show(ModelState, answer, ArticleForm.Fields);
        return await LoadAsync(cancel) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancel)
    {
        if (await list.FindAsync(Id, cancel) is not { } found) return false;
        (Article, Version) = found;
        Trail = await list.TrailAsync(Id, cancel);
        Deflections = await list.DeflectionsAsync(Id, cancel);
        UsedOn = await uses.UsesAsync(Id, cancel);
        if (Article.Account is null) Audience = await audience.OfAsync(Article, caller.Account.Name, cancel);
        var (writes, validates) = save.Standing;
        var own = Article.Account is null;
        var published = Article.Status is KnowledgeArticleStatus.Validated or KnowledgeArticleStatus.Archived;
        if (own && writes && (validates || !published))
            Editing = new ArticleChoices(await choices.ServicesAsync(Article.Service.Id, cancel), ArticleChoices.StatusesFor(validates));
        return true;
    }
}
