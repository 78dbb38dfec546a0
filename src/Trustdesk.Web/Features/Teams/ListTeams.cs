using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Teams;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.Teams;

public sealed class ListTeams(TrustdeskDbContext db, RecordReads reads, TeamJson json)
{
    private static readonly ListSpec<Team> Spec = ListSpec.Of<Team>()
        .FilterAndSort("id", t => t.Id)
        .FilterAndSort("name", t => t.Name)
        .Filter("manager_id", t => t.ManagerId)
        .Filter("coordinator_id", t => t.CoordinatorId)
        .Filter("disabled", t => t.Disabled)
        .Filter("sourceID", t => t.SourceId)
        .OrderBy(t => t.Id)
        .Fields<TeamResponse>(TeamJson.CollectionFields);

    public Task<ApiResult> HandleAsync(HttpRequest request) => reads.ListAsync(request, db.Teams.AsNoTracking(), Spec, json.RenderAsync);

    public Task<ApiResult> GetAsync(long id, HttpRequest request) => reads.GetAsync(request, db.Teams, id, json.RenderAsync);
}
