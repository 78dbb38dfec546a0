using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.People;
using Trustdesk.Domain.Teams;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Contracts;
using Trustdesk.Web.Api.Listing;
using Trustdesk.Web.Features.People;

namespace Trustdesk.Web.Features.Teams;

/// <summary>A team's members: people with a role in the team's account (its own or its directory's people).</summary>
public sealed class TeamMembers(TrustdeskDbContext db, Caller caller, PersonJson json)
{
    private static readonly ListSpec<Person> Spec = ListSpec.Of<Person>()
        .FilterAndSort("id", p => p.Id)
        .FilterAndSort("name", p => p.Name)
        .OrderBy(p => p.Name).OrderBy(p => p.Id)
        .Fields<PersonResponse>(PersonJson.CollectionFields);

    public async Task<ApiResult> ListAsync(long teamId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (!caller.HasAnyRole || !await db.Teams.AnyAsync(t => t.Id == teamId, cancel)) return ApiErrors.NotFound();
        var members = db.People.AsNoTracking()
            .Where(p => db.TeamMembers.Any(m => m.TeamId == teamId && m.PersonId == p.Id));
        return await Listing.PageAsync(request, members, Spec, list => json.RenderAsync(list, cancel));
    }

    public async Task<ApiResult> AddAsync(long teamId, long personId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (!await db.Teams.AnyAsync(t => t.Id == teamId, cancel)) return ApiErrors.NotFound();
        if (!caller.IsAdministrator) return ApiErrors.Forbidden();
        if (!await db.People.AnyAsync(p => p.Id == personId, cancel)) return ApiErrors.NotFound();
        if (!await db.Permissions.AnyAsync(p => p.PersonId == personId, cancel))
            return ApiErrors.Validation("member", "must hold a role in this account to join one of its teams");
        if (!await db.TeamMembers.AnyAsync(m => m.TeamId == teamId && m.PersonId == personId, cancel))
        {
            db.TeamMembers.Add(new TeamMember { TeamId = teamId, PersonId = personId });
            await db.SaveChangesAsync(cancel);
        }
        return ApiResult.Ok(ApiJson.Node(EmptyResponse.Instance));
    }

    public async Task<ApiResult> RemoveAsync(long teamId, long personId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (!await db.Teams.AnyAsync(t => t.Id == teamId, cancel)) return ApiErrors.NotFound();
        if (!caller.IsAdministrator) return ApiErrors.Forbidden();
        var removed = await db.TeamMembers.Where(m => m.TeamId == teamId && m.PersonId == personId).ExecuteDeleteAsync(cancel);
        return removed == 0 ? ApiErrors.NotFound() : ApiResult.NoContent();
    }
}
