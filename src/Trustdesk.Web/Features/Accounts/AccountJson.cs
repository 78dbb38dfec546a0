using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Accounts;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Accounts;

/// <summary>Renders accounts as <see cref="AccountResponse"/>, with their directory account and service desk team named.</summary>
public sealed class AccountJson(TrustdeskDbContext db, References references)
{
    public static readonly string[] CollectionFields = ["name", "kind", "directory_account", "disabled"];

    /// <summary>
    /// Every field of <see cref="AccountResponse"/> but <c>owner</c>, which only the answer to an account's creation has:
    /// a collection cannot be asked for it.
    /// </summary>
    public static readonly string[] AllFields =
        ["name", "kind", "directory", "directory_account", "time_zone", "service_desk_team", "disabled", "created_at", "updated_at"];

    // Service desk team names by account, read once per call (or known already).
    private readonly Dictionary<string, string> _serviceDeskNames = new(StringComparer.Ordinal);

    /// <summary>The name of an account's service desk team read (or written) already in this call.</summary>
    public void KnowServiceDesk(string accountId, string teamName) => _serviceDeskNames[accountId] = teamName;

    public async Task<IReadOnlyList<AccountResponse>> RenderAsync(IReadOnlyList<Account> accounts, CancellationToken cancellationToken)
    {
        await references.LoadAccountsAsync(accounts.Where(a => a.DirectoryAccountId is not null).Select(a => a.DirectoryAccountId!), cancellationToken);
        await ReadServiceDeskNamesAsync(accounts, cancellationToken);
        return accounts.Select(a => new AccountResponse
        {
            Id = a.Id,
            Name = a.Name,
            Kind = a.Kind,
            Directory = a.Kind == AccountKind.Directory,
            DirectoryAccount = a.DirectoryAccountId is null ? null : references.AccountRef(a.DirectoryAccountId),
            TimeZone = a.TimeZone,
            // A team of the account itself, so the reference names no account.
            ServiceDeskTeam = a.ServiceDeskTeamId is long team ? new RecordRef(team, _serviceDeskNames.GetValueOrDefault(a.Id)) : null,
            Disabled = a.Disabled,
            CreatedAt = a.CreatedAt,
            UpdatedAt = a.UpdatedAt,
        }).ToList();
    }

    public async Task<AccountResponse> RenderAsync(Account account, CancellationToken cancellationToken) =>
        (await RenderAsync([account], cancellationToken))[0];

    /// <summary>
    /// A team is read in its own account's scope, so each account's is read in turn: one read for a person's own
    /// account, up to a page of them only when the operator lists accounts.
    /// </summary>
    private async Task ReadServiceDeskNamesAsync(IReadOnlyList<Account> accounts, CancellationToken cancel)
    {
        foreach (var account in accounts.Where(a => a.ServiceDeskTeamId is not null && !_serviceDeskNames.ContainsKey(a.Id)))
            using (db.Scope.Cross(Crossing.NamesOfReferences, account.Id, account.SharedDirectoryId))
                if (await db.Teams.AsNoTracking().Where(t => t.Id == account.ServiceDeskTeamId).Select(t => t.Name).FirstOrDefaultAsync(cancel) is { } name)
                    _serviceDeskNames[account.Id] = name;
    }
}
