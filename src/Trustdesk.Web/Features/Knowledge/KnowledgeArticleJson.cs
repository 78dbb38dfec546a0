using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Knowledge;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Knowledge;

/// <summary>Renders knowledge articles as <see cref="KnowledgeArticleResponse"/>: services and accounts named, authors at home only.</summary>
public sealed class KnowledgeArticleJson(TrustdeskDbContext db, Caller caller, References references)
{
    public static readonly string[] CollectionFields = ["subject", "status", "service", "end_users", "covered_specialists", "account"];

    /// <summary>Other accounts' services are named while the catalog is browsed, as they are read for articles that reach the caller.</summary>
    public async Task<IReadOnlyList<KnowledgeArticleResponse>> RenderAsync(IReadOnlyList<KnowledgeArticle> articles, CancellationToken cancel)
    {
        var serviceIds = articles.Select(a => a.ServiceId).Distinct().ToList();
        Dictionary<long, string> services;
        using (db.Scope.BrowseCatalog())
            services = await db.Services.AsNoTracking().Where(s => serviceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancel);
        // Authors are named at home only, where they are the account's or its directory's people.
        var authorIds = articles.Where(a => a.AccountId == caller.AccountId).Select(a => a.CreatedById).OfType<long>().Distinct().ToList();
        var authors = authorIds.Count == 0 ? [] : await db.People.AsNoTracking().Where(p => authorIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => (p.Name, p.AccountId), cancel);
        await references.LoadAccountsAsync(articles.Select(a => a.AccountId).Concat(authors.Values.Select(a => a.AccountId)), cancel);
        return articles.Select(a =>
        {
            var author = a.AccountId == caller.AccountId && a.CreatedById is long by && authors.TryGetValue(by, out var known) ? known : ((string Name, string AccountId)?)null;
            return new KnowledgeArticleResponse
            {
                Id = a.Id,
                Subject = a.Subject,
                Description = a.Description,
                Instructions = a.Instructions,
                Keywords = a.Keywords,
                Status = a.Status,
                Service = references.Ref(a.ServiceId, services.GetValueOrDefault(a.ServiceId), a.AccountId)!,
                EndUsers = a.EndUsers,
                CoveredSpecialists = a.CoveredSpecialists,
                CreatedBy = author is { } named ? references.Ref(a.CreatedById, named.Name, named.AccountId) : null,
                CreatedAt = a.CreatedAt,
                UpdatedAt = a.UpdatedAt,
                Account = references.ForeignAccount(a.AccountId),
            };
        }).ToList();
    }

    public async Task<KnowledgeArticleResponse> RenderAsync(KnowledgeArticle article, CancellationToken cancel) => (await RenderAsync([article], cancel))[0];
}
