using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.Requests;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.Requests;

/// <summary>
/// Lists and reads requests. The account filter decides which requests the account sees; within it, people with
/// a specialist-type role or auditor see them all, anyone else only those requested by or for them.
/// </summary>
public sealed class ListRequests(TrustdeskDbContext db, Caller caller, RequestJson json)
{
    private static readonly ListSpec<Request> Spec = new ListSpec<Request>()
        .FilterAndSort("id", r => r.Id)
        .FilterAndSort("subject", r => r.Subject)
        .FilterAndSort("category", r => r.Category)
        .FilterAndSort("impact", r => r.Impact)
        .FilterAndSort("status", r => r.Status)
        .Filter("completion_reason", r => r.CompletionReason)
        .Filter("team_id", r => r.TeamId)
        .Filter("member_id", r => r.MemberId)
        .Filter("requested_by_id", r => r.RequestedById)
        .Filter("requested_for_id", r => r.RequestedForId)
        .Filter("service_instance_id", r => r.ServiceInstanceId)
        .Filter("customer_account_id", r => r.CustomerAccountId)
        .Filter("sourceID", r => r.SourceId)
        .FilterAndSort("completed_at", r => r.CompletedAt)
        .FilterAndSort("created_at", r => r.CreatedAt)
        .FilterAndSort("updated_at", r => r.UpdatedAt)
        .OrderBy(r => r.Id, descending: true)
        .ThrottleTotals()
        .Fields(RequestJson.CollectionFields, RequestJson.AllFields);

    public async Task<ApiResult> HandleAsync(HttpRequest request, string? predefined)
    {
        var query = Seen();
        if (predefined is not null) query = query.Where(RequestFilters.Predefined[predefined](caller, db));
        return await Listing.PageAsync(request, query, Spec, list => json.RenderAsync(list, request.HttpContext.RequestAborted));
    }

    public async Task<ApiResult> GetAsync(long id, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        var found = await Seen().FirstOrDefaultAsync(r => r.Id == id, cancel);
        return found is null ? ApiErrors.NotFound() : ApiResult.Ok(await json.RenderAsync(found, cancel)).WithETag(found.LockVersion);
    }

    private IQueryable<Request> Seen()
    {
        var visible = db.Requests.AsNoTracking();
        return Role.SeeAllRequests(caller.Roles)
            ? visible
            : visible.Where(r => r.RequestedById == caller.PersonId || r.RequestedForId == caller.PersonId);
    }
}
