using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Contracts;

namespace Trustdesk.Web.Pages.Console.Contracts;

/// <summary>
/// <c>/console/{account}/contracts/new</c>: an administrator, configuration or service level manager registers a contract
/// with a supplier the account sees, through the handler of <c>POST /v1/contracts</c>; anyone else gets the 404 page.
/// </summary>
public sealed class NewContractModel(SaveContract save, AccountChoices choices, Caller caller) : PageModel
{
    [BindProperty]
    public ContractForm Form { get; set; } = new();

    public IReadOnlyList<(long Id, string Name)> Suppliers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (!save.MayWrite) return NotFound();
        Suppliers = await choices.OrganizationsAsync(Form.SupplierId, cancel);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        if (!save.MayWrite) return NotFound();
        var answer = await save.CreateAsync(Form.Input, ContractForm.AllFields, cancel);
        if (answer.StatusCode == StatusCodes.Status201Created)
            return Redirect($"/console/{caller.AccountId}/contracts/{answer.Body!["id"]!.GetValue<long>()}?done=saved");
        FormErrors.Show(ModelState, answer, ContractForm.Fields);
        Suppliers = await choices.OrganizationsAsync(Form.SupplierId, cancel);
        return Page();
    }
}
