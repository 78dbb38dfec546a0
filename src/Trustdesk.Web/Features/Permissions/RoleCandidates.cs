using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.People;
using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Permissions;

/// <summary>
/// Who may be given roles in the current account (product.md §2): its own people, its directory's people, and
/// the people of accounts that trust it with the <c>roles</c> option (those accounts' own and directory people).
/// The last group is not readable in this account's scope, so they are looked up in each trusting account.
/// </summary>
public sealed class RoleCandidates(TrustdeskDbContext db, Caller caller)
{
    /// <summary>The person when they may hold roles here, else null (answered like a missing person).</summary>
    public async Task<Person?> FindAsync(long personId, CancellationToken cancel)
    {
        var local = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancel);
        if (local is not null) return Standing.MayHoldRolesIn(local.AccountId, caller.Account) ? local : null;

        foreach (var account in await TrustingAccountsAsync(cancel))
            using (db.Scope.Cross(Crossing.AccountsOfThePerson, account.Id, account.SharedDirectoryId))
            {
                var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancel);
                if (person is not null) return person;
            }
        return null;
    }

    /// <summary>True when the person holds a role here or could be given one.</summary>
    public async Task<bool> IsKnownAsync(long personId, CancellationToken cancel) =>
        await db.Permissions.AnyAsync(p => p.PersonId == personId, cancel) || await FindAsync(personId, cancel) is not null;

    private async Task<List<Domain.Accounts.Account>> TrustingAccountsAsync(CancellationToken cancel)
    {
        var current = caller.AccountId;
        var customers = await db.Trusts.AsNoTracking()
            .Where(t => t.ProviderAccountId == current && t.Status == TrustStatus.Accepted && (t.Options & TrustOptions.Roles) == TrustOptions.Roles)
            .Select(t => t.CustomerAccountId).ToListAsync(cancel);
        return await db.Accounts.AsNoTracking().Where(a => customers.Contains(a.Id)).ToListAsync(cancel);
    }
}
