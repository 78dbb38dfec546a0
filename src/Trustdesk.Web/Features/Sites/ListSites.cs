using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Sites;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.Sites;

/// <summary>The sites the current account uses: its own and its directory's.</summary>
public sealed class ListSites(TrustdeskDbContext db, Caller caller, SiteJson json)
{
    private static readonly ListSpec<Site> Spec = new ListSpec<Site>()
        .FilterAndSort("id", s => s.Id)
        .FilterAndSort("name", s => s.Name)
        .FilterAndSort("city", s => s.City)
        .FilterAndSort("country", s => s.Country)
        .Filter("disabled", s => s.Disabled)
        .Filter("sourceID", s => s.SourceId)
        .FilterAndSort("created_at", s => s.CreatedAt)
        .FilterAndSort("updated_at", s => s.UpdatedAt)
        .OrderBy(s => s.Id)
        .Fields(SiteJson.CollectionFields, SiteJson.AllFields);

    public async Task<ApiResult> HandleAsync(HttpRequest request)
    {
        if (!caller.HasAnyRole) return ApiErrors.Forbidden();
        return await Listing.PageAsync(request, db.Sites.AsNoTracking(), Spec, list => json.RenderAsync(list, request.HttpContext.RequestAborted));
    }

    public async Task<ApiResult> GetAsync(long id, HttpRequest request)
    {
        if (!caller.HasAnyRole) return ApiErrors.NotFound();
        var site = await db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, request.HttpContext.RequestAborted);
        return site is null ? ApiErrors.NotFound() : ApiResult.Ok(await json.RenderAsync(site, request.HttpContext.RequestAborted)).WithETag(site.LockVersion);
    }
}
