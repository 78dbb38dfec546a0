using System.Text.Json.Serialization;
using Trustdesk.Domain.Requests;
using Trustdesk.Web.Api.Contracts;
using Trustdesk.Web.Features.Problems;

namespace Trustdesk.Web.Features.Requests;

/// <summary>
/// A request as the API answers it (4me's request). The order of the properties is the order on the wire. Its
/// references may live in other accounts (a provider's team and instance, a directory's people): each is named in the
/// account it lives in, and carries that account when it is not the caller's.
/// </summary>
public sealed record RequestResponse
{
    public required long Id { get; init; }
    public required string Subject { get; init; }
    public required RequestCategory Category { get; init; }
    public RequestImpact? Impact { get; init; }
    public required RequestStatus Status { get; init; }

    /// <summary>Why the request was completed; null while it is not.</summary>
    public CompletionReason? CompletionReason { get; init; }

    public DateTime? CompletedAt { get; init; }

    /// <summary>The team working the request, in its own account (a provider's, after a hand-over).</summary>
    public RecordRef? Team { get; init; }

    /// <summary>The member of <c>team</c> the request is assigned to.</summary>
    public RecordRef? Member { get; init; }

    public RecordRef? ServiceInstance { get; init; }
    public RecordRef? RequestedBy { get; init; }
    public RecordRef? RequestedFor { get; init; }

    /// <summary>The customer the request is served for across a trust; null for a request of the account's own.</summary>
    public AccountRef? CustomerAccount { get; init; }

    /// <summary>The workflow the request waits for, by id alone (its name is the workflow account's).</summary>
    public IdRef? Workflow { get; init; }

    /// <summary>
    /// The problem the request is linked to (product.md §7): its id, subject, status and workaround, seen by whoever sees
    /// the request; the problem lives in <c>account</c> when that is not the caller's.
    /// </summary>
    public LinkedProblemResponse? Problem { get; init; }

    public DateTime? ResponseTargetAt { get; init; }
    public DateTime? ResolutionTargetAt { get; init; }

    /// <summary>
    /// The nearest target still to be met, as 4me presents it: an ISO 8601 instant in UTC
    /// (<c>2030-01-07T17:00:00Z</c>), or, when no instant applies, one of the words <c>best_effort</c> (no target is
    /// left to meet), <c>clock_stopped</c> (the request waits for the customer) and <c>no_target</c> (completed). Hence
    /// a string, not a time.
    /// </summary>
    public string? NextTargetAt { get; init; }

    public string? Source { get; init; }
    [JsonPropertyName("sourceID")] public string? SourceId { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }

    /// <summary>The account the request lives in, when it is not the caller's (a provider's, for a routed request).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AccountRef? Account { get; init; }
}
