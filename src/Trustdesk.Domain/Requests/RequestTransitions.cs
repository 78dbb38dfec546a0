namespace Trustdesk.Domain.Requests;

/// <summary>
/// Which status changes a person may make (4me's life cycle). Open requests move freely between the working
/// statuses; completing needs a completion reason; the <c>*_pending</c> statuses belong to the workflow, project
/// and reservation that set them; a completed or declined request is reopened by moving it back to a working status.
/// </summary>
public static class RequestTransitions
{
    private static readonly HashSet<RequestStatus> SetBySystem =
        [RequestStatus.WorkflowPending, RequestStatus.ProjectPending, RequestStatus.ReservationPending];

    private static readonly HashSet<RequestStatus> Final = [RequestStatus.Completed, RequestStatus.Declined];

    public static bool IsOpen(RequestStatus status) => !Final.Contains(status);

    /// <summary>Why <paramref name="from"/> → <paramref name="to"/> is refused, or null when a person may make it.</summary>
    public static string? Refusal(RequestStatus from, RequestStatus to, CompletionReason? reason)
    {
        if (from == to) return null;
        if (SetBySystem.Contains(to)) return $"{Name(to)} is set by the linked workflow, project or reservation, not by hand";
        if (SetBySystem.Contains(from) && to != RequestStatus.Completed)
            return $"is {Name(from)}: it moves on when the linked work completes, or is completed with a reason";
        if (to == RequestStatus.Completed && reason is null) return "can't be completed without a completion reason";
        if (to != RequestStatus.Completed && reason is not null) return "a completion reason is only given when completing";
        return null;
    }

    public static string Name(RequestStatus status) =>
        string.Concat(status.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
