using Trustdesk.Web.Api.Audit;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Knowledge;

/// <summary><c>/v1/knowledge_articles</c>: the account's articles and those of other accounts that reach the caller (ADR 46).</summary>
public static class KnowledgeApi
{
    public static IServiceCollection AddKnowledge(this IServiceCollection services) => services
        .AddScoped<VisibleArticles>()
        .AddScoped<KnowledgeArticleJson>()
        .AddScoped<ListKnowledgeArticles>()
        .AddScoped<SaveKnowledgeArticle>()
        .AddScoped<FullTextSearch>()
        .AddScoped<PortalSearch>()
        .AddScoped<KnowledgeDeflections>()
        .AddScoped<RequestArticles>()
        .AddScoped<ArticleAudience>();

    public static RouteGroupBuilder MapKnowledgeApi(this RouteGroupBuilder v1)
    {
        var articles = v1.MapGroup("/knowledge_articles").WithTags("Knowledge articles");
        articles.MapGet("/", (HttpRequest r, ListKnowledgeArticles list) => list.ListAsync(r, null))
            .Lists<KnowledgeArticleResponse>("The knowledge articles the caller sees: all of the account's (with a role there), and the "
                + "validated articles of other accounts for the services the caller is covered for, as a person or as a covered specialist");
        foreach (var filter in ListKnowledgeArticles.Predefined.Keys)
            articles.MapGet($"/{filter}", (HttpRequest r, ListKnowledgeArticles list) => list.ListAsync(r, filter))
                .Lists<KnowledgeArticleResponse>($"The knowledge articles the caller sees whose status is {filter}");
        articles.MapGet("/{id:long}", (long id, HttpRequest r, ListKnowledgeArticles list) => list.GetAsync(id, r))
            .Reads<KnowledgeArticleResponse>("A knowledge article the caller sees");
        articles.MapPost("/", (HttpRequest r, SaveKnowledgeArticle save) => save.CreateAsync(r))
            .Creates<KnowledgeArticleInput, KnowledgeArticleResponse>("Write a knowledge article for a service of the account (specialists; "
                + "validated or archived by knowledge managers only)");
        articles.MapMethods("/{id:long}", ["PATCH", "PUT"], (long id, HttpRequest r, SaveKnowledgeArticle save) => save.UpdateAsync(id, r))
            .Updates<KnowledgeArticleInput, KnowledgeArticleResponse>("Change a knowledge article of the account; archive it with "
                + "status archived (specialists; a validated or archived article, and those statuses, are knowledge managers' only)");
        articles.MapGet("/{id:long}/audit", (long id, HttpRequest r, ListKnowledgeArticles list) => list.AuditAsync(id, r))
            .ListsUnder<AuditEntryResponse>("A knowledge article's audit trail, oldest first (in the article's own account)");

        // 4me's nested collection of a request: the articles used on it.
        var onRequest = v1.MapGroup("/requests/{id:long}/knowledge_articles").WithTags("Requests");
        onRequest.MapGet("/", (long id, HttpRequest r, RequestArticles used) => used.ListAsync(id, r))
            .ListsUnder<KnowledgeArticleResponse>("The knowledge articles used on a request that reach the caller (whoever sees the request)");
        onRequest.MapPost("/{articleId:long}", (long id, long articleId, HttpRequest r, RequestArticles used) =>
                used.LinkAsync(id, articleId, apply: false, r.HttpContext.RequestAborted))
            .Acts<EmptyResponse>("Link a knowledge article that reaches the caller to a request the account sees (specialists; 200 also when linked already)");
        onRequest.MapDelete("/{articleId:long}", (long id, long articleId, HttpRequest r, RequestArticles used) =>
                used.UnlinkAsync(id, articleId, r.HttpContext.RequestAborted))
            .Removes("Remove the account's link of a knowledge article to a request (specialists)");
        return articles;
    }
}
