using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Problems;

namespace Trustdesk.Web.Pages.Console.Problems;

/// <summary>
/// <c>/console/{account}/problems/new</c>: a specialist registers a problem for a service of the account, through the
/// handler of <c>POST /v1/problems</c>; people who may not write one get the 404 page.
/// </summary>
public sealed class NewProblemModel(SaveProblem save, AccountChoices choices, Caller caller) : PageModel
{
    [BindProperty]
    public ProblemForm Form { get; set; } = new();

    public ProblemChoices Choices { get; private set; } = ProblemChoices.None;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (!save.MayWrite) return NotFound();
        Choices = await ProblemChoices.ReadAsync(choices, Form, cancel);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        if (!save.MayWrite) return NotFound();
        var answer = await save.CreateAsync(Form.Input, ProblemForm.AllFields, cancel);
        if (answer.StatusCode == StatusCodes.Status201Created)
            return Redirect($"/console/{caller.AccountId}/problems/{answer.Body!["id"]!.GetValue<long>()}?done=saved");
        FormErrors.Show(ModelState, answer, ProblemForm.Fields);
        Choices = await ProblemChoices.ReadAsync(choices, Form, cancel);
        return Page();
    }
}
