using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Sites;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.Sites;

/// <summary>The sites the current account uses: its own and its directory's.</summary>
public sealed class ListSites(TrustdeskDbContext db, RecordReads reads, SiteJson json)
{
    private static readonly ListSpec<Site> Spec = ListSpec.Of<Site>()
        .FilterAndSort("id", s => s.Id)
        .FilterAndSort("name", s => s.Name)
        .FilterAndSort("city", s => s.City)
        .FilterAndSort("country", s => s.Country)
        .Filter("disabled", s => s.Disabled)
        .Filter("sourceID", s => s.SourceId)
        .OrderBy(s => s.Id)
        .Fields<SiteResponse>(SiteJson.CollectionFields);

    public Task<ApiResult> HandleAsync(HttpRequest request) => reads.ListAsync(request, db.Sites.AsNoTracking(), Spec, json.RenderAsync);

    public Task<ApiResult> GetAsync(long id, HttpRequest request) => reads.GetAsync(request, db.Sites, id, json.RenderAsync);
}
