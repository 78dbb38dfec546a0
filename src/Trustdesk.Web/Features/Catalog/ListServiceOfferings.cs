using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.Catalog;

/// <summary>The service offerings of the current account: all, the <c>catalog</c> (available ones), or those of one service.</summary>
public sealed class ListServiceOfferings(TrustdeskDbContext db, RecordReads reads, ServiceOfferingJson json)
{
    private static readonly ListSpec<ServiceOffering> Spec = ListSpec.Of<ServiceOffering>()
        .FilterAndSort("id", o => o.Id)
        .FilterAndSort("name", o => o.Name)
        .Filter("service_id", o => o.ServiceId)
        .FilterAndSort("status", o => o.Status)
        .Filter("support_hours_time_zone", o => o.SupportHoursTimeZone)
        .Filter("sourceID", o => o.SourceId)
        .OrderBy(o => o.Id)
        .Fields<ServiceOfferingResponse>(ServiceOfferingJson.CollectionFields);

    /// <summary>The predefined filter <c>/service_offerings/catalog</c>: offerings that are available now.</summary>
    public static readonly Expression<Func<ServiceOffering, bool>> Catalog = o => o.Status == ServiceOfferingStatus.Available;

    public Task<ApiResult> HandleAsync(HttpRequest request, Expression<Func<ServiceOffering, bool>>? predefined)
    {
        var query = db.ServiceOfferings.AsNoTracking();
        if (predefined is not null) query = query.Where(predefined);
        return reads.ListAsync(request, query, Spec, json.RenderAsync);
    }

    /// <summary><c>/services/:id/service_offerings</c>.</summary>
    public Task<ApiResult> OfServiceAsync(long serviceId, HttpRequest request) =>
        reads.ListUnderAsync(request, cancel => db.Services.AnyAsync(s => s.Id == serviceId, cancel),
            db.ServiceOfferings.AsNoTracking().Where(o => o.ServiceId == serviceId), Spec, json.RenderAsync);

    public Task<ApiResult> GetAsync(long id, HttpRequest request) => reads.GetAsync(request, db.ServiceOfferings, id, json.RenderAsync);
}
