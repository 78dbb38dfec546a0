using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Web.Features.ConfigurationItems;

namespace Trustdesk.Web.Pages.Portal;

/// <summary>
/// <c>/portal/equipment</c>: the configuration items the person uses (a CI's users, product.md §7), in whichever of their
/// organization's accounts they are kept, with a link to ask for help with one (ADR 51).
/// </summary>
public sealed class EquipmentModel(UsedCis used) : PageModel
{
    public IReadOnlyList<UsedCi> Equipment { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancel) => Equipment = await used.MineAsync(cancel);
}
