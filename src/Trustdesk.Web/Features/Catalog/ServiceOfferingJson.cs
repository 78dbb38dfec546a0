using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.Catalog;

public sealed class ServiceOfferingJson(TrustdeskDbContext db, References references)
{
    /// <summary>The target fields, in minutes of support hours (null = best effort), as 4me names them.</summary>
    public static readonly (string Field, Func<ServiceOffering, int?> Read)[] Targets =
    [
        ("response_target_low", o => o.ResponseTargetLow),
        ("response_target_medium", o => o.ResponseTargetMedium),
        ("response_target_high", o => o.ResponseTargetHigh),
        ("response_target_top", o => o.ResponseTargetTop),
        ("response_target_rfc", o => o.ResponseTargetRfc),
        ("response_target_rfi", o => o.ResponseTargetRfi),
        ("resolution_target_low", o => o.ResolutionTargetLow),
        ("resolution_target_medium", o => o.ResolutionTargetMedium),
        ("resolution_target_high", o => o.ResolutionTargetHigh),
        ("resolution_target_top", o => o.ResolutionTargetTop),
        ("resolution_target_rfc", o => o.ResolutionTargetRfc),
        ("resolution_target_rfi", o => o.ResolutionTargetRfi),
    ];

    public static readonly string[] CollectionFields = ["name", "service", "status"];
    public static readonly string[] AllFields =
        ["name", "service", "status", .. Targets.Select(t => t.Field), "support_hours", "support_hours_time_zone", "source", "sourceID", "created_at", "updated_at"];

    public async Task<IReadOnlyList<JsonObject>> RenderAsync(IReadOnlyList<ServiceOffering> offerings, CancellationToken cancellationToken)
    {
        var serviceIds = offerings.Select(o => o.ServiceId).Distinct().ToList();
        var services = await db.Services.AsNoTracking().Where(s => serviceIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);

        return offerings.Select(o =>
        {
            var json = new JsonObject
            {
                ["id"] = o.Id,
                ["name"] = o.Name,
                ["service"] = services.TryGetValue(o.ServiceId, out var service) ? references.Record(o.ServiceId, service, null) : null,
                ["status"] = SnakeCaseEnum<ServiceOfferingStatus>.Name(o.Status),
            };
            foreach (var (field, read) in Targets) json[field] = read(o);
            json["support_hours"] = SupportHoursJson(o.SupportHours);
            json["support_hours_time_zone"] = o.SupportHoursTimeZone;
            json["source"] = o.Source;
            json["sourceID"] = o.SourceId;
            json["created_at"] = ApiJson.Timestamp(o.CreatedAt);
            json["updated_at"] = ApiJson.Timestamp(o.UpdatedAt);
            return json;
        }).ToList();
    }

    public async Task<JsonObject> RenderAsync(ServiceOffering offering, CancellationToken cancellationToken) =>
        (await RenderAsync([offering], cancellationToken))[0];

    /// <summary>The stored canonical text as the calendar's JSON: <c>[{"days":[…],"start":"08:00","end":"17:00"}]</c>, or null (24x7).</summary>
    private static JsonArray? SupportHoursJson(string? text) => text is null ? null : new JsonArray(
        [.. SupportHours.Parse(text).Periods.Select(p => (JsonNode)new JsonObject
        {
            ["days"] = new JsonArray([.. p.Days!.Select(d => (JsonNode?)d)]),
            ["start"] = p.Start,
            ["end"] = p.End,
        })]);
}
