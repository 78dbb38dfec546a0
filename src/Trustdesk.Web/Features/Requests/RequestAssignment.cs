using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Accounts;
using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Features.Trusts;

namespace Trustdesk.Web.Features.Requests;

/// <summary>
/// A service instance a request may name, with its default team; the names (when read with it) are those of the
/// instance and of that team, in the account they live in.
/// </summary>
public sealed record AssignableInstance(long Id, string AccountId, long? FirstLineTeamId, long? SupportTeamId, string? Name = null, string? DefaultTeamName = null)
{
    public long? DefaultTeamId => FirstLineTeamId ?? SupportTeamId;
}

/// <summary>
/// The teams, service instances and members a request may be assigned to: those of the current account, and for
/// hand-over (product.md §5) those of a provider the request's account trusts with <c>requests</c> now.
/// </summary>
public sealed class RequestAssignment(TrustdeskDbContext db, TrustedTeams teams)
{
    // One answer for missing, foreign and untrusted ids alike.
    public const string UnknownTeam = "is not a team of this account or of a provider it trusts with requests";
    public const string UnknownInstance = "is not a service instance of this account or of a provider it trusts with requests";
    public const string NoServiceDesk = "can't be blank: this account names no service desk team to take a request without a team";

    /// <summary>
    /// The team that takes a request of <paramref name="account"/> nobody else is named for: the account's service desk
    /// team, or none (and the request is refused, so none sits in no queue).
    /// </summary>
    public static AssignableTeam? ServiceDesk(Account account) =>
        account.ServiceDeskTeamId is long desk ? new AssignableTeam(desk, account.Id) : null;

    public Task<AssignableTeam?> TeamAsync(long teamId, string? handOverFrom, CancellationToken cancel) =>
        teams.FindAsync(teamId, handOverFrom, TrustOptions.Requests, cancel);

    public async Task<AssignableInstance?> InstanceAsync(long instanceId, string? handOverFrom, CancellationToken cancel)
    {
        var found = await InScopeAsync(instanceId, cancel);
        if (found is not null) return found;
        await teams.InProvidersAsync(handOverFrom, TrustOptions.Requests, async () => (found = await InScopeAsync(instanceId, cancel)) is not null, cancel);
        return found;
    }

    public Task<bool> IsMemberAsync(long personId, AssignableTeam team, CancellationToken cancel) => teams.IsMemberAsync(personId, team, cancel);

    // The names come along: the request that names the instance is rendered with them.
    private Task<AssignableInstance?> InScopeAsync(long instanceId, CancellationToken cancel) =>
        db.ServiceInstances.AsNoTracking().Where(i => i.Id == instanceId)
            .Select(i => new AssignableInstance(i.Id, i.AccountId, i.FirstLineTeamId, i.SupportTeamId, i.Name,
                db.Teams.Where(t => t.Id == (i.FirstLineTeamId ?? i.SupportTeamId)).Select(t => t.Name).FirstOrDefault()))
            .FirstOrDefaultAsync(cancel);
}
