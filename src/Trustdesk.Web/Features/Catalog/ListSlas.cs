using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.Catalog;

/// <summary>The SLAs of the current account (the provider's): all, or those of one service, instance or offering.</summary>
public sealed class ListSlas(TrustdeskDbContext db, Caller caller, SlaJson json)
{
    private static readonly ListSpec<Sla> Spec = new ListSpec<Sla>()
        .FilterAndSort("id", s => s.Id)
        .FilterAndSort("name", s => s.Name)
        .Filter("service_offering_id", s => s.ServiceOfferingId)
        .Filter("service_instance_id", s => s.ServiceInstanceId)
        .Filter("customer_id", s => s.CustomerOrganizationId)
        .Filter("customer_account_id", s => s.CustomerAccountId)
        .Filter("coverage", s => s.Coverage)
        .FilterAndSort("status", s => s.Status)
        .Sort("start_date", s => s.StartDate)
        .Sort("expiry_date", s => s.ExpiryDate)
        .Filter("service_level_manager_id", s => s.ServiceLevelManagerId)
        .Filter("sourceID", s => s.SourceId)
        .FilterAndSort("created_at", s => s.CreatedAt)
        .FilterAndSort("updated_at", s => s.UpdatedAt)
        .OrderBy(s => s.Id)
        .Fields(SlaJson.CollectionFields, SlaJson.AllFields);

    public async Task<ApiResult> HandleAsync(HttpRequest request)
    {
        if (!caller.HasAnyRole) return ApiErrors.Forbidden();
        return await PageAsync(request, db.Slas.AsNoTracking());
    }

    /// <summary><c>/services/:id/slas</c>: the SLAs for the service's offerings (and so its instances).</summary>
    public async Task<ApiResult> OfServiceAsync(long serviceId, HttpRequest request)
    {
        if (!caller.HasAnyRole || !await db.Services.AnyAsync(s => s.Id == serviceId, request.HttpContext.RequestAborted))
            return ApiErrors.NotFound();
        return await PageAsync(request, db.Slas.AsNoTracking()
            .Where(s => db.ServiceOfferings.Any(o => o.Id == s.ServiceOfferingId && o.ServiceId == serviceId)));
    }

    /// <summary><c>/service_instances/:id/slas</c>.</summary>
    public async Task<ApiResult> OfServiceInstanceAsync(long instanceId, HttpRequest request)
    {
        if (!caller.HasAnyRole || !await db.ServiceInstances.AnyAsync(i => i.Id == instanceId, request.HttpContext.RequestAborted))
            return ApiErrors.NotFound();
        return await PageAsync(request, db.Slas.AsNoTracking().Where(s => s.ServiceInstanceId == instanceId));
    }

    /// <summary><c>/service_offerings/:id/slas</c>.</summary>
    public async Task<ApiResult> OfServiceOfferingAsync(long offeringId, HttpRequest request)
    {
        if (!caller.HasAnyRole || !await db.ServiceOfferings.AnyAsync(o => o.Id == offeringId, request.HttpContext.RequestAborted))
            return ApiErrors.NotFound();
        return await PageAsync(request, db.Slas.AsNoTracking().Where(s => s.ServiceOfferingId == offeringId));
    }

    public async Task<ApiResult> GetAsync(long id, HttpRequest request)
    {
        if (!caller.HasAnyRole) return ApiErrors.NotFound();
        var sla = await db.Slas.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, request.HttpContext.RequestAborted);
        return sla is null ? ApiErrors.NotFound() : ApiResult.Ok(await json.RenderAsync(sla, request.HttpContext.RequestAborted)).WithETag(sla.LockVersion);
    }

    private Task<ApiResult> PageAsync(HttpRequest request, IQueryable<Sla> query) =>
        Listing.PageAsync(request, query, Spec, list => json.RenderAsync(list, request.HttpContext.RequestAborted));
}
