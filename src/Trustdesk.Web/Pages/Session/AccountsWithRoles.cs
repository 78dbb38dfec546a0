using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Access;
using Trustdesk.Web.Features.Trusts;

namespace Trustdesk.Web.Pages.Session;

public sealed record AccountWithRoles(string Id, string Name, IReadOnlySet<string> Roles);

/// <summary>
/// The accounts a person holds roles in, for the account switcher on every page: each enabled account with one of their
/// role records whose roles count by the rules caller resolution uses (<see cref="Standing.MayHoldRolesIn"/>, else
/// <see cref="TrustedRoleHolders"/>), so the switcher never offers an account that would then answer 404. Read in the
/// person's own-roles scope (ADR 48), set-based: one query for their roles, one more only when some are held beyond
/// their own account and its directory's support domains — whatever the number of those support domains.
/// </summary>
public sealed class AccountsWithRoles(TrustdeskDbContext db)
{
    public async Task<IReadOnlyList<AccountWithRoles>> OfAsync(long personId, string homeAccountId, CancellationToken cancel)
    {
        using var ownRoles = db.Scope.ReadOwnRoles(personId);
        // In this scope the role records readable are the person's own, in whatever account.
        var held = await db.Permissions.AsNoTracking()
            .Join(db.Accounts.AsNoTracking().Where(a => !a.Disabled), p => p.AccountId, a => a.Id, (p, a) => new { Account = a, p.Role })
            .ToListAsync(cancel);
        var accounts = held.GroupBy(h => h.Account.Id, StringComparer.Ordinal)
            .Select(g => (g.First().Account, Roles: g.Select(h => h.Role).ToHashSet(StringComparer.Ordinal))).ToList();
        var across = accounts.Where(a => !Standing.MayHoldRolesIn(homeAccountId, a.Account)).Select(a => a.Account.Id).ToList();
        var trusted = across.Count == 0 ? [] : (await TrustedRoleHolders.AmongAsync(db, homeAccountId, across, cancel)).ToHashSet(StringComparer.Ordinal);
        return accounts.Where(a => Standing.MayHoldRolesIn(homeAccountId, a.Account) || trusted.Contains(a.Account.Id))
            .Select(a => new AccountWithRoles(a.Account.Id, a.Account.Name, a.Roles))
            .OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
    }
}
