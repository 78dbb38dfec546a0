using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Requests;

/// <summary>A team or service instance a request may be given, with the account it belongs to.</summary>
public sealed record AssignableTeam(long Id, string AccountId);

public sealed record AssignableInstance(long Id, string AccountId, long? FirstLineTeamId, long? SupportTeamId)
{
    public long? DefaultTeamId => FirstLineTeamId ?? SupportTeamId;
}

/// <summary>
/// Finds the teams, service instances and members a request may be assigned to: those of the current account, and
/// for hand-over (product.md §5) those of a provider the request's account trusts with <c>requests</c> now. Another
/// account's records are read only inside such a trust; an id outside it answers like one that does not exist.
/// </summary>
public sealed class RequestAssignment(TrustdeskDbContext db, Caller caller)
{
    // One answer for missing, foreign and untrusted ids alike.
    public const string UnknownTeam = "is not a team of this account or of a provider it trusts with requests";
    public const string UnknownInstance = "is not a service instance of this account or of a provider it trusts with requests";

    public async Task<AssignableTeam?> TeamAsync(long teamId, string? handOverFrom, CancellationToken cancel)
    {
        if (await db.Teams.AnyAsync(t => t.Id == teamId && !t.Disabled, cancel)) return new(teamId, caller.AccountId);
        foreach (var provider in await TrustedProvidersAsync(handOverFrom, cancel))
            using (db.Scope.Switch(provider.Id, provider.SharedDirectoryId))
                if (await db.Teams.AnyAsync(t => t.Id == teamId && !t.Disabled, cancel)) return new(teamId, provider.Id);
        return null;
    }

    public async Task<AssignableInstance?> InstanceAsync(long instanceId, string? handOverFrom, CancellationToken cancel)
    {
        var own = await InstanceInScopeAsync(instanceId, cancel);
        if (own is not null) return own;
        foreach (var provider in await TrustedProvidersAsync(handOverFrom, cancel))
            using (db.Scope.Switch(provider.Id, provider.SharedDirectoryId))
                if (await InstanceInScopeAsync(instanceId, cancel) is { } found) return found;
        return null;
    }

    /// <summary>Whether <paramref name="personId"/> is a member of the team (read in the team's account).</summary>
    public async Task<bool> IsMemberAsync(long personId, AssignableTeam team, CancellationToken cancel)
    {
        if (team.AccountId == caller.AccountId)
            return await db.TeamMembers.AnyAsync(m => m.TeamId == team.Id && m.PersonId == personId, cancel);
        var account = await db.Accounts.AsNoTracking().FirstAsync(a => a.Id == team.AccountId, cancel);
        using (db.Scope.Switch(account.Id, account.SharedDirectoryId))
            return await db.TeamMembers.AnyAsync(m => m.TeamId == team.Id && m.PersonId == personId, cancel);
    }

    private Task<AssignableInstance?> InstanceInScopeAsync(long instanceId, CancellationToken cancel) =>
        db.ServiceInstances.AsNoTracking().Where(i => i.Id == instanceId)
            .Select(i => new AssignableInstance(i.Id, i.AccountId, i.FirstLineTeamId, i.SupportTeamId)).FirstOrDefaultAsync(cancel);

    /// <summary>The accounts <paramref name="customerAccountId"/> trusts with <c>requests</c> now (none when it is null).</summary>
    private async Task<List<Domain.Accounts.Account>> TrustedProvidersAsync(string? customerAccountId, CancellationToken cancel)
    {
        if (customerAccountId is null) return [];
        var providerIds = await db.Trusts.AsNoTracking()
            .Where(t => t.CustomerAccountId == customerAccountId && t.Status == TrustStatus.Accepted
                && (t.Options & TrustOptions.Requests) == TrustOptions.Requests)
            .Select(t => t.ProviderAccountId).ToListAsync(cancel);
        return await db.Accounts.AsNoTracking().Where(a => providerIds.Contains(a.Id)).OrderBy(a => a.Id).ToListAsync(cancel);
    }
}
