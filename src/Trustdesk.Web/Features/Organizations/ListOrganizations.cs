using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Organizations;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.Organizations;

/// <summary>The organizations the current account uses: its own and its directory's.</summary>
public sealed class ListOrganizations(TrustdeskDbContext db, RecordReads reads, OrganizationJson json)
{
    private static readonly ListSpec<Organization> Spec = ListSpec.Of<Organization>()
        .FilterAndSort("id", o => o.Id)
        .FilterAndSort("name", o => o.Name)
        .Filter("parent_id", o => o.ParentId)
        .Filter("manager_id", o => o.ManagerId)
        .Filter("disabled", o => o.Disabled)
        .Filter("financialID", o => o.FinancialId)
        .Filter("sourceID", o => o.SourceId)
        .OrderBy(o => o.Id)
        .Fields<OrganizationResponse>(OrganizationJson.CollectionFields);

    public Task<ApiResult> HandleAsync(HttpRequest request, Expression<Func<Organization, bool>>? predefined)
    {
        var query = db.Organizations.AsNoTracking();
        if (predefined is not null) query = query.Where(predefined);
        return reads.ListAsync(request, query, Spec, json.RenderAsync);
    }

    public Task<ApiResult> GetAsync(long id, HttpRequest request) => reads.GetAsync(request, db.Organizations, id, json.RenderAsync);

    public Task<ApiResult> ChildrenAsync(long id, HttpRequest request) =>
        reads.ListUnderAsync(request, cancel => db.Organizations.AnyAsync(o => o.Id == id, cancel),
            db.Organizations.AsNoTracking().Where(o => o.ParentId == id), Spec, json.RenderAsync);
}
