using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Api;

/// <summary>
/// Renders references the 4me way: <c>{id, name}</c>, plus <c>account</c> when the record lives in another
/// account than the caller's. Account names are read once per request.
/// </summary>
public sealed class References(TrustdeskDbContext db, Caller caller)
{
    private readonly Dictionary<string, string> _accountNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Domain.Accounts.Account> _accounts = new(StringComparer.Ordinal);

    public async Task LoadAccountsAsync(IEnumerable<string> accountIds, CancellationToken cancellationToken)
    {
        KnowCallersAccounts();
        var missing = accountIds.Where(id => !_accountNames.ContainsKey(id)).Distinct().ToList();
        if (missing.Count == 0) return;
        var names = await db.Accounts.AsNoTracking().Where(a => missing.Contains(a.Id))
            .Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        foreach (var account in names) _accountNames[account.Id] = account.Name;
    }

    /// <summary>An account read already in this call: it (and its name) needs no second read.</summary>
    public void Know(Domain.Accounts.Account account)
    {
        _accounts.TryAdd(account.Id, account);
        _accountNames.TryAdd(account.Id, account.Name);
    }

    /// <summary>The accounts with these ids that exist: those known in this call as they are, the others in one read.</summary>
    public async Task<List<Domain.Accounts.Account>> AccountsAsync(IReadOnlyCollection<string> accountIds, CancellationToken cancellationToken)
    {
        KnowCallersAccounts();
        var missing = accountIds.Where(id => !_accounts.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
            foreach (var account in await db.Accounts.AsNoTracking().Where(a => missing.Contains(a.Id)).ToListAsync(cancellationToken))
                Know(account);
        return accountIds.Distinct().Select(id => _accounts.GetValueOrDefault(id)).OfType<Domain.Accounts.Account>().ToList();
    }

    /// <summary>
    /// The caller's own account and the one the call acts in were read when the caller was resolved, in this call's
    /// transaction: their names need no second read. (Not in the constructor: a handler's services are made before the
    /// caller is resolved.)
    /// </summary>
    private void KnowCallersAccounts()
    {
        if (!caller.IsAuthenticated || caller.IsOperator) return;
        Know(caller.HomeAccount);
        Know(caller.Account);
    }

    /// <summary>An account as a reference; its name read in this call (<see cref="LoadAccountsAsync"/>), else its id.</summary>
    public AccountRef AccountRef(string accountId) => new(accountId, _accountNames.GetValueOrDefault(accountId, accountId));

    /// <summary>The <c>account</c> field of a record: present only when it differs from the caller's account.</summary>
    public AccountRef? ForeignAccount(string accountId) => accountId == caller.AccountId ? null : AccountRef(accountId);

    /// <summary>A reference to a record, with its account when that is not the caller's; null for no id.</summary>
    public RecordRef? Ref(long? id, string? name, string? accountId) => id is not { } key ? null
        : new RecordRef(key, name) { Account = accountId is null ? null : ForeignAccount(accountId) };
}
