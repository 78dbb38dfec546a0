using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.ConfigurationItems;
using Trustdesk.Web.Features.Trusts;

namespace Trustdesk.Web.Pages.Console.ConfigurationItems;

/// <summary>
/// <c>/console/{account}/cis/new</c>: a configuration manager or administrator registers a CI of a product of the account,
/// through the handler of <c>POST /v1/cis</c>; people who may not get the 404 page.
/// </summary>
public sealed class NewCiModel(SaveCi save, AccountChoices choices, TrustedTeams teams, Caller caller) : PageModel
{
    [BindProperty]
    public CiForm Form { get; set; } = new();

    public CiChoices Choices { get; private set; } = new([], [], [], []);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (!save.MayDefine) return NotFound();
        Choices = await CiChoices.ReadAsync(choices, teams, caller.AccountId, Form, cancel);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        if (!save.MayDefine) return NotFound();
        var answer = await save.CreateAsync(Form.Input, Form.Sent(defines: true, current: null), cancel);
        if (answer.StatusCode == StatusCodes.Status201Created)
            return Redirect($"/console/{caller.AccountId}/cis/{answer.Body!["id"]!.GetValue<long>()}?done=saved");
        FormErrors.Show(ModelState, answer, CiForm.Fields);
        Choices = await CiChoices.ReadAsync(choices, teams, caller.AccountId, Form, cancel);
        return Page();
    }
}
