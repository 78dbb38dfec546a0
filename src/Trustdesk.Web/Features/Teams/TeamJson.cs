using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Teams;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Teams;

/// <summary>Renders teams as <see cref="TeamResponse"/>, with their manager and coordinator as references.</summary>
public sealed class TeamJson(TrustdeskDbContext db, References references)
{
    public static readonly string[] CollectionFields = ["name", "manager", "disabled"];

    public async Task<IReadOnlyList<TeamResponse>> RenderAsync(IReadOnlyList<Team> teams, CancellationToken cancellationToken)
    {
        var personIds = teams.SelectMany(t => new[] { t.ManagerId, t.CoordinatorId }).OfType<long>().Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.AccountId }).ToDictionaryAsync(p => p.Id, cancellationToken);
        await references.LoadAccountsAsync(people.Values.Select(p => p.AccountId), cancellationToken);
        RecordRef? Person(long? id) =>
            id is long key && people.TryGetValue(key, out var p) ? references.Ref(p.Id, p.Name, p.AccountId) : null;

        return teams.Select(t => new TeamResponse
        {
            Id = t.Id,
            Name = t.Name,
            Description = t.Description,
            Manager = Person(t.ManagerId),
            Coordinator = Person(t.CoordinatorId),
            AutoAssign = t.AutoAssign,
            TimeZone = t.TimeZone,
            Disabled = t.Disabled,
            Source = t.Source,
            SourceId = t.SourceId,
            CreatedAt = t.CreatedAt,
            UpdatedAt = t.UpdatedAt,
        }).ToList();
    }

    public async Task<TeamResponse> RenderAsync(Team team, CancellationToken cancellationToken) => (await RenderAsync([team], cancellationToken))[0];
}
