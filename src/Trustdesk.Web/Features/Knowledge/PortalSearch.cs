using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Web.Features.Coverage;

namespace Trustdesk.Web.Features.Knowledge;

/// <summary>
/// The portal's one search over what a person may see (product.md §7): the services of their self-service catalog and
/// the knowledge articles that reach them, each ranked by <see cref="FullTextSearch"/>, with the account providing it.
/// </summary>
public sealed class PortalSearch(TrustdeskDbContext db, VisibleArticles visible, FullTextSearch fullText)
{
    /// <summary>At most this many services and this many articles are answered.</summary>
    public const int Limit = 20;

    public sealed record ArticleHit(long Id, string Subject, string Summary, long ServiceId, string AccountId, string AccountName, double Score);

    public sealed record ServiceHit(long ServiceId, string ServiceName, string AccountId, string AccountName, IReadOnlyList<CatalogEntry> Instances, double Score);

    /// <summary>Services and articles together, best first (a service whose instance or provider only names the words last).</summary>
    public sealed record Found(IReadOnlyList<ServiceHit> Services, IReadOnlyList<ArticleHit> Articles);

    /// <summary>The services of <paramref name="catalog"/> (the caller's own) and the articles reaching the caller that match <paramref name="text"/>.</summary>
    public async Task<Found> SearchAsync(string? text, IReadOnlyList<CatalogEntry> catalog, CancellationToken cancel)
    {
        var terms = SearchTerms.Parse(text);
        if (terms.IsEmpty) return new Found([], []);
        var byService = catalog.GroupBy(e => e.ServiceId).ToDictionary(g => g.Key, g => g.ToList());
        List<FullTextSearch.Ranked> ranked;
        using (visible.Browse())
            ranked = await fullText.ServicesAsync(terms, byService.Keys.ToList(), Limit, cancel);
        var scores = ranked.ToDictionary(r => r.Id, r => r.Score);
        // A service is also found by the name of one of its instances or of its provider, as the catalog's search always did.
        foreach (var (serviceId, entries) in byService)
            if (!scores.ContainsKey(serviceId) && entries.Any(e => NamesEveryWord(e.InstanceName + " " + e.AccountName, terms)))
                scores[serviceId] = 0;
        var services = scores
            .OrderByDescending(s => s.Value).ThenBy(s => byService[s.Key][0].ServiceName, StringComparer.CurrentCulture)
            .Take(Limit)
            .Select(s => new ServiceHit(s.Key, byService[s.Key][0].ServiceName, byService[s.Key][0].AccountId, byService[s.Key][0].AccountName,
                byService[s.Key], s.Value))
            .ToList();
        // The catalog is the caller's coverage as a person: its services are those whose articles reach them as an end user.
        return new Found(services, await ArticlesAsync(terms, Limit, byService.Keys, cancel));
    }

    /// <summary>The articles reaching the caller that match <paramref name="terms"/>, best first.</summary>
    public Task<IReadOnlyList<ArticleHit>> ArticlesAsync(SearchTerms terms, int limit, CancellationToken cancel) =>
        ArticlesAsync(terms, limit, null, cancel);

    private async Task<IReadOnlyList<ArticleHit>> ArticlesAsync(
        SearchTerms terms, int limit, IReadOnlyCollection<long>? catalogServices, CancellationToken cancel)
    {
        if (terms.IsEmpty) return [];
        List<FullTextSearch.Ranked> ranked;
        Dictionary<long, (string Subject, string Summary, long ServiceId, string AccountId)> found;
        using (visible.Browse())
        {
            var reach = await visible.ReachAsync(catalogServices, cancel);
            // The candidates are the articles reaching the caller that match a word, found by the caller's filtered query
            // itself; only they are ranked.
            ranked = await fullText.ArticlesAsync(terms, visible.Query(reach, fullText.MatchingArticles(terms)), limit, cancel);
            var ids = ranked.Select(r => r.Id).ToList();
            found = (await visible.Query(reach).Where(a => ids.Contains(a.Id))
                    .Select(a => new { a.Id, a.Subject, a.Description, a.Instructions, a.ServiceId, a.AccountId }).ToListAsync(cancel))
                .ToDictionary(a => a.Id, a => (a.Subject, Summary(a.Description ?? a.Instructions), a.ServiceId, a.AccountId));
        }
        var accountIds = found.Values.Select(a => a.AccountId).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancel);
        return ranked.Where(r => found.ContainsKey(r.Id))
            .Select(r => new ArticleHit(r.Id, found[r.Id].Subject, found[r.Id].Summary, found[r.Id].ServiceId, found[r.Id].AccountId,
                accounts.GetValueOrDefault(found[r.Id].AccountId, found[r.Id].AccountId), r.Score))
            .ToList();
    }

    /// <summary>The first words of a text, for a result line.</summary>
    private static string Summary(string text) => text.Length <= 200 ? text : text[..200].TrimEnd() + "…";

    private static bool NamesEveryWord(string name, SearchTerms terms) =>
        terms.Words.All(w => name.Contains(w, StringComparison.OrdinalIgnoreCase));
}
