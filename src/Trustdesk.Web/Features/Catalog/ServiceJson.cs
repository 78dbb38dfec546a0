using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.Catalog;

public sealed class ServiceJson(TrustdeskDbContext db, References references)
{
    public static readonly string[] CollectionFields = ["name", "service_owner", "disabled"];
    public static readonly string[] AllFields =
        ["name", "description", "keywords", "service_owner", "first_line_team", "support_team", "disabled", "source", "sourceID", "created_at", "updated_at"];

    public async Task<IReadOnlyList<JsonObject>> RenderAsync(IReadOnlyList<Service> services, CancellationToken cancellationToken)
    {
        var ownerIds = services.Select(s => s.ServiceOwnerId).OfType<long>().Distinct().ToList();
        var teamIds = services.SelectMany(s => new[] { s.FirstLineTeamId, s.SupportTeamId }).OfType<long>().Distinct().ToList();
        var owners = await db.People.AsNoTracking().Where(p => ownerIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.AccountId }).ToDictionaryAsync(p => p.Id, cancellationToken);
        var teams = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id))
            .Select(t => new { t.Id, t.Name }).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        await references.LoadAccountsAsync(owners.Values.Select(p => p.AccountId), cancellationToken);
        JsonObject? Owner(long? id) => id is long key && owners.TryGetValue(key, out var p) ? references.Record(p.Id, p.Name, p.AccountId) : null;
        JsonObject? Team(long? id) => id is long key && teams.TryGetValue(key, out var name) ? references.Record(key, name, null) : null;

        return services.Select(s => new JsonObject
        {
            ["id"] = s.Id,
            ["name"] = s.Name,
            ["description"] = s.Description,
            ["keywords"] = s.Keywords,
            ["service_owner"] = Owner(s.ServiceOwnerId),
            ["first_line_team"] = Team(s.FirstLineTeamId),
            ["support_team"] = Team(s.SupportTeamId),
            ["disabled"] = s.Disabled,
            ["source"] = s.Source,
            ["sourceID"] = s.SourceId,
            ["created_at"] = ApiJson.Timestamp(s.CreatedAt),
            ["updated_at"] = ApiJson.Timestamp(s.UpdatedAt),
        }).ToList();
    }

    public async Task<JsonObject> RenderAsync(Service service, CancellationToken cancellationToken) =>
        (await RenderAsync([service], cancellationToken))[0];
}
