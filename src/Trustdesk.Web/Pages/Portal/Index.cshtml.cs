using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Web.Features.Coverage;
using Trustdesk.Web.Features.Knowledge;

namespace Trustdesk.Web.Pages.Portal;

/// <summary>
/// <c>/portal</c>: the person's self-service catalog across every account (the same computation as
/// <c>GET /v1/people/:id/service_instance_coverages</c>), grouped by providing account and service; with a search, one
/// list of the services and knowledge articles that match, best first (<see cref="PortalSearch"/>).
/// </summary>
public sealed class CatalogModel(ListCoveredServiceInstances catalog, PortalSearch search) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<CatalogProvider> Providers { get; private set; } = [];

    /// <summary>What a search found, services and articles together, best first; null without a search.</summary>
    public IReadOnlyList<SearchResult>? Results { get; private set; }

    public async Task OnGetAsync(CancellationToken cancel)
    {
        var entries = await catalog.OfCallerAsync(cancel);
        if (string.IsNullOrWhiteSpace(Q))
        {
            Providers = CatalogProvider.Group(entries);
            return;
        }
        var found = await search.SearchAsync(Q, entries, cancel);
        Results = found.Services.Select(s => new SearchResult(s.Score, s, null))
            .Concat(found.Articles.Select(a => new SearchResult(a.Score, null, a)))
            .OrderByDescending(r => r.Score)
            .ToList();
    }
}

/// <summary>One line of the portal's search: a service of the catalog or a knowledge article.</summary>
public sealed record SearchResult(double Score, PortalSearch.ServiceHit? Service, PortalSearch.ArticleHit? Article);

public sealed record CatalogService(string Name, IReadOnlyList<CatalogEntry> Instances);

public sealed record CatalogProvider(string AccountId, string AccountName, IReadOnlyList<CatalogService> Services)
{
    public static IReadOnlyList<CatalogProvider> Group(IEnumerable<CatalogEntry> entries) => entries
        .GroupBy(e => (e.AccountId, e.AccountName))
        .OrderBy(g => g.Key.AccountName, StringComparer.CurrentCulture)
        .Select(g => new CatalogProvider(g.Key.AccountId, g.Key.AccountName, g
            .GroupBy(e => (e.ServiceId, e.ServiceName))
            .OrderBy(s => s.Key.ServiceName, StringComparer.CurrentCulture)
            .Select(s => new CatalogService(s.Key.ServiceName, s.OrderBy(i => i.InstanceName, StringComparer.CurrentCulture).ToList()))
            .ToList()))
        .ToList();
}
