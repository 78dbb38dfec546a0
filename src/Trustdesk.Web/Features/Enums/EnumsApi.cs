using System.Text.Json.Nodes;
using Trustdesk.Domain.Access;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.Enums;

/// <summary><c>GET /v1/enums</c>: every enumeration the API uses, as 4me returns it: <c>{"model.field": [{id, txt}]}</c>.</summary>
public static class EnumsApi
{
    private static readonly (string Name, string[] Values)[] All =
    [
        ("account.kind", ["directory", "support_domain"]),
        ("permission.roles", [.. Role.All]),
        ("request.category", ["incident", "rfc", "rfi", "reservation", "order", "fulfillment", "complaint", "compliment", "other"]),
        ("request.impact", ["low", "medium", "high", "top"]),
        ("request.status", ["declined", "on_backlog", "assigned", "accepted", "in_progress", "waiting_for", "waiting_for_customer",
            "reservation_pending", "workflow_pending", "project_pending", "completed"]),
        ("request.completion_reason", ["solved", "workaround", "gone", "duplicate", "withdrawn", "no_reply", "rejected", "conflict",
            "declined", "unsolvable"]),
        ("account_trust_invitation.status", ["pending", "accepted", "rejected", "canceled", "expired"]),
        ("sla.coverage", ["customer_account", "organizations_and_descendants", "organizations", "sites", "organizations_and_sites", "people"]),
        ("agreement.status", ["being_prepared", "active", "expired"]),
        ("service_instance.status", ["being_prepared", "in_production", "discontinued"]),
        ("service_offering.status", ["planned", "unpublished", "available", "temporarily_unavailable", "discontinued"]),
    ];

    public static RouteGroupBuilder MapEnumsApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/enums", () =>
        {
            var body = new JsonObject();
            foreach (var (name, values) in All)
                body[name] = new JsonArray([.. values.Select(v => (JsonNode)new JsonObject { ["id"] = v, ["txt"] = Humanize(v) })]);
            return ApiResult.Ok(body);
        }).WithTags("Enums").AllowOperator();
        return v1;
    }

    private static string Humanize(string value) => char.ToUpperInvariant(value[0]) + value[1..].Replace('_', ' ');
}
