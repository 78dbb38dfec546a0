using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
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
        var providers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var customer in near)
            using (db.Scope.Switch(customer.Id, customer.SharedDirectoryId))
                providers.UnionWith(await db.Trusts.AsNoTracking()
                    .Where(t => t.CustomerAccountId == customer.Id && t.Status == TrustStatus.Accepted
                        && (t.Options & TrustOptions.Roles) == TrustOptions.Roles)
                    .Select(t => t.ProviderAccountId).ToListAsync(cancel));
        providers.ExceptWith(near.Select(a => a.Id));
        var across = await db.Accounts.AsNoTracking().Where(a => !a.Disabled && providers.Contains(a.Id)).ToListAsync(cancel);

        var held = new List<AccountWithRoles>();
        foreach (var account in near.Concat(across).OrderBy(a => a.Name, StringComparer.Ordinal))
            using (db.Scope.Switch(account.Id, account.SharedDirectoryId))
                if (await resolution.RolesInCurrentAccountAsync(personId, homeAccountId, account, cancel) is { Count: > 0 } roles)
                    held.Add(new AccountWithRoles(account.Id, account.Name, roles));
        return held;
    }
}
