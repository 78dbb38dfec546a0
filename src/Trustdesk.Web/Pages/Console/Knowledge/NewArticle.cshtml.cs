using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Knowledge;

namespace Trustdesk.Web.Pages.Console.Knowledge;

/// <summary>
/// <c>/console/{account}/knowledge/new</c>: a specialist writes an article for a service of the account, through the
/// handler of <c>POST /v1/knowledge_articles</c>; people who write none get the 404 page.
/// </summary>
public sealed class NewArticleModel(SaveKnowledgeArticle save, AccountChoices choices, Caller caller) : PageModel
{
    [BindProperty]
    public ArticleForm Form { get; set; } = new();

    public ArticleChoices Choices { get; private set; } = new([], []);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (!save.Standing.Writes) return NotFound();
        await ChoicesAsync(cancel);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        if (!save.Standing.Writes) return NotFound();
        var answer = await save.CreateAsync(Form.Input, ArticleForm.AllFields, cancel);
        if (answer.StatusCode == StatusCodes.Status201Created)
            return Redirect($"/console/{caller.AccountId}/knowledge/{answer.Body!["id"]!.GetValue<long>()}?saved=true");
        FormErrors.Show(ModelState, answer, ArticleForm.Fields);
        await ChoicesAsync(cancel);
        return Page();
    }

    private async Task ChoicesAsync(CancellationToken cancel) =>
        Choices = new ArticleChoices(await choices.ServicesAsync(Form.ServiceId, cancel), ArticleChoices.StatusesFor(save.Standing.Validates));
}
