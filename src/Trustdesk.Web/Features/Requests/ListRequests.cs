using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Requests;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.Requests;

/// <summary>
/// Lists and reads requests, through <see cref="VisibleRequests"/>.
/// </summary>
public sealed class ListRequests(TrustdeskDbContext db, Caller caller, VisibleRequests visible, RequestJson json)
{
    public static readonly ListSpec<Request> Spec = ListSpec.Of<Request>()
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
        .Filter("workflow_id", r => r.WorkflowId)
        .Filter("sourceID", r => r.SourceId)
        .FilterAndSort("completed_at", r => r.CompletedAt)
        .FilterAndSort("next_target_at", r => r.NextTargetAt)
        .OrderBy(r => r.Id, descending: true)
        .ThrottleTotals()
        .Fields<RequestResponse>(RequestJson.CollectionFields);

    public async Task<ApiResult> HandleAsync(HttpRequest request, string? predefined)
    {
        using var own = Reading(predefined);
        return await Listing.PageAsync(request, Filtered(predefined), Spec, list => json.RenderAsync(list, request.HttpContext.RequestAborted));
    }

    /// <summary>
    /// One page of a predefined list (null: all), newest first, optionally only the subjects containing
    /// <paramref name="subjectContains"/> (ignoring case), rendered as the API renders them: the console's inbox.
    /// </summary>
    public async Task<ListPage<RequestResponse>> PageAsync(string? predefined, string? subjectContains, int page, int perPage, CancellationToken cancel)
    {
        using var own = Reading(predefined);
        var query = Filtered(predefined);
        if (!string.IsNullOrWhiteSpace(subjectContains))
        {
            var pattern = Listing.ContainsPattern(subjectContains);
            query = query.Where(r => EF.Functions.Like(r.Subject.ToLower(), pattern, Listing.LikeEscape));
        }
        var (rows, hasNext) = await Listing.SliceAsync(query.OrderByDescending(r => r.Id), page, perPage, cancel);
        return new ListPage<RequestResponse>(rows.Count == 0 ? [] : await json.RenderAsync(rows, cancel), hasNext);
    }

    /// <summary>Which of <paramref name="ids"/> the predefined list <paramref name="predefined"/> holds: how the console marks records of a list on other pages.</summary>
    public async Task<IReadOnlySet<long>> WhichInAsync(string predefined, IReadOnlyCollection<long> ids, CancellationToken cancel)
    {
        if (ids.Count == 0) return new HashSet<long>();
        using var own = Reading(predefined);
        return (await Filtered(predefined).Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancel)).ToHashSet();
    }

    // A specialist's own requests elsewhere belong to "requested by or for me" and "waiting for me" too, as an end user's always do.
    private IDisposable Reading(string? predefined) =>
        visible.ReadingOwnRequests(alsoForSpecialists: predefined is RequestFilters.RequestedByOrForMe or RequestFilters.WaitingForMe);

    private IQueryable<Request> Filtered(string? predefined)
    {
        var query = visible.Query();
        return predefined is null ? query : query.Where(RequestFilters.Predefined[predefined](caller, db));
    }

    public async Task<ApiResult> GetAsync(long id, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        // Whatever "requested by or for me" lists is readable here too, as its notes and audit trail are.
        using var own = visible.ReadingOwnRequests(alsoForSpecialists: true);
        var found = await (db.Switches.Plants(PlantedBugs.RequestGetSkipsVisibility) ? db.Requests.AsNoTracking() : visible.Query()) // TEST ONLY bug
            .FirstOrDefaultAsync(r => r.Id == id, cancel);
        if (found is null && db.Switches.Plants(PlantedBugs.ForeignRequestForbidden) // TEST ONLY bug
            && await db.Requests.IgnoreQueryFilters().AnyAsync(r => r.Id == id, cancel)) return ApiErrors.Forbidden();
        return found is null ? ApiErrors.NotFound() : ApiResult.Ok(ApiJson.Node(await json.RenderAsync(found, cancel))).WithETag(found.LockVersion);
    }
}
