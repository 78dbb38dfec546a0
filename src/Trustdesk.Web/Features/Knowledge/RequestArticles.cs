using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.Knowledge;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;
using Trustdesk.Web.Features.Requests;

namespace Trustdesk.Web.Features.Knowledge;

/// <summary>
/// The knowledge articles used on a request (4me's <c>/requests/:id/knowledge_articles</c>, product.md §7): specialists of
/// an account that sees the request link an article that reaches them, or apply it (its instructions become a public note
/// through <see cref="RequestNotes"/>); whoever sees the request lists the linked articles that reach them too. A link is
/// kept in the account that made it; linking changes no one's view of the request or of the article.
/// </summary>
public sealed class RequestArticles(
    TrustdeskDbContext db, Caller caller, VisibleRequests requests, VisibleArticles visible, KnowledgeArticleJson json, RequestNotes notes)
{
    private static readonly ListSpec<KnowledgeArticle> Spec = ListSpec.Of<KnowledgeArticle>()
        .FilterAndSort("id", a => a.Id)
        .FilterAndSort("subject", a => a.Subject)
        .OrderBy(a => a.Id)
        .Fields<KnowledgeArticleResponse>(KnowledgeArticleJson.CollectionFields);

    public async Task<ApiResult> ListAsync(long requestId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        using var own = requests.ReadingOwnRequests(alsoForSpecialists: true);
        if (!await requests.Query().AnyAsync(r => r.Id == requestId, cancel)) return ApiErrors.NotFound();
        using var browsing = visible.Browse();
        return await Listing.PageAsync(request, await LinkedQueryAsync(requestId, cancel), Spec, list => json.RenderAsync(list, cancel));
    }

    /// <summary>The linked articles of a request the caller sees that reach the caller, oldest link first; null when the request is not seen.</summary>
    public async Task<IReadOnlyList<KnowledgeArticleResponse>?> LinkedAsync(long requestId, CancellationToken cancel)
    {
        using var own = requests.ReadingOwnRequests(alsoForSpecialists: true);
        if (!await requests.Query().AnyAsync(r => r.Id == requestId, cancel)) return null;
        using var browsing = visible.Browse();
        return await json.RenderAsync(await (await LinkedQueryAsync(requestId, cancel)).OrderBy(a => a.Id).ToListAsync(cancel), cancel);
    }

    /// <summary>
    /// Links an article to a request, and when <paramref name="apply"/> adds its instructions as a public note: 200 <c>{}</c>
    /// (also when it was linked already); 404 for a request or article the caller does not see, 403 for someone who does
    /// not work requests (an auditor).
    /// </summary>
    public async Task<ApiResult> LinkAsync(long requestId, long articleId, bool apply, CancellationToken cancel)
    {
        if (!caller.HasAnyRole || !await requests.Query().AnyAsync(r => r.Id == requestId, cancel)) return ApiErrors.NotFound();
        if (await ReachingAsync(articleId, cancel) is not { } article) return ApiErrors.NotFound();
        if (!Role.Specialists.Any(caller.Roles.Contains)) return ApiErrors.Forbidden();
        var link = await db.RequestKnowledgeArticles.FirstOrDefaultAsync(l => l.AccountId == caller.AccountId && l.RequestId == requestId && l.ArticleId == articleId, cancel);
        if (link is null)
        {
            link = new RequestKnowledgeArticle { RequestId = requestId, ArticleId = articleId, PersonId = caller.PersonId };
            db.RequestKnowledgeArticles.Add(link);
        }
        if (apply)
        {
            link.Applied = true;
            var (_, refused) = await notes.PostAsync(requestId, new NoteInput { Text = article.Instructions, Internal = false }, cancel);
            if (refused is not null) return refused;
        }
        await db.SaveChangesAsync(cancel);
        return ApiResult.Ok(new System.Text.Json.Nodes.JsonObject());
    }

    /// <summary>Removes the account's link of an article to a request: 204; 404 when the account has none (or does not see the request).</summary>
    public async Task<ApiResult> UnlinkAsync(long requestId, long articleId, CancellationToken cancel)
    {
        if (!caller.HasAnyRole || !await requests.Query().AnyAsync(r => r.Id == requestId, cancel)) return ApiErrors.NotFound();
        var link = await db.RequestKnowledgeArticles.FirstOrDefaultAsync(l => l.AccountId == caller.AccountId && l.RequestId == requestId && l.ArticleId == articleId, cancel);
        if (link is null) return ApiErrors.NotFound();
        if (!Role.Specialists.Any(caller.Roles.Contains)) return ApiErrors.Forbidden();
        db.RequestKnowledgeArticles.Remove(link);
        await db.SaveChangesAsync(cancel);
        return ApiResult.NoContent();
    }

    /// <summary>The requests the caller sees that an article was used on, newest first: what the article's page lists.</summary>
    public async Task<IReadOnlyList<(long Id, string Subject)>> UsesAsync(long articleId, CancellationToken cancel)
    {
        using var own = requests.ReadingOwnRequests(alsoForSpecialists: true);
        return (await requests.Query().Where(r => db.RequestKnowledgeArticles.Any(l => l.ArticleId == articleId && l.RequestId == r.Id))
                .OrderByDescending(r => r.Id).Take(100).Select(r => new { r.Id, r.Subject }).ToListAsync(cancel))
            .Select(r => (r.Id, r.Subject)).ToList();
    }

    /// <summary>The articles linked to the request (by any account) that reach the caller; run inside <see cref="VisibleArticles.Browse"/>.</summary>
    private async Task<IQueryable<KnowledgeArticle>> LinkedQueryAsync(long requestId, CancellationToken cancel)
    {
        var reach = await visible.ReachAsync(cancel);
        return visible.Query(reach).Where(a => db.RequestKnowledgeArticles.Any(l => l.RequestId == requestId && l.ArticleId == a.Id));
    }

    private async Task<KnowledgeArticle?> ReachingAsync(long articleId, CancellationToken cancel)
    {
        using var browsing = visible.Browse();
        return await visible.Query(await visible.ReachAsync(cancel)).FirstOrDefaultAsync(a => a.Id == articleId, cancel);
    }
}
