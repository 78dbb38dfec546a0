using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.Catalog;

/// <summary>
/// Registers and updates service instances: of a service of the current account, with first-line and support teams
/// of that same account only (product.md §4); a team of another account reads as one that does not exist.
/// </summary>
public sealed class SaveServiceInstance(TrustdeskDbContext db, ServiceInstanceJson json, RecordWrites writes)
{
    public Task<ApiResult> CreateAsync(HttpRequest request) =>
        writes.CreateAsync<ServiceInstance, ServiceInstanceInput, ServiceInstanceResponse>(request, new ServiceInstance(), ApplyAsync, json.RenderAsync);

    public async Task<ApiResult> UpdateAsync(long id, HttpRequest request) =>
        await writes.UpdateAsync<ServiceInstance, ServiceInstanceInput, ServiceInstanceResponse>(request,
            await db.ServiceInstances.FirstOrDefaultAsync(i => i.Id == id, request.HttpContext.RequestAborted), ApplyAsync, json.RenderAsync);

    private async Task<ApiResult?> ApplyAsync(ServiceInstance instance, JsonBody<ServiceInstanceInput> body, bool creating, CancellationToken cancel)
    {
        var input = body.Value;
        var check = new Validation();
        if (creating || body.Has("name")) check.Text("name", input.Name, Limits.Name, required: true);
        check.Text("source", input.Source, Limits.Code).Text("sourceID", input.SourceId, Limits.Code);
        CatalogReferences.Required(check, body, creating, "service_id", input.ServiceId);
        var status = CatalogReferences.WireEnum<ServiceInstanceInput, ServiceInstanceStatus>(check, body, "status", input.Status);
        if (!check.IsValid) return check.Result;

        if (body.Has("name"))
        {
            var name = input.Name!.Trim();
            if (await db.ServiceInstances.AnyAsync(i => i.Name == name && i.Id != instance.Id, cancel)) check.Add("name", "has already been taken");
        }
        if (input.ServiceId is long serviceId && serviceId != instance.ServiceId)
        {
            if (!await db.Services.AnyAsync(s => s.Id == serviceId, cancel)) check.Add("service_id", "does not exist");
            // SLAs pair an instance with an offering of the same service; moving the instance would break that.
            else if (!creating && await db.Slas.AnyAsync(s => s.ServiceInstanceId == instance.Id, cancel))
                check.Add("service_id", "can't change while SLAs use this service instance");
        }
        await CatalogReferences.TeamAsync(db, check, "first_line_team_id", input.FirstLineTeamId, cancel);
        await CatalogReferences.TeamAsync(db, check, "support_team_id", input.SupportTeamId, cancel);
        if (!check.IsValid) return check.Result;

        if (body.Has("name")) instance.Name = input.Name!.Trim();
        if (body.Has("service_id")) instance.ServiceId = input.ServiceId!.Value;
        if (status is { } newStatus) instance.Status = newStatus;
        if (body.Has("first_line_team_id")) instance.FirstLineTeamId = input.FirstLineTeamId;
        if (body.Has("support_team_id")) instance.SupportTeamId = input.SupportTeamId;
        if (body.Has("source")) instance.Source = input.Source;
        if (body.Has("sourceID")) instance.SourceId = input.SourceId;
        return null;
    }
}
