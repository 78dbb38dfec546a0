using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.ConfigurationItems;
using Trustdesk.Domain.Requests;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;
using Trustdesk.Web.Features.Requests;

namespace Trustdesk.Web.Features.ConfigurationItems;

/// <summary>
/// <c>/v1/requests/:id/cis</c>: the CIs a request affects (4me's). A specialist links a CI their account sees to a request
/// it sees; the link lives in their account, and changes neither record nor who sees either. A request's viewer is shown
/// the linked CIs it sees itself, whoever linked them (a customer is not told of its provider's servers).
/// </summary>
public sealed class RequestCis(TrustdeskDbContext db, Caller caller, VisibleRequests requests, CiJson json)
{
    public async Task<ApiResult> ListAsync(long requestId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (!await SeesRequestAsync(requestId, cancel)) return ApiErrors.NotFound();
        return await Listing.PageAsync(request, Linked(requestId), ListCis.Spec, list => json.RenderAsync(list, cancel));
    }

    /// <summary>The CIs linked to a request the caller sees that the caller sees too, by name: the console's request page.</summary>
    public async Task<IReadOnlyList<CiResponse>> OfAsync(long requestId, CancellationToken cancel) =>
        await json.RenderAsync(await Linked(requestId).OrderBy(c => c.Id).Take(100).ToListAsync(cancel), cancel);

    /// <summary>The CIs of <see cref="OfAsync"/> whose link to the request the caller's account made: the ones it may remove.</summary>
    public async Task<IReadOnlySet<long>> LinkedHereAsync(long requestId, CancellationToken cancel) =>
        (await db.RequestCis.AsNoTracking().Where(l => l.RequestId == requestId && l.AccountId == caller.AccountId).Select(l => l.CiId)
            .ToListAsync(cancel)).ToHashSet();

    /// <summary>A request linked to a CI, as the CI's console page lists it.</summary>
    public sealed record AffectedRequest(long Id, string Subject, RequestStatus Status);

    /// <summary>
    /// The requests linked to a CI one <see cref="ListCis.SeenAsync"/> found that the caller sees, newest first (at most
    /// <paramref name="limit"/>): the CI's console page. The CI's links are read first (by their index), then the visible
    /// requests among them by id, as <c>ProblemLinks</c> reads a problem's: asked as one statement, PostgreSQL would start
    /// from every request the account sees.
    /// </summary>
    public async Task<IReadOnlyList<AffectedRequest>> RequestsOfAsync(Ci seen, int limit, CancellationToken cancel)
    {
        if (!caller.HasAnyRole) return [];
        var ids = await db.RequestCis.AsNoTracking().Where(l => l.CiId == seen.Id).Select(l => l.RequestId).Distinct().ToListAsync(cancel);
        if (ids.Count == 0) return [];
        return (await requests.Query().Where(r => ids.Contains(r.Id)).OrderByDescending(r => r.Id).Take(limit)
                .Select(r => new { r.Id, r.Subject, r.Status }).ToListAsync(cancel))
            .Select(r => new AffectedRequest(r.Id, r.Subject, r.Status)).ToList();
    }

    /// <summary><c>POST /v1/requests/:id/cis/:ci_id</c>: 200 (also when linked already), 404 for a request or CI the caller does not see, 403.</summary>
    public async Task<ApiResult> LinkAsync(long requestId, long ciId, CancellationToken cancel)
    {
        if (!await SeesRequestAsync(requestId, cancel) || !await db.Cis.AnyAsync(c => c.Id == ciId, cancel)) return ApiErrors.NotFound();
        if (!MayLink) return ApiErrors.Forbidden();
        if (!await db.RequestCis.AnyAsync(l => l.RequestId == requestId && l.CiId == ciId && l.AccountId == caller.AccountId, cancel))
        {
            db.RequestCis.Add(new RequestCi { RequestId = requestId, CiId = ciId, PersonId = caller.PersonId });
            await db.SaveChangesAsync(cancel);
        }
        return ApiResult.Ok(new JsonObject());
    }

    /// <summary><c>DELETE /v1/requests/:id/cis/:ci_id</c>: 204; 404 when the account made no such link.</summary>
    public async Task<ApiResult> UnlinkAsync(long requestId, long ciId, CancellationToken cancel)
    {
        if (!await SeesRequestAsync(requestId, cancel)) return ApiErrors.NotFound();
        var link = await db.RequestCis.FirstOrDefaultAsync(l => l.RequestId == requestId && l.CiId == ciId && l.AccountId == caller.AccountId, cancel);
        if (link is null) return ApiErrors.NotFound();
        if (!MayLink) return ApiErrors.Forbidden();
        db.RequestCis.Remove(link);
        await db.SaveChangesAsync(cancel);
        return ApiResult.NoContent();
    }

    /// <summary>CIs are linked and unlinked by the specialist-type roles, as problems are.</summary>
    public bool MayLink => Role.Specialists.Any(caller.Roles.Contains);

    private Task<bool> SeesRequestAsync(long requestId, CancellationToken cancel) =>
        caller.HasAnyRole ? requests.Query().AnyAsync(r => r.Id == requestId, cancel) : Task.FromResult(false);

    private IQueryable<Ci> Linked(long requestId)
    {
        var linked = db.RequestCis.Where(l => l.RequestId == requestId).Select(l => l.CiId);
        return db.Cis.AsNoTracking().Where(c => linked.Contains(c.Id));
    }
}
