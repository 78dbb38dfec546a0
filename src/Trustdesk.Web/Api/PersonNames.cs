using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;

namespace Trustdesk.Web.Api;

/// <summary>
/// Names of people referenced by records of several accounts (a note's author, an audit entry's editor): each is
/// read in the account the referencing record lives in, which uses its own and its directory's people. Nothing
/// else of those accounts is read.
/// </summary>
public sealed class PersonNames(TrustdeskDbContext db)
{
    public async Task<Dictionary<(long PersonId, string AccountId), (string Name, string PersonAccountId)>> ReadAsync(
        IEnumerable<(long PersonId, string AccountId)> people, CancellationToken cancel)
    {
        var wanted = people.Distinct().ToList();
        var names = new Dictionary<(long, string), (string, string)>();
        var accountIds = wanted.Select(p => p.AccountId).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToListAsync(cancel);
        foreach (var account in accounts)
        {
            var ids = wanted.Where(p => p.AccountId == account.Id).Select(p => p.PersonId).ToList();
            using (db.Scope.Switch(account.Id, account.SharedDirectoryId))
                foreach (var person in await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
                    .Select(p => new { p.Id, p.Name, p.AccountId }).ToListAsync(cancel))
                    names[(person.Id, account.Id)] = (person.Name, person.AccountId);
        }
        return names;
    }
}
