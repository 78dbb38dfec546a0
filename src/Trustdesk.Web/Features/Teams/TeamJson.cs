using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Teams;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.Teams;

public sealed class TeamJson(TrustdeskDbContext db, References references)
{
    public static readonly string[] CollectionFields = ["name", "manager", "disabled"];
    public static readonly string[] AllFields =
        ["name", "description", "manager", "coordinator", "auto_assign", "time_zone", "disabled", "source", "sourceID", "created_at", "updated_at"];

    public async Task<IReadOnlyList<JsonObject>> RenderAsync(IReadOnlyList<Team> teams, CancellationToken cancellationToken)
    {
        var personIds = teams.SelectMany(t => new[] { t.ManagerId, t.CoordinatorId }).OfType<long>().Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.AccountId }).ToDictionaryAsync(p => p.Id, cancellationToken);
        await references.LoadAccountsAsync(people.Values.Select(p => p.AccountId), cancellationToken);
        JsonObject? Person(long? id) =>
            id is long key && people.TryGetValue(key, out var p) ? references.Record(p.Id, p.Name, p.AccountId) : null;

        return teams.Select(t => new JsonObject
        {
            ["id"] = t.Id,
            ["name"] = t.Name,
            ["description"] = t.Description,
            ["manager"] = Person(t.ManagerId),
            ["coordinator"] = Person(t.CoordinatorId),
            ["auto_assign"] = t.AutoAssign,
            ["time_zone"] = t.TimeZone,
            ["disabled"] = t.Disabled,
            ["source"] = t.Source,
            ["sourceID"] = t.SourceId,
            ["created_at"] = ApiJson.Timestamp(t.CreatedAt),
            ["updated_at"] = ApiJson.Timestamp(t.UpdatedAt),
        }).ToList();
    }

    public async Task<JsonObject> RenderAsync(Team team, CancellationToken cancellationToken) => (await RenderAsync([team], cancellationToken))[0];
}
