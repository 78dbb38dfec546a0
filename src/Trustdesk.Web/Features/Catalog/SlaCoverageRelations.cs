using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.Organizations;
using Trustdesk.Domain.People;
using Trustdesk.Domain.Sites;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Contracts;
using Trustdesk.Web.Api.Listing;
using Trustdesk.Web.Features.Organizations;
using Trustdesk.Web.Features.People;
using Trustdesk.Web.Features.Sites;

namespace Trustdesk.Web.Features.Catalog;

/// <summary>
/// <c>/slas/:id/people</c>, <c>/organizations</c> and <c>/sites</c>: what the SLA's coverage names. Each must belong to
/// the SLA's customer side (<see cref="CustomerSides"/>); across a trust they are read in the customer's accounts, and
/// only while the trust is accepted — once it is not, the lists show nothing and nothing can be added.
/// </summary>
public sealed class SlaCoverageRelations(
    TrustdeskDbContext db, Caller caller, RecordWrites writes, CustomerSides sides, PersonJson personJson, OrganizationJson organizationJson,
    SiteJson siteJson)
{
    private static readonly ListSpec<Person> PeopleSpec = ListSpec.Of<Person>()
        .FilterAndSort("id", p => p.Id)
        .FilterAndSort("name", p => p.Name)
        .OrderBy(p => p.Name).OrderBy(p => p.Id)
        .Fields<PersonResponse>(PersonJson.CollectionFields);

    private static readonly ListSpec<Organization> OrganizationsSpec = ListSpec.Of<Organization>()
        .FilterAndSort("id", o => o.Id)
        .FilterAndSort("name", o => o.Name)
        .OrderBy(o => o.Name).OrderBy(o => o.Id)
        .Fields<OrganizationResponse>(OrganizationJson.CollectionFields);

    private static readonly ListSpec<Site> SitesSpec = ListSpec.Of<Site>()
        .FilterAndSort("id", s => s.Id)
        .FilterAndSort("name", s => s.Name)
        .OrderBy(s => s.Name).OrderBy(s => s.Id)
        .Fields<SiteResponse>(SiteJson.CollectionFields);

    public Task<ApiResult> ListPeopleAsync(long slaId, HttpRequest request) =>
        ListAsync(slaId, SlaCoverageKind.Person, request, (ids, cancel) => Listing.PageAsync(request,
            db.People.AsNoTracking().Where(p => ids.Contains(p.Id)), PeopleSpec, list => personJson.RenderAsync(list, cancel)));

    public Task<ApiResult> ListOrganizationsAsync(long slaId, HttpRequest request) =>
        ListAsync(slaId, SlaCoverageKind.Organization, request, (ids, cancel) => Listing.PageAsync(request,
            db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)), OrganizationsSpec, list => organizationJson.RenderAsync(list, cancel)));

    public Task<ApiResult> ListSitesAsync(long slaId, HttpRequest request) =>
        ListAsync(slaId, SlaCoverageKind.Site, request, (ids, cancel) => Listing.PageAsync(request,
            db.Sites.AsNoTracking().Where(s => ids.Contains(s.Id)), SitesSpec, list => siteJson.RenderAsync(list, cancel)));

    public Task<ApiResult> AddPersonAsync(long slaId, long personId, HttpRequest request) =>
        AddAsync(slaId, SlaCoverageKind.Person, personId, request);

    public Task<ApiResult> AddOrganizationAsync(long slaId, long organizationId, HttpRequest request) =>
        AddAsync(slaId, SlaCoverageKind.Organization, organizationId, request);

    public Task<ApiResult> AddSiteAsync(long slaId, long siteId, HttpRequest request) =>
        AddAsync(slaId, SlaCoverageKind.Site, siteId, request);

    public async Task<ApiResult> RemoveAsync(long slaId, SlaCoverageKind kind, long targetId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (await FindSlaAsync(slaId, cancel) is null) return ApiErrors.NotFound();
        if (!writes.MayWrite(ServiceLevelManagers.Write)) return ApiErrors.Forbidden();
        // Taking coverage away needs no trust: it reads nothing of the customer's.
        var removed = await db.SlaCoverageTargets.Where(t => t.SlaId == slaId && t.Kind == kind).Where(Names(kind, targetId))
            .ExecuteDeleteAsync(cancel);
        return removed == 0 ? ApiErrors.NotFound() : ApiResult.NoContent();
    }

    private async Task<ApiResult> ListAsync(long slaId, SlaCoverageKind kind, HttpRequest request,
        Func<List<long>, CancellationToken, Task<ApiResult>> page)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (await FindSlaAsync(slaId, cancel) is not { } sla) return ApiErrors.NotFound();
        var targets = db.SlaCoverageTargets.AsNoTracking().Where(t => t.SlaId == slaId && t.Kind == kind);
        var ids = (await (kind switch
        {
            SlaCoverageKind.Person => targets.Select(t => t.PersonId),
            SlaCoverageKind.Organization => targets.Select(t => t.OrganizationId),
            _ => targets.Select(t => t.SiteId),
        }).ToListAsync(cancel)).OfType<long>().ToList();
        var side = await sides.FindAsync(sla.CustomerAccountId, cancel);
        // No record of the customer's stays visible through a trust that no longer holds.
        if (side is null) ids = [];
        using (sides.Enter(side ?? CustomerSide.Own))
            return await page(ids, cancel);
    }

    private async Task<ApiResult> AddAsync(long slaId, SlaCoverageKind kind, long targetId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (await FindSlaAsync(slaId, cancel) is not { } sla) return ApiErrors.NotFound();
        if (!writes.MayWrite(ServiceLevelManagers.Write)) return ApiErrors.Forbidden();
        if (await sides.FindAsync(sla.CustomerAccountId, cancel) is not { } side)
            return ApiErrors.Validation("customer_account_id", CustomerSides.Untrusted);

        bool owned;
        using (sides.Enter(side))
        {
            owned = kind switch
            {
                SlaCoverageKind.Person => await db.People.AnyAsync(p => p.Id == targetId, cancel),
                SlaCoverageKind.Organization => await db.Organizations.AnyAsync(o => o.Id == targetId, cancel),
                _ => await db.Sites.AnyAsync(s => s.Id == targetId, cancel),
            };
        }
        // The same answer whether the record is another account's or does not exist at all.
        var (field, noun) = kind switch
        {
            SlaCoverageKind.Person => ("person", "a person"),
            SlaCoverageKind.Organization => ("organization", "an organization"),
            _ => ("site", "a site"),
        };
        if (!owned) return ApiErrors.Validation(field, $"must be {noun} of the SLA's customer account or its directory");

        if (!await db.SlaCoverageTargets.Where(t => t.SlaId == slaId && t.Kind == kind).AnyAsync(Names(kind, targetId), cancel))
        {
            db.SlaCoverageTargets.Add(new SlaCoverageTarget
            {
                SlaId = slaId,
                Kind = kind,
                PersonId = kind == SlaCoverageKind.Person ? targetId : null,
                OrganizationId = kind == SlaCoverageKind.Organization ? targetId : null,
                SiteId = kind == SlaCoverageKind.Site ? targetId : null,
            });
            await db.SaveChangesAsync(cancel);
        }
        return ApiResult.Ok(ApiJson.Node(EmptyResponse.Instance));
    }

    /// <summary>The SLA as the caller may see it: people without a role see no SLA at all.</summary>
    private async Task<Sla?> FindSlaAsync(long slaId, CancellationToken cancel) =>
        caller.HasAnyRole ? await db.Slas.AsNoTracking().FirstOrDefaultAsync(s => s.Id == slaId, cancel) : null;

    private static Expression<Func<SlaCoverageTarget, bool>> Names(SlaCoverageKind kind, long targetId) => kind switch
    {
        SlaCoverageKind.Person => t => t.PersonId == targetId,
        SlaCoverageKind.Organization => t => t.OrganizationId == targetId,
        _ => t => t.SiteId == targetId,
    };
}
