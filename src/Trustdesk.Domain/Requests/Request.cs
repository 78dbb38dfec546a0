using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.Requests;

/// <summary>
/// A request (4me's fields). It lives once, in <see cref="Record.AccountId"/>; the accounts it names — the covering
/// SLA's customer, the team's and the service instance's — are kept beside their ids so that the one visibility
/// rule (<c>IsolationRules.Requests</c>) can be evaluated in SQL and in row-level security without joins. Composite
/// foreign keys make those account columns always agree with the team and the instance they describe.
/// </summary>
public sealed class Request : Record
{
    public string Subject { get; set; } = "";
    public RequestCategory Category { get; set; } = RequestCategory.Incident;
    public RequestImpact? Impact { get; set; }
    public RequestStatus Status { get; set; } = RequestStatus.Assigned;
    public CompletionReason? CompletionReason { get; set; }
    public DateTime? CompletedAt { get; set; }

    public long RequestedById { get; set; }
    public long RequestedForId { get; set; }

    public long? TeamId { get; set; }
    public string? TeamAccountId { get; set; }
    public long? MemberId { get; set; }

    public long? ServiceInstanceId { get; set; }
    public string? ServiceInstanceAccountId { get; set; }

    /// <summary>The SLA that covers the request; its customer account is <see cref="CustomerAccountId"/>.</summary>
    public long? SlaId { get; set; }
    public string? CustomerAccountId { get; set; }

    /// <summary>The workflow (of the same account) this request waits for while <c>workflow_pending</c>.</summary>
    public long? WorkflowId { get; set; }

    public DateTime? ResponseTargetAt { get; set; }
    public DateTime? ResolutionTargetAt { get; set; }

    /// <summary>When the provider first responded (accepted, started, or wrote a public note); stops the response clock.</summary>
    public DateTime? RespondedAt { get; set; }

    /// <summary>The nearest target still to be met (null with a special value in <see cref="NextTargetSpecial"/>).</summary>
    public DateTime? NextTargetAt { get; set; }

    /// <summary><c>best_effort</c>, <c>clock_stopped</c> or <c>no_target</c> when <see cref="NextTargetAt"/> holds no instant.</summary>
    public string? NextTargetSpecial { get; set; }
}
