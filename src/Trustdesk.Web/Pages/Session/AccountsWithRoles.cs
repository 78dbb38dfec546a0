using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Accounts;
using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Pages.Session;

public sealed record AccountWithRoles(string Id, string Name, IReadOnlySet<string> Roles);

/// <summary>
/// The accounts a person holds roles in, for the account switcher. Only where roles may count is asked: their own
/// account, the support domains of their directory, and the providers that one of those trusts with <c>roles</c>;
/// each is asked in its own scope by the rule caller resolution uses, so the switcher never offers an account that
/// would then answer 404.
/// </summary>
public sealed class AccountsWithRoles(TrustdeskDbContext db, CallerResolution resolution)
{
    public async Task<IReadOnlyList<AccountWithRoles>> OfAsync(long personId, string homeAccountId, CancellationToken cancel)
    {
        var near = await db.Accounts.AsNoTracking()
            .Where(a => !a.Disabled && (a.Id == homeAccountId || a.DirectoryAccountId == homeAccountId)).ToListAsync(cancel);
        var held = new List<AccountWithRoles>();
        var providers = new HashSet<string>(StringComparer.Ordinal);
        // One scope per account asks both questions there: on PostgreSQL each change of scope is a round trip.
        foreach (var account in near)
            using (db.Scope.Cross(Crossing.AccountsOfThePerson, account.Id, account.SharedDirectoryId))
            {
                await AddIfHeldAsync(held, personId, homeAccountId, account, cancel);
                providers.UnionWith(await db.Trusts.AsNoTracking()
                    .Where(t => t.CustomerAccountId == account.Id && t.Status == TrustStatus.Accepted
                        && (t.Options & TrustOptions.Roles) == TrustOptions.Roles)
                    .Select(t => t.ProviderAccountId).ToListAsync(cancel));
            }
        providers.ExceptWith(near.Select(a => a.Id));
        var across = providers.Count == 0 ? []
            : await db.Accounts.AsNoTracking().Where(a => !a.Disabled && providers.Contains(a.Id)).ToListAsync(cancel);
        foreach (var account in across)
            using (db.Scope.Cross(Crossing.AccountsOfThePerson, account.Id, account.SharedDirectoryId))
                await AddIfHeldAsync(held, personId, homeAccountId, account, cancel);
        return held.OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Adds <paramref name="account"/> when the person holds roles there; it must be the entered account.</summary>
    private async Task AddIfHeldAsync(List<AccountWithRoles> held, long personId, string homeAccountId, Account account, CancellationToken cancel)
    {
        if (await resolution.RolesInCurrentAccountAsync(personId, homeAccountId, account, cancel) is { Count: > 0 } roles)
            held.Add(new AccountWithRoles(account.Id, account.Name, roles));
    }
}
