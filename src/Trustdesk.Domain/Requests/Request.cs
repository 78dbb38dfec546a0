using Trustdesk.Domain.Records;

namespace Trustdesk.Domain.Requests;

/// <summary>
/// A request (4me's fields). It lives once, in <see cref="Record.AccountId"/>; the accounts it names — the covering
/// SLA's customer, the team's and the service instance's — are kept beside their ids so that the one visibility
/// rule (<see cref="RequestVisibility"/>) can be evaluated in SQL and in row-level security without joins. Composite
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

    public DateTime? ResponseTargetAt { get; set; }
    public DateTime? ResolutionTargetAt { get; set; }

    public RequestParties Parties => new(AccountId, CustomerAccountId, TeamAccountId, ServiceInstanceAccountId);
}
