using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.Requests;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Requests;

/// <summary>
/// The requests a caller may read in the account they act in (product.md §5), for every path that answers with
/// requests — the API's reads and the live event stream — so they cannot disagree. The account filter (and, on
/// PostgreSQL, row-level security) decides which requests the account sees; within it, specialist-type roles and
/// auditors see them all, anyone else only those requested by or for them.
/// </summary>
public static class VisibleRequests
{
    public static IQueryable<Request> To(TrustdeskDbContext db, Caller caller)
    {
        var visible = db.Requests.AsNoTracking();
        return Role.SeeAllRequests(caller.Roles)
            ? visible
            : visible.Where(r => r.RequestedById == caller.PersonId || r.RequestedForId == caller.PersonId);
    }
}
