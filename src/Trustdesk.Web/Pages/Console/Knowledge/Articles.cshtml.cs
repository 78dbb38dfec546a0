using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Knowledge;
using Trustdesk.Web.Features.Knowledge;

namespace Trustdesk.Web.Pages.Console.Knowledge;

/// <summary>
/// <c>/console/{account}/knowledge</c>: the knowledge articles the account sees (<c>GET /v1/knowledge_articles</c> and its
/// predefined filters, through <see cref="ListKnowledgeArticles.PageAsync"/>): its own in every status, and the validated
/// articles of providers that reach it; searched by subject and paged, newest first.
/// </summary>
public sealed class ArticlesModel(ListKnowledgeArticles list, SaveKnowledgeArticle save) : PageModel
{
    public const int PerPage = 50;

    /// <summary>The tabs: every article, then one per status (the API's predefined filters).</summary>
    public static readonly IReadOnlyList<(string? Key, string Label)> Tabs =
        [(null, "All"), .. SnakeCaseEnum<KnowledgeArticleStatus>.Names.Select(n => ((string?)n, Portal.RequestView.Words(n)!))];

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int Number { get; set; } = 1;

    public IReadOnlyList<KnowledgeArticleResponse> Articles { get; private set; } = [];
    public bool HasNext { get; private set; }
    public bool MayWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        KnowledgeArticleStatus? status = null;
        if (Status is not null)
        {
            if (!SnakeCaseEnum<KnowledgeArticleStatus>.TryParse(Status, out var parsed)) return NotFound();
            status = parsed;
        }
        Number = Math.Clamp(Number, 1, 10_000);
        var page = await list.PageAsync(status, Q?.Trim() is { Length: > 0 and <= 200 } words ? words : null, Number, PerPage, cancel);
        (Articles, HasNext) = (page.Records, page.HasNext);
        MayWrite = save.Standing.Writes;
        return Page();
    }

    public string Link(string? status = null, int number = 1) =>
        QueryString.Create(new Dictionary<string, string?> { ["status"] = status, ["q"] = Q, ["p"] = number == 1 ? null : number.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToString();
}
