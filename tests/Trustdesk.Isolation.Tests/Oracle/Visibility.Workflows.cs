using Trustdesk.Isolation.Tests.World;

namespace Trustdesk.Isolation.Tests.Oracle;

public sealed partial class Visibility
{
    /// <summary>
    /// §6: a task is seen in its workflow's account; "a task may be assigned to a team of another account P when an
    /// accepted trust from the workflow's account to P has the <c>tasks</c> option. P sees the task only once it is
    /// activated". Tasks and workflows are read with a role in the account (api.md).
    /// </summary>
    public bool SeesTaskByAccount(Seat seat, WTask t) =>
        seat.HasRole && (t.Account == seat.Id || (t.TeamAccount == seat.Id && t.Activated && Trusted(t.Account, seat.Id, TrustOptions.Tasks)));

    /// <summary>
    /// §6 "Approval tasks need a number of approvals from named approvers", §11 "an approver answers their approvals from
    /// the portal without any role" (ADR 29: any person may approve): a person named approver sees the task once it is
    /// activated — as with §6's provider, nothing before — whatever account they act in.
    /// </summary>
    public static bool IsAskedOf(WPerson person, WTask t) => t.Activated && t.Approvers.Contains(person.Id);

    public bool SeesTask(Seat seat, WTask t) => SeesTaskByAccount(seat, t) || IsAskedOf(seat.Person, t);

    /// <summary>Seen only as its approver: the task, its answers and its workflow's header, "nothing else of it" (as §6 says of P).</summary>
    public bool SeesTaskOnlyAsApprover(Seat seat, WTask t) => !SeesTaskByAccount(seat, t) && IsAskedOf(seat.Person, t);

    /// <summary>§6: P "then sees the workflow's header (subject, status, manager, account) and its own tasks of that workflow, nothing else of it".</summary>
    public bool SeesWorkflowByAccount(Seat seat, WWorkflow w) =>
        seat.HasRole && (w.Account == seat.Id || World.Tasks.Any(t => t.Workflow == w.Id && SeesTaskByAccount(seat, t)));

    /// <summary>The workflow's header, through the account or through an approval asked of the person (subject, status, account).</summary>
    public bool SeesWorkflow(Seat seat, WWorkflow w) =>
        SeesWorkflowByAccount(seat, w) || World.Tasks.Any(t => t.Workflow == w.Id && IsAskedOf(seat.Person, t));

    /// <summary>The workflow's phases, requests and notes: "nothing else of it" outside its own account.</summary>
    public static bool SeesWorkflowInside(Seat seat, WWorkflow w) => seat.HasRole && w.Account == seat.Id;

    /// <summary>
    /// api.md: task notes go with the task; an internal one is seen only in the account it was written in. An approver who
    /// sees the task only as such reads none of them (ADR 29: the task and its answers, nothing else).
    /// </summary>
    public bool SeesTaskNote(Seat seat, WNote note) => SeesTaskByAccount(seat, World.Task(note.Parent)) && (!note.Internal || note.Account == seat.Id);

    /// <summary>
    /// The task lists are the account's (a role needed), except <c>approval_by_me</c>: a person's activated approvals that
    /// await their answer, in any account, with no role (ADR 29).
    /// </summary>
    public bool ListsTask(Seat seat, WTask t, string filter) => filter switch
    {
        "approval_by_me" => IsAskedOf(seat.Person, t) && !t.Finished && !t.Answered.Contains(seat.Person.Id),
        _ => SeesTaskByAccount(seat, t) && filter switch
        {
            "" => true,
            "open" => !t.Finished,
            "finished" => t.Finished,
            "assigned_to_me" => false, // the world's tasks have no member
            "assigned_to_my_team" => t.TeamAccount == seat.Id && t.Activated && !t.Finished && World.Team(t.Team).Members.Contains(seat.Person.Id),
            // ADR 31: an unfinished task of the account's workflow left with a team of an account it no longer trusts with tasks.
            "stranded" => t.Account == seat.Id && !t.Finished && t.TeamAccount != seat.Id && !Trusted(seat.Id, t.TeamAccount, TrustOptions.Tasks),
            _ => throw new ArgumentException("unknown task filter " + filter),
        },
    };

    public bool ListsWorkflow(Seat seat, WWorkflow w, string filter) => SeesWorkflowByAccount(seat, w) && filter switch
    {
        "" => true,
        "open" => !w.Completed,
        "completed" => w.Completed,
        "managed_by_me" => w.Manager == seat.Person.Id && w.Account == seat.Id,
        _ => throw new ArgumentException("unknown workflow filter " + filter),
    };

    /// <summary>
    /// What a record seen only through an approval shows besides itself (ADR 29): a task its workflow's header and its
    /// approvers' names, not its team; a workflow nothing (its header carries no manager for an approver). Null when the
    /// seat sees the record another way, which shows <see cref="TheWorld.References"/>.
    /// </summary>
    public IEnumerable<WorldRecord>? ShownToApprover(Seat seat, WorldRecord record) => record switch
    {
        WTask t when SeesTaskOnlyAsApprover(seat, t) => [World.Workflow(t.Workflow), .. t.Approvers.Select(World.Person)],
        WWorkflow w when !SeesWorkflowByAccount(seat, w) => [],
        _ => null,
    };
}
