using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Requests;

/// <summary>
/// The SLA a request is measured against, as the API answers it (4me's affected SLA), with its targets and whether they
/// were met. A request has at most one here, known by the request's own id (4me gives an affected SLA a record of its
/// own). The order of the properties is the order on the wire.
/// </summary>
public sealed record AffectedSlaResponse
{
    /// <summary>The request's id.</summary>
    public required long Id { get; init; }

    /// <summary>The SLA, named in the account it lives in (the service instance's).</summary>
    public RecordRef? Sla { get; init; }

    public DateTime? ResponseTargetAt { get; init; }
    public DateTime? ResolutionTargetAt { get; init; }
    public DateTime? RespondedAt { get; init; }
    public DateTime? ResolvedAt { get; init; }

    /// <summary>
    /// The nearest target still to be met: an ISO 8601 instant in UTC, or one of the words <c>best_effort</c>,
    /// <c>clock_stopped</c> and <c>no_target</c> (as the request's <c>next_target_at</c>). Hence a string, not a time.
    /// </summary>
    public string? NextTargetAt { get; init; }

    public bool? ResponseTargetBreached { get; init; }
    public bool? ResolutionTargetBreached { get; init; }

    /// <summary>Always <c>provider</c>: the provider of the service instance answers for the targets.</summary>
    public string Accountability { get; init; } = "provider";

    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
}
