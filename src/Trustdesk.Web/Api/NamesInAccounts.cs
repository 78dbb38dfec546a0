using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;

namespace Trustdesk.Web.Api;

/// <summary>
/// Names of people and teams referenced by records that span accounts (a note's author, a task's team in a trusted
/// account). Each is read in the account named beside it — the account the referencing record lives in or points
/// to, which uses its own and its directory's people — and nothing else of those accounts is read.
/// </summary>
public sealed class NamesInAccounts(TrustdeskDbContext db)
{
    public Task<Dictionary<(long Id, string AccountId), (string Name, string OwnerAccountId)>> PeopleAsync(
        IEnumerable<(long Id, string AccountId)> people, CancellationToken cancel) =>
        ReadAsync(people, (ids, c) => db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new ValueTuple<long, string, string>(p.Id, p.Name, p.AccountId)).ToListAsync(c), cancel);

    public Task<Dictionary<(long Id, string AccountId), (string Name, string OwnerAccountId)>> TeamsAsync(
        IEnumerable<(long Id, string AccountId)> teams, CancellationToken cancel) =>
        ReadAsync(teams, (ids, c) => db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id))
            .Select(t => new ValueTuple<long, string, string>(t.Id, t.Name, t.AccountId)).ToListAsync(c), cancel);

    /// <summary>Products named in their account (a supported CI's product, read by its provider).</summary>
    public Task<Dictionary<(long Id, string AccountId), (string Name, string OwnerAccountId)>> ProductsAsync(
        IEnumerable<(long Id, string AccountId)> products, CancellationToken cancel) =>
        ReadAsync(products, (ids, c) => db.Products.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new ValueTuple<long, string, string>(p.Id, p.Name, p.AccountId)).ToListAsync(c), cancel);

    /// <summary>Sites named in the account that uses them (its own or its directory's).</summary>
    public Task<Dictionary<(long Id, string AccountId), (string Name, string OwnerAccountId)>> SitesAsync(
        IEnumerable<(long Id, string AccountId)> sites, CancellationToken cancel) =>
        ReadAsync(sites, (ids, c) => db.Sites.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new ValueTuple<long, string, string>(s.Id, s.Name, s.AccountId)).ToListAsync(c), cancel);

    /// <summary>Organizations named in the account that uses them (its own or its directory's).</summary>
    public Task<Dictionary<(long Id, string AccountId), (string Name, string OwnerAccountId)>> OrganizationsAsync(
        IEnumerable<(long Id, string AccountId)> organizations, CancellationToken cancel) =>
        ReadAsync(organizations, (ids, c) => db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new ValueTuple<long, string, string>(o.Id, o.Name, o.AccountId)).ToListAsync(c), cancel);

    public Task<Dictionary<(long Id, string AccountId), (string Name, string OwnerAccountId)>> ServiceInstancesAsync(
        IEnumerable<(long Id, string AccountId)> instances, CancellationToken cancel) =>
        ReadAsync(instances, (ids, c) => db.ServiceInstances.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new ValueTuple<long, string, string>(i.Id, i.Name, i.AccountId)).ToListAsync(c), cancel);

    private async Task<Dictionary<(long Id, string AccountId), (string Name, string OwnerAccountId)>> ReadAsync(
        IEnumerable<(long Id, string AccountId)> wanted, Func<List<long>, CancellationToken, Task<List<(long Id, string Name, string AccountId)>>> read,
        CancellationToken cancel)
    {
        var distinct = wanted.Distinct().ToList();
        var names = new Dictionary<(long, string), (string, string)>();
        var accountIds = distinct.Select(p => p.AccountId).Distinct().ToList();
        if (accountIds.Count == 0) return names;
        // The current account's directory is the scope's already: its account row need not be read (the common case, a
        // page of the account's own records).
        var current = db.Scope.AccountId;
        var accounts = accountIds.Where(a => a == current).Select(a => (Id: a, Directory: db.Scope.DirectoryAccountId)).ToList();
        var others = accountIds.Where(a => a != current).ToList();
        if (others.Count > 0)
            foreach (var account in await db.Accounts.AsNoTracking().Where(a => others.Contains(a.Id)).ToListAsync(cancel))
                accounts.Add((account.Id, account.SharedDirectoryId));
        foreach (var (accountId, directory) in accounts)
        {
            var ids = distinct.Where(p => p.AccountId == accountId).Select(p => p.Id).ToList();
            using (db.Scope.Cross(Crossing.NamesOfReferences, accountId, directory))
                foreach (var (id, name, owner) in await read(ids, cancel))
                    names[(id, accountId)] = (name, owner);
        }
        return names;
    }
}
