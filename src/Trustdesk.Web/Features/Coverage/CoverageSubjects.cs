using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Coverage;

/// <summary>A person as the coverage rule sees them: their accounts, organization, site and organization line; and their name.</summary>
public sealed record CoverageSubject(CoveringSlas.Subject Person, IReadOnlySet<long> OrganizationLine, string Name);

/// <summary>
/// Reads the subject of a catalog question. The caller's own record is read in their own account, whichever
/// account the call acts in (one where they hold a role across a trust does not see them); anyone else's in the
/// current account.
/// </summary>
public sealed class CoverageSubjects(TrustdeskDbContext db, Caller caller, OrganizationLine organizationLine)
{
    public async Task<CoverageSubject?> OfAsync(long personId, CancellationToken cancel)
    {
        using var home = personId == caller.PersonId ? db.Scope.EnterHomeOf(caller) : null;
        // The organization's parent comes with the person (a round trip less); the line is walked on from there.
        var found = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new
            {
                Person = new CoveringSlas.Subject(p.Id, p.AccountId, p.OrganizationId, p.SiteId),
                p.Name,
                OrganizationParentId = db.Organizations.Where(o => o.Id == p.OrganizationId).Select(o => o.ParentId).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancel);
        if (found?.Person is not { } person) return null;
        var line = person.OrganizationId is long organizationId
            ? await organizationLine.OfAsync(organizationId, found.OrganizationParentId, cancel)
            : [];
        return new CoverageSubject(person, line, found.Name);
    }
}
