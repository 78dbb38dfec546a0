using Trustdesk.Domain.Workflows;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>A phase of a workflow (<c>GET /v1/workflows/:id/phases</c>). The order of the properties is the order on the wire.</summary>
public sealed record WorkflowPhaseResponse
{
    public required long Id { get; init; }
    public required string Name { get; init; }

    /// <summary>Orders the phases, from 1.</summary>
    public required int Position { get; init; }

    /// <summary>Follows the phase's tasks.</summary>
    public required PhaseStatus Status { get; init; }

    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}
