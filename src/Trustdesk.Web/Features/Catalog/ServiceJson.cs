using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Catalog;

/// <summary>Renders services as <see cref="ServiceResponse"/>, their owners and teams named.</summary>
public sealed class ServiceJson(TrustdeskDbContext db, References references)
{
    public static readonly string[] CollectionFields = ["name", "service_owner", "disabled"];

    public async Task<IReadOnlyList<ServiceResponse>> RenderAsync(IReadOnlyList<Service> services, CancellationToken cancellationToken)
    {
        var ownerIds = services.Select(s => s.ServiceOwnerId).OfType<long>().Distinct().ToList();
        var teamIds = services.SelectMany(s => new[] { s.FirstLineTeamId, s.SupportTeamId }).OfType<long>().Distinct().ToList();
        var owners = await db.People.AsNoTracking().Where(p => ownerIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.AccountId }).ToDictionaryAsync(p => p.Id, cancellationToken);
        var teams = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id))
            .Select(t => new { t.Id, t.Name }).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        await references.LoadAccountsAsync(owners.Values.Select(p => p.AccountId), cancellationToken);
        RecordRef? Owner(long? id) => id is long key && owners.TryGetValue(key, out var p) ? references.Ref(p.Id, p.Name, p.AccountId) : null;
        RecordRef? Team(long? id) => id is long key && teams.TryGetValue(key, out var name) ? references.Ref(key, name, null) : null;

        return services.Select(s => new ServiceResponse
        {
            Id = s.Id,
            Name = s.Name,
            Description = s.Description,
            Keywords = s.Keywords,
            ServiceOwner = Owner(s.ServiceOwnerId),
            FirstLineTeam = Team(s.FirstLineTeamId),
            SupportTeam = Team(s.SupportTeamId),
            Disabled = s.Disabled,
            Source = s.Source,
            SourceId = s.SourceId,
            CreatedAt = s.CreatedAt,
            UpdatedAt = s.UpdatedAt,
        }).ToList();
    }

    public async Task<ServiceResponse> RenderAsync(Service service, CancellationToken cancellationToken) =>
        (await RenderAsync([service], cancellationToken))[0];
}
