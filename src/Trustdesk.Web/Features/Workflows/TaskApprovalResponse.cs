using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>
/// One approver's answer to an approval task (<c>GET /v1/tasks/:id/approvals</c>). The order of the properties is the
/// order on the wire.
/// </summary>
public sealed record TaskApprovalResponse
{
    public required long Id { get; init; }

    /// <summary>The person asked, named in the account they belong to.</summary>
    public required RecordRef Approver { get; init; }

    /// <summary><c>pending</c> until they answer.</summary>
    public required ApprovalStatus Status { get; init; }

    public DateTime? AnsweredAt { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}
