using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Teams;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Teams;

/// <summary>
/// Registers and updates teams; a team's manager and coordinator must hold a role in the account, and the account's
/// service desk team stays enabled (requests without a team go there).
/// </summary>
public sealed class SaveTeam(TrustdeskDbContext db, Caller caller, TeamJson json, RecordWrites writes)
{
    public Task<ApiResult> CreateAsync(HttpRequest request) =>
        writes.CreateAsync<Team, TeamInput, TeamResponse>(request, new Team(), ApplyAsync, json.RenderAsync);

    public async Task<ApiResult> UpdateAsync(long id, HttpRequest request) =>
        await writes.UpdateAsync<Team, TeamInput, TeamResponse>(request,
            await db.Teams.FirstOrDefaultAsync(r => r.Id == id, request.HttpContext.RequestAborted), ApplyAsync, json.RenderAsync);

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
        if (input.Disabled == true && !creating && team.Id == caller.Account.ServiceDeskTeamId)
            check.Add("disabled", "the team is this account's service desk: name another service desk team first");
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
