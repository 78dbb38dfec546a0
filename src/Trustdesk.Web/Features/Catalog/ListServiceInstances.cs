using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.Catalog;

/// <summary>The service instances of the current account, all of them or those of one service.</summary>
public sealed class ListServiceInstances(TrustdeskDbContext db, RecordReads reads, ServiceInstanceJson json)
{
    private static readonly ListSpec<ServiceInstance> Spec = ListSpec.Of<ServiceInstance>()
        .FilterAndSort("id", i => i.Id)
        .FilterAndSort("name", i => i.Name)
        .Filter("service_id", i => i.ServiceId)
        .FilterAndSort("status", i => i.Status)
        .Filter("first_line_team_id", i => i.FirstLineTeamId)
        .Filter("support_team_id", i => i.SupportTeamId)
        .Filter("sourceID", i => i.SourceId)
        .OrderBy(i => i.Id)
        .Fields<ServiceInstanceResponse>(ServiceInstanceJson.CollectionFields);

    public Task<ApiResult> HandleAsync(HttpRequest request) => reads.ListAsync(request, db.ServiceInstances.AsNoTracking(), Spec, json.RenderAsync);

    /// <summary><c>/services/:id/service_instances</c>.</summary>
    public Task<ApiResult> OfServiceAsync(long serviceId, HttpRequest request) =>
        reads.ListUnderAsync(request, cancel => db.Services.AnyAsync(s => s.Id == serviceId, cancel),
            db.ServiceInstances.AsNoTracking().Where(i => i.ServiceId == serviceId), Spec, json.RenderAsync);

    public Task<ApiResult> GetAsync(long id, HttpRequest request) => reads.GetAsync(request, db.ServiceInstances, id, json.RenderAsync);
}
