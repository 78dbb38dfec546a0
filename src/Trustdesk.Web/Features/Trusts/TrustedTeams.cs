using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Accounts;
using Trustdesk.Domain.Trusts;

namespace Trustdesk.Web.Features.Trusts;

/// <summary>A team something may be given to, with the account it belongs to.</summary>
public sealed record AssignableTeam(long Id, string AccountId);

/// <summary>A team a form may offer; <see cref="AccountName"/> is set for another account's.</summary>
public sealed record TeamChoice(long Id, string Name, string AccountId, string? AccountName);

/// <summary>
/// Finds teams (and other records) something of the current account (the scope's) may be given to: its own, and those of the
/// providers an account trusts now with a given option (<c>requests</c> for requests, <c>tasks</c> for tasks).
/// Another account's records are read only inside such a trust; an id outside it answers like one that does not exist.
/// </summary>
public sealed class TrustedTeams(TrustdeskDbContext db)
{
    /// <summary>
    /// The enabled team <paramref name="teamId"/> of the current account or, when <paramref name="trustingAccountId"/>
    /// is given, of an account it trusts with <paramref name="option"/>; null otherwise.
    /// </summary>
    public async Task<AssignableTeam?> FindAsync(long teamId, string? trustingAccountId, TrustOptions option, CancellationToken cancel)
    {
        if (await db.Teams.AnyAsync(t => t.Id == teamId && !t.Disabled, cancel)) return new(teamId, db.Scope.AccountId!);
        return await InProvidersAsync(trustingAccountId, option, async () =>
            await db.Teams.AnyAsync(t => t.Id == teamId && !t.Disabled, cancel), cancel) is { } provider ? new(teamId, provider) : null;
    }

    /// <summary>Runs <paramref name="found"/> in each provider trusted with <paramref name="option"/>; the first that answers true.</summary>
    public async Task<string?> InProvidersAsync(string? trustingAccountId, TrustOptions option, Func<Task<bool>> found, CancellationToken cancel)
    {
        foreach (var provider in await ProvidersAsync(trustingAccountId, option, cancel))
            using (db.Scope.Cross(Crossing.TrustedProvidersTeams, provider.Id, provider.SharedDirectoryId))
                if (await found()) return provider.Id;
        return null;
    }

    /// <summary>Whether <paramref name="personId"/> is a member of the team (read in the team's account).</summary>
    public async Task<bool> IsMemberAsync(long personId, AssignableTeam team, CancellationToken cancel)
    {
        if (team.AccountId == db.Scope.AccountId)
            return await db.TeamMembers.AnyAsync(m => m.TeamId == team.Id && m.PersonId == personId, cancel);
        var account = await db.Accounts.AsNoTracking().FirstAsync(a => a.Id == team.AccountId, cancel);
        using (db.Scope.Cross(Crossing.TrustedProvidersTeams, account.Id, account.SharedDirectoryId))
            return await db.TeamMembers.AnyAsync(m => m.TeamId == team.Id && m.PersonId == personId, cancel);
    }

    /// <summary>
    /// The enabled teams <see cref="FindAsync"/> would accept, by account (the current one first): what a form offers.
    /// </summary>
    public async Task<IReadOnlyList<TeamChoice>> ChoicesAsync(string? trustingAccountId, TrustOptions option, CancellationToken cancel)
    {
        var choices = await OfCurrentAccountAsync(cancel);
        foreach (var provider in await ProvidersAsync(trustingAccountId, option, cancel))
            using (db.Scope.Cross(Crossing.TrustedProvidersTeams, provider.Id, provider.SharedDirectoryId))
                choices.AddRange((await OfCurrentAccountAsync(cancel)).Select(c => c with { AccountName = provider.Name }));
        return choices;
    }

    private Task<List<TeamChoice>> OfCurrentAccountAsync(CancellationToken cancel) =>
        db.Teams.AsNoTracking().Where(t => !t.Disabled).OrderBy(t => t.Name)
            .Select(t => new TeamChoice(t.Id, t.Name, t.AccountId, null)).ToListAsync(cancel);

    /// <summary>The members of <paramref name="team"/> with their names, read in the team's account.</summary>
    public async Task<IReadOnlyList<(long Id, string Name)>> MembersAsync(AssignableTeam team, CancellationToken cancel)
    {
        var account = await db.Accounts.AsNoTracking().FirstAsync(a => a.Id == team.AccountId, cancel);
        using (team.AccountId == db.Scope.AccountId ? null : db.Scope.Cross(Crossing.TrustedProvidersTeams, account.Id, account.SharedDirectoryId))
        {
            var members = await (from m in db.TeamMembers.AsNoTracking().Where(m => m.TeamId == team.Id)
                                 join p in db.People.AsNoTracking() on m.PersonId equals p.Id
                                 orderby p.Name
                                 select new { p.Id, p.Name }).ToListAsync(cancel);
            return members.Select(m => (m.Id, m.Name)).ToList();
        }
    }

    /// <summary>The accounts <paramref name="customerAccountId"/> trusts with <paramref name="option"/> now (none when it is null).</summary>
    private async Task<List<Account>> ProvidersAsync(string? customerAccountId, TrustOptions option, CancellationToken cancel)
    {
        if (customerAccountId is null) return [];
        var providerIds = await AcceptedTrusts.ProvidersOf(db, customerAccountId, option).ToListAsync(cancel);
        return await db.Accounts.AsNoTracking().Where(a => providerIds.Contains(a.Id)).OrderBy(a => a.Id).ToListAsync(cancel);
    }
}
