using Trustdesk.Isolation.Tests.World;

namespace Trustdesk.Isolation.Tests.Oracle;

public sealed partial class Visibility
{
    /// <summary>
    /// §5 "Account X may see request R when X is R's account, or when one of these holds now": X is R's customer account
    /// and X trusts R's account with <c>services</c>; X is the account of R's team or service instance and R's account
    /// trusts X with <c>requests</c>. "Nothing else makes a request visible to another account."
    /// </summary>
    public bool AccountSees(string x, WRequest r) =>
        r.Account == x
        || (r.CustomerAccount == x && Trusted(x, r.Account, TrustOptions.Services))
        || ((r.TeamAccount == x || r.InstanceAccount == x) && Trusted(r.Account, x, TrustOptions.Requests));

    /// <summary>§5: "An end user sees the requests where they are requested_by or requested_for, whatever account holds them."</summary>
    public static bool IsOwn(Seat seat, WRequest r) => r.RequestedBy == seat.Person.Id || r.RequestedFor == seat.Person.Id;

    /// <summary>
    /// <c>GET /v1/requests/:id</c>: "within a seeing account, people with a specialist-type role or auditor see the
    /// request", and everyone sees their own.
    /// </summary>
    public bool SeesRequest(Seat seat, WRequest r) => (seat.SeesAllRequests && AccountSees(seat.Id, r)) || IsOwn(seat, r);

    /// <summary>
    /// The request lists: specialists and auditors list what their account sees, anyone else their own requests; the
    /// lists of one's own requests (requested by or for me, waiting for me) hold them whatever the role (api.md).
    /// </summary>
    public bool ListsRequest(Seat seat, WRequest r, string filter) => filter switch
    {
        "requested_by_or_for_me" => IsOwn(seat, r),
        "waiting_for_me" => false, // no request of the world waits for its customer
        _ => (seat.SeesAllRequests ? AccountSees(seat.Id, r) : IsOwn(seat, r)) && filter switch
        {
            "" => true,
            "open" => !r.Completed,
            "completed" => r.Completed,
            "assigned_to_me" => r.Member == seat.Person.Id && !r.Completed,
            "assigned_to_my_team" => r.TeamAccount == seat.Id && !r.Completed && World.Team(r.Team).Members.Contains(seat.Person.Id),
            "stranded" => IsStranded(seat, r),
            _ => throw new ArgumentException("unknown request filter " + filter),
        },
    };

    /// <summary>
    /// ADR 31 (§3 "no record of one account stays visible to the other through it, and the records stay where they are"):
    /// an open request of the account whose team belongs to another account it no longer trusts with <c>requests</c> is
    /// left where nobody works it; the account's <c>stranded</c> list names it.
    /// </summary>
    public bool IsStranded(Seat seat, WRequest r) =>
        r.Account == seat.Id && !r.Completed && r.TeamAccount != seat.Id && !Trusted(seat.Id, r.TeamAccount, TrustOptions.Requests);

    /// <summary>
    /// §5 "Public notes are seen by everyone who sees the request. An internal note belongs to the account its author
    /// wrote it in and is seen only by specialists of that account" — specialists who see the request there.
    /// </summary>
    public bool SeesRequestNote(Seat seat, WNote note)
    {
        var request = World.Request(note.Parent);
        if (!SeesRequest(seat, request)) return false;
        return !note.Internal || (note.Account == seat.Id && seat.SeesAllRequests && AccountSees(seat.Id, request));
    }
}
