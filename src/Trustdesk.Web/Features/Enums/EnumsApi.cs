using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.Accounts;
using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.Requests;
using Trustdesk.Domain.Trusts;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Enums;

/// <summary><c>GET /v1/enums</c>: every enumeration the API uses, as 4me returns it: <c>{"model.field": [{id, txt}]}</c>.</summary>
public static class EnumsApi
{
    // Read from the enums the data layer stores, so the API can never list a value it would refuse, or miss one.
    private static readonly EnumsResponse All = new()
    {
        AccountKind = Values<AccountKind>(),
        PermissionRoles = Values(Role.All),
        RequestCategory = Values<RequestCategory>(),
        RequestImpact = Values<RequestImpact>(),
        RequestStatus = Values<RequestStatus>(),
        RequestCompletionReason = Values<CompletionReason>(),
        TrustStatus = Values<TrustStatus>(),
        SlaCoverage = Values<SlaCoverage>(),
        AgreementStatus = Values<AgreementStatus>(),
        ServiceInstanceStatus = Values<ServiceInstanceStatus>(),
        ServiceOfferingStatus = Values<ServiceOfferingStatus>(),
        WorkflowCategory = Values<WorkflowCategory>(),
        WorkflowStatus = Values<WorkflowStatus>(),
        WorkflowJustification = Values<WorkflowJustification>(),
        WorkflowCompletionReason = Values<WorkflowCompletionReason>(),
        WorkflowImpact = Values<WorkImpact>(),
        TaskCategory = Values<WorkflowTaskCategory>(),
        TaskStatus = Values<WorkflowTaskStatus>(),
        TaskImpact = Values<WorkImpact>(),
        WorkflowPhaseStatus = Values<PhaseStatus>(),
        ApprovalStatus = Values<ApprovalStatus>(),
    };

    public static RouteGroupBuilder MapEnumsApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/enums", () => ApiResult.Ok(ApiJson.Node(All))).WithTags("Enums").AllowOperator()
            .Shows<EnumsResponse>("Every enumeration the API uses, each value with a readable text (the same for every account)");
        return v1;
    }

    private static List<EnumValueResponse> Values<T>() where T : struct, Enum => Values(SnakeCaseEnum<T>.Names);

    private static List<EnumValueResponse> Values(IReadOnlyList<string> names) => [.. names.Select(v => new EnumValueResponse(v, Humanize(v)))];

    private static string Humanize(string value) => char.ToUpperInvariant(value[0]) + value[1..].Replace('_', ' ');
}
