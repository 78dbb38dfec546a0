using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Web.Features.ConfigurationItems;

namespace Trustdesk.Web.Pages.Console.ConfigurationItems;

/// <summary>
/// <c>/console/{account}/cis</c>: the CIs the account sees — its own, and its customers' CIs its teams support under a
/// <c>cis</c> trust — by 4me's predefined filters (<c>GET /v1/cis</c>, through <see cref="ListCis.PageAsync"/>); searched by
/// name or label and paged, by label.
/// </summary>
public sealed class CisModel(ListCis list, SaveCi save) : PageModel
{
    public const int PerPage = 50;

    /// <summary>The tabs: every CI, then the API's predefined filters.</summary>
    public static readonly IReadOnlyList<(string Key, string Label)> Tabs =
        [("all", "All"), ("active", "Active"), ("inactive", "Inactive"), ("supported_by_my_teams", "Supported by my teams")];

    [BindProperty(SupportsGet = true)]
    public string Filter { get; set; } = "all";

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int Number { get; set; } = 1;

    public IReadOnlyList<CiResponse> Cis { get; private set; } = [];
    public bool HasNext { get; private set; }
    public bool MayDefine { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (Filter != "all" && !ListCis.Predefined.ContainsKey(Filter)) return NotFound();
        Number = Math.Clamp(Number, 1, 10_000);
        var page = await list.PageAsync(Filter == "all" ? null : Filter, Q?.Trim() is { Length: > 0 and <= 200 } words ? words : null, Number, PerPage, cancel);
        (Cis, HasNext) = (page.Records, page.HasNext);
        MayDefine = save.MayDefine;
        return Page();
    }

    /// <summary>The list's address for a tab and page, with only the parameters that say something.</summary>
    public string Link(string filter, int number = 1) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["filter"] = filter == "all" ? null : filter, ["q"] = Q,
            ["p"] = number == 1 ? null : number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(pair => pair.Value is not null)).ToString() is { Length: > 0 } query ? query : "?";
}
