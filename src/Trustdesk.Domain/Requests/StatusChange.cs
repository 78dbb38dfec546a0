namespace Trustdesk.Domain.Requests;

/// <summary>A request moved to <paramref name="Status"/> at <paramref name="At"/> (UTC).</summary>
public readonly record struct StatusChange(DateTime At, RequestStatus Status);
