using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Knowledge;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Knowledge;

/// <summary>
/// Records a person's "this solved my question" on an article that reaches them (product.md §7: the deflection a report
/// counts), in the article's account, once per person and article.
/// </summary>
public sealed class KnowledgeDeflections(TrustdeskDbContext db, Caller caller, VisibleArticles visible)
{
    /// <summary>False when the article does not reach the caller (nothing is written).</summary>
    public async Task<bool> RecordAsync(long articleId, CancellationToken cancel)
    {
        KnowledgeArticle? article;
        using (visible.Browse())
            article = await visible.Query(await visible.ReachAsync(cancel)).FirstOrDefaultAsync(a => a.Id == articleId, cancel);
        if (article is null) return false;
        using (db.Scope.Cross(Crossing.KnowledgeUse, article.AccountId, null))
        {
            if (await db.KnowledgeDeflections.AnyAsync(d => d.ArticleId == article.Id && d.PersonId == caller.PersonId, cancel)) return true;
            db.KnowledgeDeflections.Add(new KnowledgeDeflection
            {
                AccountId = article.AccountId, ArticleId = article.Id, ServiceId = article.ServiceId,
                PersonId = caller.PersonId, PersonAccountId = caller.PersonAccountId,
            });
            await db.SaveChangesAsync(cancel);
        }
        return true;
    }
}
