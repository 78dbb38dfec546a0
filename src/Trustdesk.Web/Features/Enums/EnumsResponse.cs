using System.Text.Json.Serialization;

namespace Trustdesk.Web.Features.Enums;

/// <summary>
/// Every enumeration the API uses, as 4me's <c>/enums</c> answers them: one field per <c>model.field</c>, listing its
/// values in order. The order of the properties is the order on the wire.
/// </summary>
public sealed record EnumsResponse
{
    [JsonPropertyName("account.kind")] public required IReadOnlyList<EnumValueResponse> AccountKind { get; init; }

    /// <summary>The roles a person may hold in an account.</summary>
    [JsonPropertyName("permission.roles")] public required IReadOnlyList<EnumValueResponse> PermissionRoles { get; init; }

    [JsonPropertyName("request.category")] public required IReadOnlyList<EnumValueResponse> RequestCategory { get; init; }
    [JsonPropertyName("request.impact")] public required IReadOnlyList<EnumValueResponse> RequestImpact { get; init; }
    [JsonPropertyName("request.status")] public required IReadOnlyList<EnumValueResponse> RequestStatus { get; init; }
    [JsonPropertyName("request.completion_reason")] public required IReadOnlyList<EnumValueResponse> RequestCompletionReason { get; init; }

    /// <summary>The states of a trust between two accounts.</summary>
    [JsonPropertyName("account_trust_invitation.status")] public required IReadOnlyList<EnumValueResponse> TrustStatus { get; init; }

    [JsonPropertyName("sla.coverage")] public required IReadOnlyList<EnumValueResponse> SlaCoverage { get; init; }
    [JsonPropertyName("agreement.status")] public required IReadOnlyList<EnumValueResponse> AgreementStatus { get; init; }
    [JsonPropertyName("service_instance.status")] public required IReadOnlyList<EnumValueResponse> ServiceInstanceStatus { get; init; }
    [JsonPropertyName("service_offering.status")] public required IReadOnlyList<EnumValueResponse> ServiceOfferingStatus { get; init; }
    [JsonPropertyName("workflow.category")] public required IReadOnlyList<EnumValueResponse> WorkflowCategory { get; init; }
    [JsonPropertyName("workflow.status")] public required IReadOnlyList<EnumValueResponse> WorkflowStatus { get; init; }
    [JsonPropertyName("workflow.justification")] public required IReadOnlyList<EnumValueResponse> WorkflowJustification { get; init; }
    [JsonPropertyName("workflow.completion_reason")] public required IReadOnlyList<EnumValueResponse> WorkflowCompletionReason { get; init; }
    [JsonPropertyName("workflow.impact")] public required IReadOnlyList<EnumValueResponse> WorkflowImpact { get; init; }
    [JsonPropertyName("task.category")] public required IReadOnlyList<EnumValueResponse> TaskCategory { get; init; }
    [JsonPropertyName("task.status")] public required IReadOnlyList<EnumValueResponse> TaskStatus { get; init; }
    [JsonPropertyName("task.impact")] public required IReadOnlyList<EnumValueResponse> TaskImpact { get; init; }
    [JsonPropertyName("workflow_phase.status")] public required IReadOnlyList<EnumValueResponse> WorkflowPhaseStatus { get; init; }
    [JsonPropertyName("approval.status")] public required IReadOnlyList<EnumValueResponse> ApprovalStatus { get; init; }
}
