using Trustdesk.Isolation.Tests.World;

namespace Trustdesk.Isolation.Tests.Oracle;

public sealed partial class Visibility
{
    /// <summary>
    /// §7: a problem "lives in one account"; "only that account's people with a role read it" — the problem, its notes, its
    /// audit trail and the fields besides those a linked request shows (its <c>source</c>, <see cref="WProblem.Source"/>).
    /// Everyone else gets the 404 of a missing one.
    /// </summary>
    public static bool SeesProblem(Seat seat, WProblem problem) => seat.HasRole && problem.Account == seat.Id;

    /// <summary>
    /// The problem lists (people with a role; 403 without): the account's problems, and 4me's predefined filters — active
    /// (neither solved nor declined), known errors (active ones marked so), progress halted, solved, managed by me, assigned
    /// to my team (a team the caller is a member of), assigned to me (the member).
    /// </summary>
    public bool ListsProblem(Seat seat, WProblem p, string filter) => SeesProblem(seat, p) && filter switch
    {
        "" => true,
        "active" => !p.Closed,
        "known_errors" => p.KnownError && !p.Closed,
        "progress_halted" => p.Status == "progress_halted",
        "solved" => p.Status == "solved",
        "managed_by_me" => p.Manager == seat.Person.Id,
        "assigned_to_my_team" => p.Team is long team && World.Team(team).Members.Contains(seat.Person.Id),
        "assigned_to_me" => p.Member == seat.Person.Id,
        _ => throw new ArgumentException("unknown problem filter " + filter),
    };

    /// <summary>
    /// <c>/v1/problems/:id/requests</c>: "lists the linked requests the caller's account sees now" — as the caller's request
    /// list would list them (a specialist or auditor what the account sees, anyone else their own requests).
    /// </summary>
    public bool ListsLinkedRequest(Seat seat, WProblem problem, WRequest request) =>
        World.ProblemLinks.Any(l => l.Problem == problem.Id && l.Request == request.Id) && ListsRequest(seat, request, "");

    /// <summary>
    /// The allowance of a linked request: §7 "whoever sees a linked request sees on it the problem's id, subject, status and
    /// workaround — nothing else of the problem". The problem's canary (in its subject and workaround) is allowed to every
    /// viewer of the request; its references, notes and source are not (they are allowed only where the problem is seen).
    /// </summary>
    public IEnumerable<WProblem> ShownWithRequest(WRequest request) =>
        World.ProblemLinks.Where(l => l.Request == request.Id).Select(l => World.Problem(l.Problem));
}
