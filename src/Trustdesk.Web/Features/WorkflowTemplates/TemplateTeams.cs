using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Trusts;

namespace Trustdesk.Web.Features.WorkflowTemplates;

/// <summary>
/// The team a task template names: one of this account, or of an account this account trusts now with <c>tasks</c>
/// (product.md §6). The other account's team is read there only while that trust stands.
/// </summary>
public sealed class TemplateTeams(TrustdeskDbContext db, Caller caller, TrustedTeams teams)
{
    /// <summary>One answer for missing, foreign and untrusted ids alike.</summary>
    public const string Unknown = "is not a team of this account or of an account it trusts with tasks";

    public Task<AssignableTeam?> FindAsync(long teamId, CancellationToken cancel) =>
        teams.FindAsync(teamId, caller.AccountId, TrustOptions.Tasks, cancel);

    /// <summary>
    /// The names of <paramref name="named"/> teams, each read in its own account; a team of an account no longer
    /// trusted with <c>tasks</c> is left out, so it renders as its id alone.
    /// </summary>
    public async Task<Dictionary<long, string>> NamesAsync(IEnumerable<(long TeamId, string AccountId)> named, CancellationToken cancel)
    {
        var names = new Dictionary<long, string>();
        foreach (var account in named.Distinct().GroupBy(team => team.AccountId))
        {
            var ids = account.Select(team => team.TeamId).ToList();
            if (account.Key == caller.AccountId)
            {
                await ReadAsync(names, ids, cancel);
                continue;
            }
            if (!await AcceptedTrusts.ExistsAsync(db, caller.AccountId, account.Key, TrustOptions.Tasks, cancel)) continue;
            var provider = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == account.Key, cancel);
            if (provider is null) continue;
            using (db.Scope.Cross(Crossing.TrustedProvidersTeams, provider.Id, provider.SharedDirectoryId))
                await ReadAsync(names, ids, cancel);
        }
        return names;
    }

    private async Task ReadAsync(Dictionary<long, string> names, List<long> ids, CancellationToken cancel)
    {
        foreach (var team in await db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id)).Select(t => new { t.Id, t.Name }).ToListAsync(cancel))
            names[team.Id] = team.Name;
    }
}
