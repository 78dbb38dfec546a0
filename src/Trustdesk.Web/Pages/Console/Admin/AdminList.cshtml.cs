using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;
using Trustdesk.Web.Features.Catalog;
using Trustdesk.Web.Features.People;
using Trustdesk.Web.Features.Teams;
using Trustdesk.Web.Pages.Portal;

namespace Trustdesk.Web.Pages.Console.Admin;

/// <summary>One row of an administrator's list: the record's name and the other columns, as the API renders them.</summary>
public sealed record AdminRow(long Id, string Name, IReadOnlyList<string> Cells);

/// <summary>
/// <c>/console/{account}/people</c>, <c>/teams</c> and <c>/services</c>: what the account's administrators look after,
/// read-only for now — the records the API lists (the same data-layer filters, rendered by <c>PersonJson</c>,
/// <c>TeamJson</c> and <c>ServiceInstanceJson</c>), searched by name and paged. Anyone else gets the 404 page, as the
/// API's administrator-only answers are for them.
/// </summary>
public sealed class AdminListModel(
    TrustdeskDbContext db, Caller caller, PersonJson people, TeamJson teams, ServiceInstanceJson instances) : PageModel
{
    public const int PerPage = 50;

    private static readonly Dictionary<string, (string Title, string[] Columns)> Lists = new(StringComparer.Ordinal)
    {
        ["people"] = ("People", ["E-mail", "Organization", "Enabled"]),
        ["teams"] = ("Teams", ["Manager", "Description", "Enabled"]),
        ["services"] = ("Service instances", ["Service", "Status", "First line team", "Support team"]),
    };

    [BindProperty(SupportsGet = true)]
    public string List { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int Number { get; set; } = 1;

    public string Title => Lists[List].Title;
    public IReadOnlyList<string> Columns => Lists[List].Columns;
    public IReadOnlyList<AdminRow> Rows { get; private set; } = [];
    public bool HasNext { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (!caller.IsAdministrator || !Lists.ContainsKey(List)) return NotFound();
        Number = Math.Clamp(Number, 1, 10_000);
        var pattern = Q?.Trim() is { Length: > 0 and <= 200 } words ? Listing.ContainsPattern(words) : null;
        (Rows, HasNext) = List switch
        {
            "people" => await RowsAsync(db.People.AsNoTracking().Where(p => pattern == null || EF.Functions.Like(p.Name.ToLower(), pattern, Listing.LikeEscape))
                .OrderBy(p => p.Name).ThenBy(p => p.Id), people.RenderAsync,
                p => new AdminRow(p.Id, p.Name, [p.PrimaryEmail, p.Organization?.Name ?? "—", Enabled(p.Disabled)]), cancel),
            "teams" => await RowsAsync(db.Teams.AsNoTracking().Where(t => pattern == null || EF.Functions.Like(t.Name.ToLower(), pattern, Listing.LikeEscape))
                .OrderBy(t => t.Name).ThenBy(t => t.Id), teams.RenderAsync,
                t => new AdminRow(t.Id, t.Name, [t.Manager?.Name ?? "—", t.Description ?? "—", Enabled(t.Disabled)]), cancel),
            _ => await RowsAsync(db.ServiceInstances.AsNoTracking().Where(i => pattern == null || EF.Functions.Like(i.Name.ToLower(), pattern, Listing.LikeEscape))
                .OrderBy(i => i.Name).ThenBy(i => i.Id), instances.RenderAsync,
                i => new AdminRow(i.Id, i.Name, [i.Service?.Name ?? "—", RequestView.Words(i.Status),
                    i.FirstLineTeam?.Name ?? "—", i.SupportTeam?.Name ?? "—"]), cancel),
        };
        return Page();
    }

    private static string Enabled(bool disabled) => disabled ? "No" : "Yes";

    private async Task<(IReadOnlyList<AdminRow>, bool)> RowsAsync<T, TResponse>(IOrderedQueryable<T> ordered,
        Func<IReadOnlyList<T>, CancellationToken, Task<IReadOnlyList<TResponse>>> render, Func<TResponse, AdminRow> row, CancellationToken cancel)
    {
        var (rows, hasNext) = await Listing.SliceAsync(ordered, Number, PerPage, cancel);
        var rendered = rows.Count == 0 ? [] : await render(rows, cancel);
        return (rendered.Select(row).ToList(), hasNext);
    }

    public string Link(int number) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString($"/console/{caller.AccountId}/{List}",
            new Dictionary<string, string?> { ["q"] = Q, ["p"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture) }
                .Where(q => !string.IsNullOrEmpty(q.Value)));
}
