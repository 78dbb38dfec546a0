using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.Catalog;

/// <summary>
/// Registers and updates services of the current account: names are unique in the account, the owner holds a role in
/// it, and the teams are its own.
/// </summary>
public sealed class SaveService(TrustdeskDbContext db, ServiceJson json, RecordWrites writes)
{
    public Task<ApiResult> CreateAsync(HttpRequest request) =>
        writes.CreateAsync<Service, ServiceInput, ServiceResponse>(request, new Service(), ApplyAsync, json.RenderAsync);

    public async Task<ApiResult> UpdateAsync(long id, HttpRequest request) =>
        await writes.UpdateAsync<Service, ServiceInput, ServiceResponse>(request,
            await db.Services.FirstOrDefaultAsync(s => s.Id == id, request.HttpContext.RequestAborted), ApplyAsync, json.RenderAsync);

    private async Task<ApiResult?> ApplyAsync(Service service, JsonBody<ServiceInput> body, bool creating, CancellationToken cancel)
    {
        var input = body.Value;
        var check = new Validation();
        if (creating || body.Has("name")) check.Text("name", input.Name, Limits.Name, required: true);
        check.Text("description", input.Description, Limits.Text)
            .Text("keywords", input.Keywords, Limits.Name)
            .Text("source", input.Source, Limits.Code)
            .Text("sourceID", input.SourceId, Limits.Code);
        if (!check.IsValid) return check.Result;

        if (body.Has("name"))
        {
            var name = input.Name!.Trim();
            if (await db.Services.AnyAsync(s => s.Name == name && s.Id != service.Id, cancel)) check.Add("name", "has already been taken");
        }
        await CatalogReferences.PersonWithRoleAsync(db, check, "service_owner_id", input.ServiceOwnerId, cancel);
        await CatalogReferences.TeamAsync(db, check, "first_line_team_id", input.FirstLineTeamId, cancel);
        await CatalogReferences.TeamAsync(db, check, "support_team_id", input.SupportTeamId, cancel);
        if (!check.IsValid) return check.Result;

        if (body.Has("name")) service.Name = input.Name!.Trim();
        if (body.Has("description")) service.Description = input.Description;
        if (body.Has("keywords")) service.Keywords = input.Keywords;
        if (body.Has("service_owner_id")) service.ServiceOwnerId = input.ServiceOwnerId;
        if (body.Has("first_line_team_id")) service.FirstLineTeamId = input.FirstLineTeamId;
        if (body.Has("support_team_id")) service.SupportTeamId = input.SupportTeamId;
        if (body.Has("disabled")) service.Disabled = input.Disabled ?? false;
        if (body.Has("source")) service.Source = input.Source;
        if (body.Has("sourceID")) service.SourceId = input.SourceId;
        return null;
    }
}
