using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.People;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.People;

/// <summary>Lists and reads the people the current account uses: its own and its directory's.</summary>
public sealed class ListPeople(TrustdeskDbContext db, Caller caller, PersonJson json)
{
    private static readonly ListSpec<Person> Spec = ListSpec.Of<Person>()
        .FilterAndSort("id", p => p.Id)
        .FilterAndSort("name", p => p.Name)
        .FilterAndSort("primary_email", p => p.PrimaryEmail)
        .Filter("organization_id", p => p.OrganizationId)
        .Filter("site_id", p => p.SiteId)
        .Filter("manager_id", p => p.ManagerId)
        .Filter("disabled", p => p.Disabled)
        .Filter("vip", p => p.Vip)
        .Filter("employeeID", p => p.EmployeeId)
        .Filter("sourceID", p => p.SourceId)
        .OrderBy(p => p.Id)
        .Fields<PersonResponse>(PersonJson.CollectionFields);

    public async Task<ApiResult> HandleAsync(HttpRequest request, PeopleFilter filter)
    {
        if (!caller.HasAnyRole) return ApiErrors.Forbidden();
        var query = db.People.AsNoTracking().Where(filter.Where(caller));
        return await Listing.PageAsync(request, query, Spec, people => json.RenderAsync(people, request.HttpContext.RequestAborted));
    }

    public async Task<ApiResult> GetAsync(long id, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        // People may read themselves; everything else needs a role in the account.
        if (!caller.HasAnyRole && id != caller.PersonId) return ApiErrors.NotFound();
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancel);
        // Acting across a trust, one's own record lives in an account this one does not read; it is rendered there too.
        using var home = person is null && id == caller.PersonId ? db.Scope.EnterHomeOf(caller) : null;
        if (home is not null) person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancel);
        if (person is null) return ApiErrors.NotFound();
        return ApiResult.Ok(ApiJson.Node(await json.RenderAsync(person, cancel))).WithETag(person.LockVersion);
    }
}
