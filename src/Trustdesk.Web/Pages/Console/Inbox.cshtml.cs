using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Requests;
using Trustdesk.Web.Features.Trusts;
using Trustdesk.Web.Features.Workflows;
using Trustdesk.Web.Pages.Console.Requests;
using Trustdesk.Web.Pages.Console.Tasks;

namespace Trustdesk.Web.Pages.Console;

/// <summary>
/// <c>/console/{account}</c>: the specialist's inbox — the requests or tasks the account sees, through the list handlers
/// of <c>GET /v1/requests/{filter}</c> and <c>GET /v1/tasks/{filter}</c> (so exactly what the API lists), with their
/// predefined filters, a search on the subject and paging. Unknown filters fall back to the first one. Records left with a
/// provider the account no longer trusts (<c>stranded</c>, ADR 31) have a tab of their own and are marked on every tab.
/// </summary>
public sealed class InboxModel(ListRequests requests, ListTasks tasks, Caller caller) : PageModel
{
    public const int PerPage = 25;

    public static readonly IReadOnlyList<(string Key, string Label)> RequestFilterTabs =
    [
        ("open", "Open"), ("assigned_to_me", "Assigned to me"), ("assigned_to_my_team", "My teams"), (RequestFilters.WaitingForMe, "Waiting for me"),
        (StrandedWork.Filter, "Stranded"),
    ];

    public static readonly IReadOnlyList<(string Key, string Label)> TaskFilterTabs =
    [
        ("open", "Open"), ("assigned_to_me", "Assigned to me"), ("assigned_to_my_team", "My teams"), ("approval_by_me", "Approval by me"),
        (StrandedWork.Filter, "Stranded"),
    ];

    /// <summary><c>requests</c> or <c>tasks</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Filter { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>The page number, from 1 (<c>p</c>: Razor Pages keeps <c>page</c> for itself).</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int Number { get; set; } = 1;

    /// <summary>The person's roles in this account, as the platform names them, in a stable order.</summary>
    public IReadOnlyList<string> Roles => caller.Roles.Order(StringComparer.Ordinal).Select(r => r.Replace('_', ' ')).ToList();

    public bool ShowsTasks => Show == "tasks";
    public IReadOnlyList<(string Key, string Label)> Tabs => ShowsTasks ? TaskFilterTabs : RequestFilterTabs;
    public IReadOnlyList<RequestLine> Requests { get; private set; } = [];
    public IReadOnlyList<TaskLine> Tasks { get; private set; } = [];
    public bool HasNext { get; private set; }

    /// <summary>The listed records that are stranded with a provider this account no longer trusts.</summary>
    public IReadOnlySet<long> Stranded { get; private set; } = new HashSet<long>();

    public async Task OnGetAsync(CancellationToken cancel)
    {
        if (Tabs.All(t => t.Key != Filter)) Filter = Tabs[0].Key;
        Number = Math.Clamp(Number, 1, 10_000);
        var search = Q?.Trim() is { Length: > 0 and <= 200 } words ? words : null;
        if (ShowsTasks)
        {
            var page = await tasks.PageAsync(Filter, search, Number, PerPage, cancel);
            (Tasks, HasNext) = (page.Records.Select(TaskLine.From).ToList(), page.HasNext);
            Stranded = await StrandedAsync(Tasks.Select(t => t.Id).ToList(), ids => tasks.WhichInAsync(StrandedWork.Filter, ids, cancel));
        }
        else
        {
            var page = await requests.PageAsync(Filter, search, Number, PerPage, cancel);
            (Requests, HasNext) = (page.Records.Select(r => RequestLine.From(r, caller)).ToList(), page.HasNext);
            Stranded = await StrandedAsync(Requests.Select(r => r.Request.Id).ToList(), ids => requests.WhichInAsync(StrandedWork.Filter, ids, cancel));
        }
    }

    // The stranded tab lists nothing else; elsewhere one query asks which of the page's records are.
    private async Task<IReadOnlySet<long>> StrandedAsync(List<long> ids, Func<List<long>, Task<IReadOnlySet<long>>> which) =>
        Filter == StrandedWork.Filter ? ids.ToHashSet() : await which(ids);

    /// <summary>This inbox's address with some of its settings changed.</summary>
    public string Link(string? show = null, string? filter = null, int? number = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["show"] = show ?? (ShowsTasks ? "tasks" : null),
            ["filter"] = filter ?? Filter,
            ["q"] = string.IsNullOrWhiteSpace(Q) || show is not null ? null : Q,
            ["p"] = number is > 1 ? number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString($"/console/{caller.AccountId}",
            query.Where(q => q.Value is not null).Select(q => new KeyValuePair<string, string?>(q.Key, q.Value)));
    }
}
