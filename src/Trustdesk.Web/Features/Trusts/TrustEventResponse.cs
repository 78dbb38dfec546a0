using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Trusts;

/// <summary>One step of a trust's audit trail: what was done, in which account and by whom, and when. Never changed once written.</summary>
public sealed record TrustEventResponse
{
    public required long Id { get; init; }

    /// <summary>
    /// The step: <c>invited</c>, <c>accepted</c>, <c>rejected</c>, <c>canceled</c>, <c>revoked</c>, <c>expired</c>;
    /// for amendments <c>options_removed</c>, <c>amendment_proposed</c>, <c>amendment_accepted</c>,
    /// <c>amendment_rejected</c>, <c>amendment_canceled</c>.
    /// </summary>
    public required string Action { get; init; }

    /// <summary>The account the step was taken in; null for one the platform took (an invitation's expiry).</summary>
    public AccountRef? Account { get; init; }

    /// <summary>The person who took it, who may live in the other account; null for the platform.</summary>
    public RecordRef? Person { get; init; }

    /// <summary>For an amendment's steps, the options it concerned; otherwise null.</summary>
    public IReadOnlyList<string>? Options { get; init; }

    public required DateTime CreatedAt { get; init; }

    /// <summary>The same as <c>created_at</c>: an entry is never changed.</summary>
    public required DateTime UpdatedAt { get; init; }
}
