using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.ConfigurationItems;

namespace Trustdesk.Web.Pages.Console.ConfigurationItems;

/// <summary>
/// <c>/console/{account}/products</c>: the account's products by name (<c>GET /v1/products</c>), a page at a time, and a
/// form to add one for its configuration managers and administrators (<c>POST /v1/products</c>); anyone else posting it
/// gets the 404 page.
/// </summary>
public sealed class ProductsModel(ListProducts list, SaveProduct save, Caller caller) : PageModel
{
    public const int PerPage = 50;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int Number { get; set; } = 1;

    [BindProperty]
    public ProductForm Form { get; set; } = new();

    public IReadOnlyList<ProductResponse> Products { get; private set; } = [];
    public bool HasNext { get; private set; }
    public bool MayWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        await LoadAsync(cancel);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        if (!save.MayWrite) return NotFound();
        var answer = await save.CreateAsync(Form.Input, ProductForm.Sent(creating: true), cancel);
        if (answer.StatusCode == StatusCodes.Status201Created)
            return Redirect($"/console/{caller.AccountId}/products/{answer.Body!["id"]!.GetValue<long>()}?done=saved");
        FormErrors.Show(ModelState, answer, ProductForm.Fields);
        await LoadAsync(cancel);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancel)
    {
        Number = Math.Clamp(Number, 1, 10_000);
        var page = await list.PageAsync(Number, PerPage, cancel);
        (Products, HasNext) = (page.Records, page.HasNext);
        MayWrite = save.MayWrite;
    }
}
