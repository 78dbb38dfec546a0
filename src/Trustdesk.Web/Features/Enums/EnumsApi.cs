using System.Text.Json.Nodes;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.Accounts;
using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.Requests;
using Trustdesk.Domain.Trusts;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.Enums;

/// <summary><c>GET /v1/enums</c>: every enumeration the API uses, as 4me returns it: <c>{"model.field": [{id, txt}]}</c>.</summary>
public static class EnumsApi
{
    // Read from the enums the data layer stores, so the API can never list a value it would refuse, or miss one.
    private static readonly (string Name, IReadOnlyList<string> Values)[] All =
    [
        ("account.kind", SnakeCaseEnum<AccountKind>.Names),
        ("permission.roles", Role.All),
        ("request.category", SnakeCaseEnum<RequestCategory>.Names),
        ("request.impact", SnakeCaseEnum<RequestImpact>.Names),
        ("request.status", SnakeCaseEnum<RequestStatus>.Names),
        ("request.completion_reason", SnakeCaseEnum<CompletionReason>.Names),
        ("account_trust_invitation.status", SnakeCaseEnum<TrustStatus>.Names),
        ("sla.coverage", SnakeCaseEnum<SlaCoverage>.Names),
        ("agreement.status", SnakeCaseEnum<AgreementStatus>.Names),
        ("service_instance.status", SnakeCaseEnum<ServiceInstanceStatus>.Names),
        ("service_offering.status", SnakeCaseEnum<ServiceOfferingStatus>.Names),
        ("workflow.category", SnakeCaseEnum<WorkflowCategory>.Names),
        ("workflow.status", SnakeCaseEnum<WorkflowStatus>.Names),
        ("workflow.justification", SnakeCaseEnum<WorkflowJustification>.Names),
        ("workflow.completion_reason", SnakeCaseEnum<WorkflowCompletionReason>.Names),
        ("workflow.impact", SnakeCaseEnum<WorkImpact>.Names),
        ("task.category", SnakeCaseEnum<WorkflowTaskCategory>.Names),
        ("task.status", SnakeCaseEnum<WorkflowTaskStatus>.Names),
        ("task.impact", SnakeCaseEnum<WorkImpact>.Names),
        ("workflow_phase.status", SnakeCaseEnum<PhaseStatus>.Names),
        ("approval.status", SnakeCaseEnum<ApprovalStatus>.Names),
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
