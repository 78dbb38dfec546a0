using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.Catalog;

/// <summary>The SLAs of the current account (the provider's): all, or those of one service, instance or offering.</summary>
public sealed class ListSlas(TrustdeskDbContext db, RecordReads reads, SlaJson json)
{
    private static readonly ListSpec<Sla> Spec = ListSpec.Of<Sla>()
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
        .OrderBy(s => s.Id)
        .Fields<SlaResponse>(SlaJson.CollectionFields);

    public Task<ApiResult> HandleAsync(HttpRequest request) => reads.ListAsync(request, db.Slas.AsNoTracking(), Spec, json.RenderAsync);

    /// <summary><c>/services/:id/slas</c>: the SLAs for the service's offerings (and so its instances).</summary>
    public Task<ApiResult> OfServiceAsync(long serviceId, HttpRequest request) =>
        reads.ListUnderAsync(request, cancel => db.Services.AnyAsync(s => s.Id == serviceId, cancel),
            db.Slas.AsNoTracking().Where(s => db.ServiceOfferings.Any(o => o.Id == s.ServiceOfferingId && o.ServiceId == serviceId)),
            Spec, json.RenderAsync);

    /// <summary><c>/service_instances/:id/slas</c>.</summary>
    public Task<ApiResult> OfServiceInstanceAsync(long instanceId, HttpRequest request) =>
        reads.ListUnderAsync(request, cancel => db.ServiceInstances.AnyAsync(i => i.Id == instanceId, cancel),
            db.Slas.AsNoTracking().Where(s => s.ServiceInstanceId == instanceId), Spec, json.RenderAsync);

    /// <summary><c>/service_offerings/:id/slas</c>.</summary>
    public Task<ApiResult> OfServiceOfferingAsync(long offeringId, HttpRequest request) =>
        reads.ListUnderAsync(request, cancel => db.ServiceOfferings.AnyAsync(o => o.Id == offeringId, cancel),
            db.Slas.AsNoTracking().Where(s => s.ServiceOfferingId == offeringId), Spec, json.RenderAsync);

    public Task<ApiResult> GetAsync(long id, HttpRequest request) => reads.GetAsync(request, db.Slas, id, json.RenderAsync);
}
