using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.Catalog;

/// <summary>The service instances of the current account, all of them or those of one service.</summary>
public sealed class ListServiceInstances(TrustdeskDbContext db, Caller caller, ServiceInstanceJson json)
{
    private static readonly ListSpec<ServiceInstance> Spec = new ListSpec<ServiceInstance>()
        .FilterAndSort("id", i => i.Id)
        .FilterAndSort("name", i => i.Name)
        .Filter("service_id", i => i.ServiceId)
        .FilterAndSort("status", i => i.Status)
        .Filter("first_line_team_id", i => i.FirstLineTeamId)
        .Filter("support_team_id", i => i.SupportTeamId)
        .Filter("sourceID", i => i.SourceId)
        .FilterAndSort("created_at", i => i.CreatedAt)
        .FilterAndSort("updated_at", i => i.UpdatedAt)
        .OrderBy(i => i.Id)
        .Fields(ServiceInstanceJson.CollectionFields, ServiceInstanceJson.AllFields);

    public async Task<ApiResult> HandleAsync(HttpRequest request)
    {
        if (!caller.HasAnyRole) return ApiErrors.Forbidden();
        return await PageAsync(request, db.ServiceInstances.AsNoTracking());
    }

    /// <summary><c>/services/:id/service_instances</c>.</summary>
    public async Task<ApiResult> OfServiceAsync(long serviceId, HttpRequest request)
    {
        if (!caller.HasAnyRole || !await db.Services.AnyAsync(s => s.Id == serviceId, request.HttpContext.RequestAborted))
            return ApiErrors.NotFound();
        return await PageAsync(request, db.ServiceInstances.AsNoTracking().Where(i => i.ServiceId == serviceId));
    }

    public async Task<ApiResult> GetAsync(long id, HttpRequest request)
    {
        if (!caller.HasAnyRole) return ApiErrors.NotFound();
        var instance = await db.ServiceInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, request.HttpContext.RequestAborted);
        return instance is null
            ? ApiErrors.NotFound()
            : ApiResult.Ok(await json.RenderAsync(instance, request.HttpContext.RequestAborted)).WithETag(instance.LockVersion);
    }

    private Task<ApiResult> PageAsync(HttpRequest request, IQueryable<ServiceInstance> query) =>
        Listing.PageAsync(request, query, Spec, list => json.RenderAsync(list, request.HttpContext.RequestAborted));
}
