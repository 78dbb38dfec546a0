using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.Knowledge;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Audit;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Catalog;

namespace Trustdesk.Web.Features.Knowledge;

/// <summary>
/// Writes knowledge articles (ADR 46): specialists of the account write them; a knowledge manager validates and archives
/// them, and alone changes one that is validated or archived. Every change is audited.
/// </summary>
public sealed class SaveKnowledgeArticle(TrustdeskDbContext db, Caller caller, KnowledgeArticleJson json, RecordWrites writes)
{
    public const string RecordType = "knowledge_articles";

    public static readonly AuditedAs<KnowledgeArticle> Audited = new(RecordType, a => new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
    {
        ["subject"] = a.Subject,
        ["description"] = a.Description,
        ["instructions"] = a.Instructions,
        ["keywords"] = a.Keywords,
        ["status"] = SnakeCaseEnum<KnowledgeArticleStatus>.Name(a.Status),
        ["service_id"] = a.ServiceId,
        ["end_users"] = a.EndUsers,
        ["covered_specialists"] = a.CoveredSpecialists,
        ["source"] = a.Source,
        ["sourceID"] = a.SourceId,
    });

    private bool IsKnowledgeManager => caller.Roles.Contains(Role.KnowledgeManager);

    public Task<ApiResult> CreateAsync(HttpRequest request) =>
        writes.CreateAsync<KnowledgeArticle, KnowledgeArticleInput, KnowledgeArticleResponse>(request,
            new KnowledgeArticle { CreatedById = caller.PersonId }, ApplyAsync, json.RenderAsync, Role.Specialists, Audited);

    /// <summary>Only the account's own articles are changed: the query outside a browsed catalog finds no other.</summary>
    public async Task<ApiResult> UpdateAsync(long id, HttpRequest request) =>
        await writes.UpdateAsync<KnowledgeArticle, KnowledgeArticleInput, KnowledgeArticleResponse>(request,
            await db.KnowledgeArticles.FirstOrDefaultAsync(a => a.Id == id, request.HttpContext.RequestAborted),
            ApplyAsync, json.RenderAsync, Role.Specialists, Audited);

    /// <summary>A new article from a console form that sets <paramref name="fields"/> of <paramref name="input"/>; the 201, or why not.</summary>
    public Task<ApiResult> CreateAsync(KnowledgeArticleInput input, IReadOnlySet<string> fields, CancellationToken cancel) =>
        writes.CreateAsync<KnowledgeArticle, KnowledgeArticleInput, KnowledgeArticleResponse>(new KnowledgeArticle { CreatedById = caller.PersonId },
            () => JsonBody.Of(input, fields), ApplyAsync, json.RenderAsync, cancel, Role.Specialists, Audited);

    /// <summary>A console form's change, only while the article is still at <paramref name="version"/> (else 412); the 200, or why not.</summary>
    public async Task<ApiResult> UpdateAsync(long id, KnowledgeArticleInput input, IReadOnlySet<string> fields, int version, CancellationToken cancel) =>
        await writes.UpdateAsync<KnowledgeArticle, KnowledgeArticleInput, KnowledgeArticleResponse>(
            await db.KnowledgeArticles.FirstOrDefaultAsync(a => a.Id == id, cancel),
            found => found.LockVersion == version ? null : ApiErrors.PreconditionFailed(), () => JsonBody.Of(input, fields),
            ApplyAsync, json.RenderAsync, cancel, Role.Specialists, Audited);

    /// <summary>Whether the caller may write articles at all, and validate them: what the console offers.</summary>
    public (bool Writes, bool Validates) Standing => (writes.MayWrite(Role.Specialists), IsKnowledgeManager);

    private async Task<ApiResult?> ApplyAsync(KnowledgeArticle article, JsonBody<KnowledgeArticleInput> body, bool creating, CancellationToken cancel)
    {
        if (!creating && article.Status is KnowledgeArticleStatus.Validated or KnowledgeArticleStatus.Archived && !IsKnowledgeManager)
            return ApiErrors.Forbidden();
        var input = body.Value;
        var check = new Validation();
        if (creating || body.Has("subject")) check.Text("subject", input.Subject, Limits.Name, required: true);
        if (creating || body.Has("instructions")) check.Text("instructions", input.Instructions, Limits.NoteText, required: true);
        check.Text("description", input.Description, Limits.Text)
            .Text("keywords", input.Keywords, Limits.Name)
            .Text("source", input.Source, Limits.Code)
            .Text("sourceID", input.SourceId, Limits.Code);
        var status = CatalogReferences.WireEnum<KnowledgeArticleInput, KnowledgeArticleStatus>(check, body, "status", input.Status);
        if (status is KnowledgeArticleStatus.Validated or KnowledgeArticleStatus.Archived && status != article.Status && !IsKnowledgeManager)
            check.Add("status", "can only be set to validated or archived by a knowledge manager");
        if (CatalogReferences.Required(check, body, creating, "service_id", input.ServiceId) && input.ServiceId is long serviceId
            && !await db.Services.AnyAsync(s => s.Id == serviceId && s.AccountId == caller.AccountId, cancel))
            check.Add("service_id", "must be a service of this account");
        if (body.Has("end_users") && input.EndUsers is null) check.Add("end_users", "can't be blank");
        if (body.Has("covered_specialists") && input.CoveredSpecialists is null) check.Add("covered_specialists", "can't be blank");
        if (!check.IsValid) return check.Result;

        if (body.Has("subject")) article.Subject = input.Subject!.Trim();
        if (body.Has("instructions")) article.Instructions = input.Instructions!;
        if (body.Has("description")) article.Description = input.Description;
        if (body.Has("keywords")) article.Keywords = input.Keywords;
        if (status is { } newStatus) article.Status = newStatus;
        if (body.Has("service_id")) article.ServiceId = input.ServiceId!.Value;
        if (body.Has("end_users")) article.EndUsers = input.EndUsers!.Value;
        if (body.Has("covered_specialists")) article.CoveredSpecialists = input.CoveredSpecialists!.Value;
        if (body.Has("source")) article.Source = input.Source;
        if (body.Has("sourceID")) article.SourceId = input.SourceId;
        return null;
    }
}
