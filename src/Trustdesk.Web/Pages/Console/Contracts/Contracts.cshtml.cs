using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Web.Features.Contracts;

namespace Trustdesk.Web.Pages.Console.Contracts;

/// <summary>
/// <c>/console/{account}/contracts</c>: the account's contracts (<c>GET /v1/contracts</c>, through
/// <see cref="ListContracts.PageAsync"/>) by filter — all, active, expired, and the managers' notice soon (the notice date
/// within 90 days, the nearest first, with the days left; ADR 52) — a page at a time.
/// </summary>
public sealed class ContractsModel(ListContracts list, SaveContract save) : PageModel
{
    public const int PerPage = 50;

    public static readonly IReadOnlyList<(string Key, string Label)> Tabs =
        [("all", "All"), ("active", "Active"), ("expired", "Expired"), (ListContracts.NoticeSoon, "Notice soon")];

    [BindProperty(SupportsGet = true)]
    public string Filter { get; set; } = "all";

    [BindProperty(SupportsGet = true, Name = "p")]
    public int Number { get; set; } = 1;

    public IReadOnlyList<ContractResponse> Contracts { get; private set; } = [];
    public bool HasNext { get; private set; }
    public bool MayWrite { get; private set; }

    /// <summary>Today's UTC date, which the notice window is read from (ADR 52).</summary>
    public DateOnly Today { get; private set; }

    public bool NoticeSoon => Filter == ListContracts.NoticeSoon;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (Filter != "all" && !ListContracts.Predefined.ContainsKey(Filter)) return NotFound();
        Number = Math.Clamp(Number, 1, 10_000);
        var page = await list.PageAsync(Filter == "all" ? null : Filter, Number, PerPage, cancel);
        (Contracts, HasNext, Today) = (page.Records, page.HasNext, list.Today);
        MayWrite = save.MayWrite;
        return Page();
    }

    /// <summary>How long until the notice date, in words: "today", "1 day", "12 days".</summary>
    public string DaysLeft(DateOnly notice) => (notice.DayNumber - Today.DayNumber) switch
    {
        0 => "Today",
        1 => "1 day",
        var days => $"{days} days",
    };

    /// <summary>The list's address for a tab and page, with only the parameters that say something.</summary>
    public string Link(string filter, int number = 1) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["filter"] = filter == "all" ? null : filter,
            ["p"] = number == 1 ? null : number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(pair => pair.Value is not null)).ToString() is { Length: > 0 } query ? query : "?";
}
