using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.ConfigurationItems;

namespace Trustdesk.Web.Pages.Console.ConfigurationItems;

/// <summary>
/// <c>/console/{account}/products/{id}</c>: a product of the account (<c>GET /v1/products/:id</c>), changed by its
/// configuration managers and administrators through the handler of <c>PATCH</c> from the version the form was shown
/// with. Another account's product, or a missing one, is the 404 page: no other account reads a product.
/// </summary>
public sealed class ProductModel(ListProducts list, SaveProduct save, Caller caller) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public ProductForm Form { get; set; } = new();

    public ProductResponse? Product { get; private set; }
    public bool MayWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel) =>
        await LoadAsync(keepForm: false, cancel) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        var answer = await save.UpdateAsync(Id, Form.Input, ProductForm.Sent(creating: false), Version, cancel);
        if (answer.StatusCode == StatusCodes.Status404NotFound) return NotFound();
        if (answer.StatusCode == StatusCodes.Status200OK) return Redirect($"/console/{caller.AccountId}/products/{Id}?done=saved");
        FormErrors.Show(ModelState, answer, ProductForm.Fields, forbidden: "Only administrators and configuration managers change products.");
        return await LoadAsync(keepForm: answer.StatusCode != StatusCodes.Status412PreconditionFailed, cancel) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(bool keepForm, CancellationToken cancel)
    {
        if (await list.FindAsync(Id, cancel) is not { } found) return false;
        Product = found.Product;
        if (!keepForm) (Form, Version) = (ProductForm.Of(Product), found.Own.LockVersion);
        MayWrite = save.MayWrite;
        return true;
    }
}
