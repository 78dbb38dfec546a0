using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.Catalog;

/// <summary>The services the current account provides; by name, as in 4me.</summary>
public sealed class ListServices(TrustdeskDbContext db, RecordReads reads, ServiceJson json)
{
    private static readonly ListSpec<Service> Spec = ListSpec.Of<Service>()
        .FilterAndSort("id", s => s.Id)
        .FilterAndSort("name", s => s.Name)
        .Filter("service_owner_id", s => s.ServiceOwnerId)
        .Filter("first_line_team_id", s => s.FirstLineTeamId)
        .Filter("support_team_id", s => s.SupportTeamId)
        .Filter("disabled", s => s.Disabled)
        .Filter("sourceID", s => s.SourceId)
        .OrderBy(s => s.Name).OrderBy(s => s.Id)
        .Fields<ServiceResponse>(ServiceJson.CollectionFields);

    public Task<ApiResult> HandleAsync(HttpRequest request) => reads.ListAsync(request, db.Services.AsNoTracking(), Spec, json.RenderAsync);

    public Task<ApiResult> GetAsync(long id, HttpRequest request) => reads.GetAsync(request, db.Services, id, json.RenderAsync);
}
