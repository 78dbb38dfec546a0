using Trustdesk.Domain.Records;
using Trustdesk.Domain.Workflows;

namespace Trustdesk.Domain.Problems;

/// <summary>
/// A problem (4me's): the unknown cause behind one or more requests, for one service of the account it lives in
/// (product.md §7). Only its own account sees it. Requests that account sees, wherever they live, are linked to it
/// (<see cref="ProblemRequest"/>); whoever sees such a request sees the problem's id, subject, status and workaround on it.
/// </summary>
public sealed class Problem : Record
{
    public long ServiceId { get; set; }
    public string Subject { get; set; } = "";
    public ProblemCategory Category { get; set; } = ProblemCategory.Reactive;
    public WorkImpact? Impact { get; set; }
    public ProblemStatus Status { get; set; } = ProblemStatus.Assigned;

    /// <summary>The person of the account coordinating the problem's analysis.</summary>
    public long? ManagerId { get; set; }

    public long? TeamId { get; set; }

    /// <summary>The member of <see cref="TeamId"/> analysing it.</summary>
    public long? MemberId { get; set; }

    /// <summary>The cause is known and documented, though not yet removed.</summary>
    public bool KnownError { get; set; }

    /// <summary>How people get on meanwhile: shown on every linked request, to whoever sees it.</summary>
    public string? Workaround { get; set; }

    /// <summary>When it was last set to <see cref="ProblemStatus.Solved"/>; null while it is not.</summary>
    public DateTime? SolvedAt { get; set; }

    public long? CreatedById { get; set; }
}

/// <summary>A note on a problem; it stays in the problem's account, as the problem does.</summary>
public sealed class ProblemNote : Record
{
    public long ProblemId { get; set; }
    public long PersonId { get; set; }
    public string Text { get; set; } = "";
}
