using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.Catalog;

/// <summary>The services the current account provides; by name, as in 4me.</summary>
public sealed class ListServices(TrustdeskDbContext db, Caller caller, ServiceJson json)
{
    private static readonly ListSpec<Service> Spec = new ListSpec<Service>()
        .FilterAndSort("id", s => s.Id)
        .FilterAndSort("name", s => s.Name)
        .Filter("service_owner_id", s => s.ServiceOwnerId)
        .Filter("first_line_team_id", s => s.FirstLineTeamId)
        .Filter("support_team_id", s => s.SupportTeamId)
        .Filter("disabled", s => s.Disabled)
        .Filter("sourceID", s => s.SourceId)
        .FilterAndSort("created_at", s => s.CreatedAt)
        .FilterAndSort("updated_at", s => s.UpdatedAt)
        .OrderBy(s => s.Name).OrderBy(s => s.Id)
        .Fields(ServiceJson.CollectionFields, ServiceJson.AllFields);

    public async Task<ApiResult> HandleAsync(HttpRequest request)
    {
        if (!caller.HasAnyRole) return ApiErrors.Forbidden();
        return await Listing.PageAsync(request, db.Services.AsNoTracking(), Spec, list => json.RenderAsync(list, request.HttpContext.RequestAborted));
    }

    public async Task<ApiResult> GetAsync(long id, HttpRequest request)
    {
        if (!caller.HasAnyRole) return ApiErrors.NotFound();
        var service = await db.Services.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, request.HttpContext.RequestAborted);
        return service is null
            ? ApiErrors.NotFound()
            : ApiResult.Ok(await json.RenderAsync(service, request.HttpContext.RequestAborted)).WithETag(service.LockVersion);
    }
}
