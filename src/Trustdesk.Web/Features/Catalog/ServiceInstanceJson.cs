using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.Catalog;

public sealed class ServiceInstanceJson(TrustdeskDbContext db, References references)
{
    public static readonly string[] CollectionFields = ["name", "service", "status"];
    public static readonly string[] AllFields =
        ["name", "service", "status", "first_line_team", "support_team", "source", "sourceID", "created_at", "updated_at"];

    public async Task<IReadOnlyList<JsonObject>> RenderAsync(IReadOnlyList<ServiceInstance> instances, CancellationToken cancellationToken)
    {
        var serviceIds = instances.Select(i => i.ServiceId).Distinct().ToList();
        var teamIds = instances.SelectMany(i => new[] { i.FirstLineTeamId, i.SupportTeamId }).OfType<long>().Distinct().ToList();
        var services = await db.Services.AsNoTracking().Where(s => serviceIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var teams = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id))
            .Select(t => new { t.Id, t.Name }).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        JsonObject? Named(Dictionary<long, string> known, long? id) =>
            id is long key && known.TryGetValue(key, out var name) ? references.Record(key, name, null) : null;

        return instances.Select(i => new JsonObject
        {
            ["id"] = i.Id,
            ["name"] = i.Name,
            ["service"] = Named(services, i.ServiceId),
            ["status"] = SnakeCaseEnum<ServiceInstanceStatus>.Name(i.Status),
            ["first_line_team"] = Named(teams, i.FirstLineTeamId),
            ["support_team"] = Named(teams, i.SupportTeamId),
            ["source"] = i.Source,
            ["sourceID"] = i.SourceId,
            ["created_at"] = ApiJson.Timestamp(i.CreatedAt),
            ["updated_at"] = ApiJson.Timestamp(i.UpdatedAt),
        }).ToList();
    }

    public async Task<JsonObject> RenderAsync(ServiceInstance instance, CancellationToken cancellationToken) =>
        (await RenderAsync([instance], cancellationToken))[0];
}
