using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Accounts;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.Accounts;

public sealed class AccountJson(TrustdeskDbContext db, References references)
{
    public static readonly string[] CollectionFields = ["name", "kind", "directory_account", "disabled"];
    public static readonly string[] AllFields =
        ["name", "kind", "directory", "directory_account", "time_zone", "service_desk_team", "disabled", "created_at", "updated_at"];

    // Service desk team names by account, read once per call (or known already).
    private readonly Dictionary<string, string> _serviceDeskNames = new(StringComparer.Ordinal);

    /// <summary>The name of an account's service desk team read (or written) already in this call.</summary>
    public void KnowServiceDesk(string accountId, string teamName) => _serviceDeskNames[accountId] = teamName;

    public async Task<IReadOnlyList<JsonObject>> RenderAsync(IReadOnlyList<Account> accounts, CancellationToken cancellationToken)
    {
        await references.LoadAccountsAsync(accounts.Where(a => a.DirectoryAccountId is not null).Select(a => a.DirectoryAccountId!), cancellationToken);
        await ReadServiceDeskNamesAsync(accounts, cancellationToken);
        return accounts.Select(a => new JsonObject
        {
            ["id"] = a.Id,
            ["name"] = a.Name,
            ["kind"] = a.Kind == AccountKind.Directory ? "directory" : "support_domain",
            ["directory"] = a.Kind == AccountKind.Directory,
            ["directory_account"] = a.DirectoryAccountId is null ? null : references.Account(a.DirectoryAccountId),
            ["time_zone"] = a.TimeZone,
            // A team of the account itself, so the reference names no account.
            ["service_desk_team"] = a.ServiceDeskTeamId is long team
                ? new JsonObject { ["id"] = team, ["name"] = _serviceDeskNames.GetValueOrDefault(a.Id) } : null,
            ["disabled"] = a.Disabled,
            ["created_at"] = ApiJson.Timestamp(a.CreatedAt),
            ["updated_at"] = ApiJson.Timestamp(a.UpdatedAt),
        }).ToList();
    }

    public async Task<JsonObject> RenderAsync(Account account, CancellationToken cancellationToken) =>
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
