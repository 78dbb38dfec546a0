using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Knowledge;
using Trustdesk.Domain.Records;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Audit;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.Knowledge;

/// <summary>
/// Reads knowledge articles: the list of every article the caller sees (<see cref="VisibleArticles"/>), 4me's predefined
/// filters (one per status), one article, and an article's audit trail (in its own account only).
/// </summary>
public sealed class ListKnowledgeArticles(
    TrustdeskDbContext db, Caller caller, VisibleArticles visible, KnowledgeArticleJson json, AuditTrails audit)
{
    /// <summary>The predefined filters, by path: one per status.</summary>
    public static readonly IReadOnlyDictionary<string, KnowledgeArticleStatus> Predefined = Enum.GetValues<KnowledgeArticleStatus>()
        .ToDictionary(SnakeCaseEnum<KnowledgeArticleStatus>.Name);

    private static readonly ListSpec<KnowledgeArticle> Spec = ListSpec.Of<KnowledgeArticle>()
        .FilterAndSort("id", a => a.Id)
        .FilterAndSort("subject", a => a.Subject)
        .FilterAndSort("status", a => a.Status)
        .Filter("service_id", a => a.ServiceId)
        .Filter("end_users", a => a.EndUsers)
        .Filter("covered_specialists", a => a.CoveredSpecialists)
        .FilterAndSort("created_at", a => a.CreatedAt)
        .FilterAndSort("updated_at", a => a.UpdatedAt)
        .Filter("sourceID", a => a.SourceId)
        .OrderBy(a => a.Id)
        .Fields<KnowledgeArticleResponse>(KnowledgeArticleJson.CollectionFields);

    private static readonly ListSpec<AuditEntry> AuditSpec = AuditTrails.Spec<AuditEntry>(a => a.Id, a => a.Action);

    /// <summary>Every article the caller sees, or those of one status (<paramref name="predefined"/>).</summary>
    public async Task<ApiResult> ListAsync(HttpRequest request, string? predefined)
    {
        var cancel = request.HttpContext.RequestAborted;
        using var browsing = visible.Browse();
        var query = visible.Query(await visible.ReachAsync(cancel));
        if (predefined is not null)
        {
            var status = Predefined[predefined];
            query = query.Where(a => a.Status == status);
        }
        return await Listing.PageAsync(request, query, Spec, list => json.RenderAsync(list, cancel));
    }

    /// <summary>
    /// One page of the articles the caller sees, of one status (null: all), newest first, optionally only the subjects
    /// containing <paramref name="subjectContains"/> (ignoring case), rendered as the API renders them: the console's list.
    /// </summary>
    public async Task<ListPage<KnowledgeArticleResponse>> PageAsync(KnowledgeArticleStatus? status, string? subjectContains, int page, int perPage,
        CancellationToken cancel)
    {
        using var browsing = visible.Browse();
        var query = visible.Query(await visible.ReachAsync(cancel));
        if (status is { } only) query = query.Where(a => a.Status == only);
        if (!string.IsNullOrWhiteSpace(subjectContains))
        {
            var pattern = Listing.ContainsPattern(subjectContains);
            query = query.Where(a => EF.Functions.Like(a.Subject.ToLower(), pattern, Listing.LikeEscape));
        }
        var (rows, hasNext) = await Listing.SliceAsync(query.OrderByDescending(a => a.Id), page, perPage, cancel);
        return new ListPage<KnowledgeArticleResponse>(rows.Count == 0 ? [] : await json.RenderAsync(rows, cancel), hasNext);
    }

    /// <summary>One article the caller sees, as the API renders it, with its version; null when it is not seen.</summary>
    public async Task<(KnowledgeArticleResponse Article, int Version)?> FindAsync(long id, CancellationToken cancel)
    {
        using var browsing = visible.Browse();
        var article = await visible.Query(await visible.ReachAsync(cancel)).FirstOrDefaultAsync(a => a.Id == id, cancel);
        return article is null ? null : (await json.RenderAsync(article, cancel), article.LockVersion);
    }

    public async Task<ApiResult> GetAsync(long id, HttpRequest request) =>
        await FindAsync(id, request.HttpContext.RequestAborted) is { } found
            ? ApiResult.Ok(ApiJson.Node(found.Article)).WithETag(found.Version)
            : ApiErrors.NotFound();

    /// <summary>The article's audit trail, oldest first: read by people with a role in the article's own account.</summary>
    public async Task<ApiResult> AuditAsync(long id, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (!await IsOwnAsync(id, cancel)) return ApiErrors.NotFound();
        return await Listing.PageAsync(request, Trail(id), AuditSpec, list => audit.RenderAsync(list, cancel));
    }

    /// <summary>The whole audit trail of an article of the account, oldest first; null when it is not the account's (or the caller has no role).</summary>
    public async Task<IReadOnlyList<AuditEntryResponse>?> TrailAsync(long id, CancellationToken cancel) =>
        await IsOwnAsync(id, cancel) ? await audit.RenderAsync(await Trail(id).OrderBy(a => a.Id).ToListAsync(cancel), cancel) : null;

    /// <summary>How many people an article of the account answered without a request ("This solved my question"); null when it is not the account's.</summary>
    public async Task<int?> DeflectionsAsync(long id, CancellationToken cancel) =>
        await IsOwnAsync(id, cancel) ? await db.KnowledgeDeflections.CountAsync(d => d.ArticleId == id, cancel) : null;

    private async Task<bool> IsOwnAsync(long id, CancellationToken cancel) =>
        caller.HasAnyRole && await db.KnowledgeArticles.AnyAsync(a => a.Id == id, cancel);

    private IQueryable<AuditEntry> Trail(long id) =>
        db.AuditEntries.AsNoTracking().Where(a => a.RecordType == SaveKnowledgeArticle.RecordType && a.RecordId == id);
}
