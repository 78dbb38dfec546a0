using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.ConfigurationItems;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;
using Trustdesk.Web.Features.Catalog;

namespace Trustdesk.Web.Features.ConfigurationItems;

/// <summary>
/// <c>/v1/cis/:id/ci_relations</c>: how a CI relates to other CIs of its account. A relation is kept once and read from
/// either end; whoever sees both CIs sees it (a provider sees the relations among the CIs it supports, not those to the
/// customer's others). Made and removed by the account's configuration managers and administrators.
/// </summary>
public sealed class CiRelations(TrustdeskDbContext db, Caller caller, ListCis cis, RecordWrites writes, References references)
{
    private static readonly ListSpec<CiRelation> Spec = ListSpec.Of<CiRelation>()
        .FilterAndSort("id", r => r.Id)
        .OrderBy(r => r.Id, descending: false)
        .Fields<CiRelationResponse>(["relation_type", "ci"]);

    public async Task<ApiResult> ListAsync(long ciId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (await cis.SeenAsync(ciId, cancel) is null) return ApiErrors.NotFound();
        return await Listing.PageAsync(request, Of(ciId), Spec, list => RenderAsync(ciId, list, cancel));
    }

    /// <summary>Every relation of a CI one <see cref="ListCis.SeenAsync"/> found, oldest first, read from it.</summary>
    public async Task<IReadOnlyList<CiRelationResponse>> OfAsync(Ci seen, CancellationToken cancel) =>
        await RenderAsync(seen.Id, await Of(seen.Id).OrderBy(r => r.Id).ToListAsync(cancel), cancel);

    /// <summary><c>POST /v1/cis/:id/ci_relations</c>: 201 with the relation read from this CI; 404, 403, or 422.</summary>
    public async Task<ApiResult> AddAsync(long ciId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (await cis.SeenAsync(ciId, cancel) is not { } ci) return ApiErrors.NotFound();
        if (ci.AccountId != caller.AccountId || !writes.MayWrite(SaveCi.Definers)) return ApiErrors.Forbidden();
        var (body, error) = await JsonBody.ReadAsync<CiRelationInput>(request);
        if (body is null) return error!;
        return await AddAsync(ci, body, cancel);
    }

    /// <summary>A relation from a console form (its type and the other CI); the 201, or why not (404, 403, 422).</summary>
    public async Task<ApiResult> AddAsync(long ciId, CiRelationInput input, CancellationToken cancel)
    {
        if (await cis.SeenAsync(ciId, cancel) is not { } ci) return ApiErrors.NotFound();
        if (ci.AccountId != caller.AccountId || !writes.MayWrite(SaveCi.Definers)) return ApiErrors.Forbidden();
        return await AddAsync(ci, new JsonBody<CiRelationInput>(input, FormFields), cancel);
    }

    private static readonly IReadOnlySet<string> FormFields = new HashSet<string>(StringComparer.Ordinal) { "relation_type", "ci_id" };

    private async Task<ApiResult> AddAsync(Ci ci, JsonBody<CiRelationInput> body, CancellationToken cancel)
    {
        var input = body.Value;
        var check = new Validation();
        var type = CatalogReferences.WireEnum<CiRelationInput, CiRelationType>(check, body, "relation_type", input.RelationType);
        if (!body.Has("relation_type")) check.Add("relation_type", "can't be blank");
        if (input.CiId is not long otherId) check.Add("ci_id", "can't be blank");
        else if (otherId == ci.Id) check.Add("ci_id", "must be another CI");
        else if (!await db.Cis.AnyAsync(c => c.Id == otherId && c.AccountId == ci.AccountId, cancel)) check.Add("ci_id", "must be a CI of this account");
        else if (await db.CiRelations.AnyAsync(r => (r.CiId == ci.Id && r.RelatedCiId == otherId) || (r.CiId == otherId && r.RelatedCiId == ci.Id), cancel))
            check.Add("ci_id", "is related to this CI already");
        if (check.Result is { } invalid) return invalid;
        var relation = new CiRelation { CiId = ci.Id, RelationType = type!.Value, RelatedCiId = input.CiId!.Value };
        db.CiRelations.Add(relation);
        await db.SaveChangesAsync(cancel);
        return ApiResult.Created(ApiJson.Node((await RenderAsync(ci.Id, [relation], cancel))[0]));
    }

    /// <summary><c>DELETE /v1/cis/:id/ci_relations/:relation_id</c>: 204; 404 when it is no relation of this CI.</summary>
    public async Task<ApiResult> RemoveAsync(long ciId, long relationId, CancellationToken cancel)
    {
        if (await cis.SeenAsync(ciId, cancel) is not { } ci) return ApiErrors.NotFound();
        var relation = await Of(ciId, tracked: true).FirstOrDefaultAsync(r => r.Id == relationId, cancel);
        if (relation is null) return ApiErrors.NotFound();
        if (ci.AccountId != caller.AccountId || !writes.MayWrite(SaveCi.Definers)) return ApiErrors.Forbidden();
        db.CiRelations.Remove(relation);
        await db.SaveChangesAsync(cancel);
        return ApiResult.NoContent();
    }

    private IQueryable<CiRelation> Of(long ciId, bool tracked = false) =>
        (tracked ? db.CiRelations : db.CiRelations.AsNoTracking()).Where(r => r.CiId == ciId || r.RelatedCiId == ciId);

    /// <summary>Relations read from <paramref name="ciId"/>: the other end named (a CI the caller sees, since it sees the relation).</summary>
    private async Task<IReadOnlyList<CiRelationResponse>> RenderAsync(long ciId, IReadOnlyList<CiRelation> relations, CancellationToken cancel)
    {
        var others = relations.Select(r => r.CiId == ciId ? r.RelatedCiId : r.CiId).Distinct().ToList();
        var named = await db.Cis.AsNoTracking().Where(c => others.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => (c.Name, c.AccountId), cancel);
        await references.LoadAccountsAsync(named.Values.Select(n => n.AccountId), cancel);
        return relations.Select(r =>
        {
            var fromHere = r.CiId == ciId;
            var other = fromHere ? r.RelatedCiId : r.CiId;
            var (name, account) = named.GetValueOrDefault(other, (null!, caller.AccountId));
            return new CiRelationResponse
            {
                Id = r.Id,
                RelationType = fromHere ? r.RelationType : r.RelationType.FromOtherEnd(),
                Ci = references.Ref(other, name, account)!,
                CreatedAt = r.CreatedAt,
                UpdatedAt = r.UpdatedAt,
            };
        }).ToList();
    }
}
