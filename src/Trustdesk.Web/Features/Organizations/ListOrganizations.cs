using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Organizations;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.Organizations;

/// <summary>The organizations the current account uses: its own and its directory's.</summary>
public sealed class ListOrganizations(TrustdeskDbContext db, Caller caller, OrganizationJson json)
{
    private static readonly ListSpec<Organization> Spec = new ListSpec<Organization>()
        .FilterAndSort("id", o => o.Id)
        .FilterAndSort("name", o => o.Name)
        .Filter("parent_id", o => o.ParentId)
        .Filter("manager_id", o => o.ManagerId)
        .Filter("disabled", o => o.Disabled)
        .Filter("financialID", o => o.FinancialId)
        .Filter("sourceID", o => o.SourceId)
        .FilterAndSort("created_at", o => o.CreatedAt)
        .FilterAndSort("updated_at", o => o.UpdatedAt)
        .OrderBy(o => o.Id)
        .Fields(OrganizationJson.CollectionFields, OrganizationJson.AllFields);

    public async Task<ApiResult> HandleAsync(HttpRequest request, Expression<Func<Organization, bool>>? predefined)
    {
        if (!caller.HasAnyRole) return ApiErrors.Forbidden();
        var query = db.Organizations.AsNoTracking();
        if (predefined is not null) query = query.Where(predefined);
        return await Listing.PageAsync(request, query, Spec, list => json.RenderAsync(list, request.HttpContext.RequestAborted));
    }

    public async Task<ApiResult> GetAsync(long id, HttpRequest request)
    {
        if (!caller.HasAnyRole) return ApiErrors.NotFound();
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, request.HttpContext.RequestAborted);
        return organization is null
            ? ApiErrors.NotFound()
            : ApiResult.Ok(await json.RenderAsync(organization, request.HttpContext.RequestAborted)).WithETag(organization.LockVersion);
    }

    public async Task<ApiResult> ChildrenAsync(long id, HttpRequest request)
    {
        if (!caller.HasAnyRole || !await db.Organizations.AnyAsync(o => o.Id == id, request.HttpContext.RequestAborted))
            return ApiErrors.NotFound();
        var query = db.Organizations.AsNoTracking().Where(o => o.ParentId == id);
        return await Listing.PageAsync(request, query, Spec, list => json.RenderAsync(list, request.HttpContext.RequestAborted));
    }
}
