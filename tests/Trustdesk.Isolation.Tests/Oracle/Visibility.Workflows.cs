using Trustdesk.Isolation.Tests.World;

namespace Trustdesk.Isolation.Tests.Oracle;

public sealed partial class Visibility
{
    /// <summary>
    /// §6: a task is seen in its workflow's account; "a task may be assigned to a team of another account P when an
    /// accepted trust from the workflow's account to P has the <c>tasks</c> option. P sees the task only once it is
    /// activated". Tasks and workflows are read with a role in the account (api.md).
    /// </summary>
    public bool SeesTask(Seat seat, WTask t) =>
        seat.HasRole && (t.Account == seat.Id || (t.TeamAccount == seat.Id && t.Activated && Trusted(t.Account, seat.Id, TrustOptions.Tasks)));

    /// <summary>§6: P "then sees the workflow's header (subject, status, manager, account) and its own tasks of that workflow, nothing else of it".</summary>
    public bool SeesWorkflow(Seat seat, WWorkflow w) =>
        seat.HasRole && (w.Account == seat.Id || World.Tasks.Any(t => t.Workflow == w.Id && SeesTask(seat, t)));

    /// <summary>The workflow's phases, requests and notes: "nothing else of it" outside its own account.</summary>
    public static bool SeesWorkflowInside(Seat seat, WWorkflow w) => seat.HasRole && w.Account == seat.Id;

    /// <summary>api.md: task notes go with the task; an internal one is seen only in the account it was written in.</summary>
    public bool SeesTaskNote(Seat seat, WNote note) => SeesTask(seat, World.Task(note.Parent)) && (!note.Internal || note.Account == seat.Id);

    public bool ListsTask(Seat seat, WTask t, string filter) => SeesTask(seat, t) && filter switch
    {
        "" => true,
        "open" => !t.Finished,
        "finished" => t.Finished,
        "assigned_to_me" or "approval_by_me" => false, // the world's tasks have no member and no approvers
        "assigned_to_my_team" => t.TeamAccount == seat.Id && t.Activated && !t.Finished && World.Team(t.Team).Members.Contains(seat.Person.Id),
        // ADR 31: an unfinished task of the account's workflow left with a team of an account it no longer trusts with tasks.
        "stranded" => t.Account == seat.Id && !t.Finished && t.TeamAccount != seat.Id && !Trusted(seat.Id, t.TeamAccount, TrustOptions.Tasks),
        _ => throw new ArgumentException("unknown task filter " + filter),
    };

    public bool ListsWorkflow(Seat seat, WWorkflow w, string filter) => SeesWorkflow(seat, w) && filter switch
    {
        "" => true,
        "open" => !w.Completed,
        "completed" => w.Completed,
        "managed_by_me" => w.Manager == seat.Person.Id && w.Account == seat.Id,
        _ => throw new ArgumentException("unknown workflow filter " + filter),
    };
}
