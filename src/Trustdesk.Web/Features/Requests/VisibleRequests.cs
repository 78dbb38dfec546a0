using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.Requests;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Requests;

/// <summary>
/// Which requests the caller may read, the one answer every request read path uses (lists, get, notes, audit,
/// updates). The data layer decides which requests the caller's account sees (product.md §5); within it, people
/// with a specialist-type role or <c>auditor</c> see them all, anyone else only those requested by or for them —
/// and those in whatever account holds them, which the caller reads inside <see cref="ReadingOwnRequests"/>.
/// </summary>
public sealed class VisibleRequests(TrustdeskDbContext db, Caller caller)
{
    /// <summary>Whether the caller sees every request their account sees (specialist-type roles and auditors).</summary>
    public bool SeesAll => Role.SeeAllRequests(caller.Roles) || db.Switches.Plants(PlantedBugs.EndUsersSeeAllRequests); // TEST ONLY bug

    /// <summary>
    /// Makes the caller's own requests in other accounts readable for the duration of the returned scope; only an
    /// end user needs it, and only then is the data layer widened. Queries must run inside it.
    /// </summary>
    public IDisposable ReadingOwnRequests(bool alsoForSpecialists = false) =>
        SeesAll && !alsoForSpecialists ? Nothing.Instance : db.Scope.ReadOwnRequests(caller.PersonId);

    /// <summary>The requests the caller may read (run it inside <see cref="ReadingOwnRequests"/>).</summary>
    public IQueryable<Request> Query(bool tracked = false)
    {
        var visible = tracked ? db.Requests : db.Requests.AsNoTracking();
        return SeesAll ? visible : visible.Where(r => r.RequestedById == caller.PersonId || r.RequestedForId == caller.PersonId);
    }

    private sealed class Nothing : IDisposable
    {
        public static readonly Nothing Instance = new();
        public void Dispose() { }
    }
}
