using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Teams;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.Teams;

public sealed class ListTeams(TrustdeskDbContext db, Caller caller, TeamJson json)
{
    private static readonly ListSpec<Team> Spec = new ListSpec<Team>()
        .FilterAndSort("id", t => t.Id)
        .FilterAndSort("name", t => t.Name)
        .Filter("manager_id", t => t.ManagerId)
        .Filter("coordinator_id", t => t.CoordinatorId)
        .Filter("disabled", t => t.Disabled)
        .Filter("sourceID", t => t.SourceId)
        .FilterAndSort("created_at", t => t.CreatedAt)
        .FilterAndSort("updated_at", t => t.UpdatedAt)
        .OrderBy(t => t.Id)
        .Fields(TeamJson.CollectionFields, TeamJson.AllFields);

    public async Task<ApiResult> HandleAsync(HttpRequest request)
    {
        if (!caller.HasAnyRole) return ApiErrors.Forbidden();
        return await Listing.PageAsync(request, db.Teams.AsNoTracking(), Spec, list => json.RenderAsync(list, request.HttpContext.RequestAborted));
    }

    public async Task<ApiResult> GetAsync(long id, HttpRequest request)
    {
        if (!caller.HasAnyRole) return ApiErrors.NotFound();
        var team = await db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, request.HttpContext.RequestAborted);
        return team is null ? ApiErrors.NotFound() : ApiResult.Ok(await json.RenderAsync(team, request.HttpContext.RequestAborted)).WithETag(team.LockVersion);
    }
}
