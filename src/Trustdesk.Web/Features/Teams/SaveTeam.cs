using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Teams;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Teams;

/// <summary>Registers and updates teams; a team's manager and coordinator must hold a role in the account.</summary>
public sealed class SaveTeam(TrustdeskDbContext db, Caller caller, TeamJson json)
{
    public async Task<ApiResult> CreateAsync(HttpRequest request)
    {
        if (!caller.IsAdministrator) return ApiErrors.Forbidden();
        var (body, error) = await JsonBody.ReadAsync<TeamInput>(request);
        if (body is null) return error!;
        var team = new Team { AccountId = caller.AccountId };
        if (await ApplyAsync(team, body, creating: true, request.HttpContext.RequestAborted) is { } invalid) return invalid;
        db.Teams.Add(team);
        await db.SaveChangesAsync(request.HttpContext.RequestAborted);
        return ApiResult.Created(await json.RenderAsync(team, request.HttpContext.RequestAborted)).WithETag(team.LockVersion);
    }

    public async Task<ApiResult> UpdateAsync(long id, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        var team = await db.Teams.FirstOrDefaultAsync(t => t.Id == id, cancel);
        if (team is null) return ApiErrors.NotFound();
        if (!caller.IsAdministrator) return ApiErrors.Forbidden();
        if (Preconditions.IfMatch(request, team.LockVersion) is { } stale) return stale;
        var (body, error) = await JsonBody.ReadAsync<TeamInput>(request);
        if (body is null) return error!;
        if (await ApplyAsync(team, body, creating: false, cancel) is { } invalid) return invalid;
        await db.SaveChangesAsync(cancel);
        return ApiResult.Ok(await json.RenderAsync(team, cancel)).WithETag(team.LockVersion);
    }

    private async Task<ApiResult?> ApplyAsync(Team team, JsonBody<TeamInput> body, bool creating, CancellationToken cancel)
    {
        var input = body.Value;
        var check = new Validation();
        if (creating || body.Has("name")) check.Text("name", input.Name, Limits.Name, required: true);
        check.Text("description", input.Description, Limits.Text)
            .Text("source", input.Source, Limits.Code)
            .Text("sourceID", input.SourceId, Limits.Code)
            .TimeZone("time_zone", input.TimeZone);
        if (!check.IsValid) return check.Result;

        if (body.Has("name"))
        {
            var name = input.Name!.Trim();
            if (await db.Teams.AnyAsync(t => t.Name == name && t.Id != team.Id, cancel)) check.Add("name", "has already been taken");
        }
        foreach (var (field, personId) in new[] { ("manager_id", input.ManagerId), ("coordinator_id", input.CoordinatorId) })
            if (personId is long id && !await db.Permissions.AnyAsync(p => p.PersonId == id, cancel))
                check.Add(field, "must be a person with a role in this account");
        if (!check.IsValid) return check.Result;

        if (body.Has("name")) team.Name = input.Name!.Trim();
        if (body.Has("description")) team.Description = input.Description;
        if (body.Has("manager_id")) team.ManagerId = input.ManagerId;
        if (body.Has("coordinator_id")) team.CoordinatorId = input.CoordinatorId;
        if (body.Has("auto_assign")) team.AutoAssign = input.AutoAssign ?? false;
        if (body.Has("time_zone")) team.TimeZone = input.TimeZone;
        if (body.Has("disabled")) team.Disabled = input.Disabled ?? false;
        if (body.Has("source")) team.Source = input.Source;
        if (body.Has("sourceID")) team.SourceId = input.SourceId;
        return null;
    }
}
