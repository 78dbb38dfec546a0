using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trustdesk.Web.Features.Coverage;

namespace Trustdesk.Web.Pages.Portal;

/// <summary>
/// <c>/portal</c>: the person's self-service catalog across every account (the same computation as
/// <c>GET /v1/people/:id/service_instance_coverages</c>), grouped by providing account and service, searched on the server.
/// </summary>
public sealed class CatalogModel(ListCoveredServiceInstances catalog) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<CatalogProvider> Providers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancel)
    {
        var entries = await catalog.OfCallerAsync(cancel);
        Providers = CatalogProvider.Group(entries.Where(e => Matches(e, Q?.Trim())));
    }

    /// <summary>A search matches any of the instance's, service's or provider's name, ignoring case.</summary>
    private static bool Matches(CatalogEntry entry, string? search) =>
        string.IsNullOrEmpty(search)
        || entry.InstanceName.Contains(search, StringComparison.OrdinalIgnoreCase)
        || entry.ServiceName.Contains(search, StringComparison.OrdinalIgnoreCase)
        || entry.AccountName.Contains(search, StringComparison.OrdinalIgnoreCase);
}

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
