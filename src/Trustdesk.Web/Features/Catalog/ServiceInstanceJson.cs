using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Catalog;

/// <summary>Renders service instances as <see cref="ServiceInstanceResponse"/>, their services and teams named.</summary>
public sealed class ServiceInstanceJson(TrustdeskDbContext db, References references)
{
    public static readonly string[] CollectionFields = ["name", "service", "status"];

    public async Task<IReadOnlyList<ServiceInstanceResponse>> RenderAsync(IReadOnlyList<ServiceInstance> instances, CancellationToken cancellationToken)
    {
        var serviceIds = instances.Select(i => i.ServiceId).Distinct().ToList();
        var teamIds = instances.SelectMany(i => new[] { i.FirstLineTeamId, i.SupportTeamId }).OfType<long>().Distinct().ToList();
        var services = await db.Services.AsNoTracking().Where(s => serviceIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var teams = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id))
            .Select(t => new { t.Id, t.Name }).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        RecordRef? Named(Dictionary<long, string> known, long? id) =>
            id is long key && known.TryGetValue(key, out var name) ? references.Ref(key, name, null) : null;

        return instances.Select(i => new ServiceInstanceResponse
        {
            Id = i.Id,
            Name = i.Name,
            Service = Named(services, i.ServiceId),
            Status = i.Status,
            FirstLineTeam = Named(teams, i.FirstLineTeamId),
            SupportTeam = Named(teams, i.SupportTeamId),
            Source = i.Source,
            SourceId = i.SourceId,
            CreatedAt = i.CreatedAt,
            UpdatedAt = i.UpdatedAt,
        }).ToList();
    }

    public async Task<ServiceInstanceResponse> RenderAsync(ServiceInstance instance, CancellationToken cancellationToken) =>
        (await RenderAsync([instance], cancellationToken))[0];
}
