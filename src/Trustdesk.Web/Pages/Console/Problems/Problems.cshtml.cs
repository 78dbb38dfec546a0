using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Web.Features.Problems;

namespace Trustdesk.Web.Pages.Console.Problems;

/// <summary>
/// <c>/console/{account}/problems</c>: the account's problems (<c>GET /v1/problems</c> and 4me's predefined filters, through
/// <see cref="ListProblems.PageAsync"/>), active ones first by default; searched by subject and paged, newest first.
/// </summary>
public sealed class ProblemsModel(ListProblems list, SaveProblem save) : PageModel
{
    public const int PerPage = 50;

    /// <summary>The tabs: the API's predefined filters, and every problem.</summary>
    public static readonly IReadOnlyList<(string Key, string Label)> Tabs =
    [
        ("active", "Active"), ("known_errors", "Known errors"), ("assigned_to_me", "Assigned to me"),
        ("assigned_to_my_team", "My teams"), ("managed_by_me", "Managed by me"), ("progress_halted", "Progress halted"),
        ("solved", "Solved"), ("all", "All"),
    ];

    [BindProperty(SupportsGet = true)]
    public string Filter { get; set; } = "active";

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int Number { get; set; } = 1;

    public IReadOnlyList<ProblemResponse> Problems { get; private set; } = [];
    public bool HasNext { get; private set; }
    public bool MayWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (Filter != "all" && !ListProblems.Predefined.ContainsKey(Filter)) return NotFound();
        Number = Math.Clamp(Number, 1, 10_000);
        var page = await list.PageAsync(Filter == "all" ? null : Filter, Q?.Trim() is { Length: > 0 and <= 200 } words ? words : null, Number, PerPage, cancel);
        (Problems, HasNext) = (page.Records, page.HasNext);
        MayWrite = save.MayWrite;
        return Page();
    }

    public string Link(string filter, int number = 1) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["filter"] = filter == "active" ? null : filter, ["q"] = Q,
            ["p"] = number == 1 ? null : number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).ToString() is { Length: > 0 } query ? query : "?";
}
