using Trustdesk.Isolation.Tests.Oracle;
using Trustdesk.Isolation.Tests.World;
using Trustdesk.Web.Tests.Features.Events;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Isolation.Tests.Checks;

/// <summary>
/// How an actor's live events are opened: the API's stream with the token and header, or the console's with the cookie
/// session; which seats may listen there; and the names failures and counts go by.
/// </summary>
public sealed record StreamOpener(string Path, string Counted, Func<Seat, bool> Listens, Func<Actor, Task<EventStreamReader>> OpenAsync)
{
    public static StreamOpener Api(TrustdeskServer server) =>
        new("GET /v1/events/stream", "live events", _ => true, actor => EventStreamReader.OpenAsync(server, actor.Token!, actor.Header));

    /// <summary><c>/console/{account}/events</c>: the console is for people with a role in the account.</summary>
    public static StreamOpener Console(PersonSessions sessions) =>
        new("GET /console/{account}/events", "ui live events", seat => seat.HasRole,
            async actor => await EventStreamReader.OpenAsync((await sessions.OfAsync(actor.Person!)).Http, $"/console/{actor.Account}/events"));
}

/// <summary>
/// Live events (<c>/v1/events/stream</c>, or the console's <c>/console/{account}/events</c>) for a sample of actors: notes
/// are added to random requests while their streams are open; then each stream's account registers a request for the
/// stream's own person (a sentinel it must hear of), and the stream is read up to that sentinel. Every event received must
/// be about a record the oracle lets the actor read, and every added note the actor may read must have been announced
/// before the sentinel.
/// </summary>
public sealed class LiveEventChecks(TrustdeskServer server, Visibility oracle, CheckRun run, int seed, StreamOpener? opener = null)
{
    private readonly StreamOpener _opener = opener ?? StreamOpener.Api(server);
    private readonly Random _random = new(seed ^ 0xe7e7);
    private TheWorld World => oracle.World;
    private string Path => _opener.Path;

    public async Task RunAsync(IEnumerable<Actor> actors, int changes)
    {
        var streams = new List<(Actor Actor, Seat Seat, EventStreamReader Reader)>();
        try
        {
            foreach (var actor in actors)
                // A support domain's owner registers the sentinel there, for a person the account sees.
                if (oracle.Admit(actor).Seat is { Account.IsDirectory: false } seat && seat.IsLocal(seat.Person.Account) && _opener.Listens(seat))
                    streams.Add((actor, seat, await _opener.OpenAsync(actor)));
            var notes = new List<WNote>();
            for (var i = 0; i < changes; i++) notes.Add(await AddNoteAsync(World.Requests[_random.Next(World.Requests.Count)]));
            var sentinels = new List<long>();
            foreach (var (_, seat, _) in streams) sentinels.Add(await SentinelAsync(seat));
            for (var i = 0; i < streams.Count; i++) await ReadAsync(streams[i].Actor, streams[i].Seat, streams[i].Reader, sentinels[i], notes);
        }
        finally
        {
            foreach (var (_, _, reader) in streams) await reader.DisposeAsync();
        }
    }

    private async Task ReadAsync(Actor actor, Seat seat, EventStreamReader reader, long sentinel, List<WNote> notes)
    {
        var announced = new HashSet<long>();
        while (await reader.NextAsync() is var frame && (frame.Kind, frame.SubjectId) != ("request.create", sentinel))
        {
            run.Count(_opener.Counted);
            var (record, visible) = About(seat, frame);
            if (record is null) continue; // an announcement of the world's making, of a record since replaced in the world
            if (!visible) run.Leak(actor, record, Path, $"event {frame.Kind} delivered for a record the oracle hides");
            if (frame.Kind == "request.note-added") announced.Add(frame.Data.Number("note_id"));
        }
        foreach (var note in notes)
        {
            if (oracle.SeesRequestNote(seat, note) && !announced.Contains(note.Id))
                run.WrongDenial(actor, note, Path, "no request.note-added before the sentinel");
            run.Count(_opener.Counted);
        }
    }

    private (WorldRecord?, bool) About(Seat seat, EventFrame frame)
    {
        if (frame.Kind == "request.note-added")
        {
            var note = World.RequestNotes.FirstOrDefault(n => n.Id == frame.Data.Number("note_id"));
            return (note, note is not null && oracle.SeesRequestNote(seat, note));
        }
        if (frame.Kind.StartsWith("request.", StringComparison.Ordinal))
        {
            var request = World.Requests.FirstOrDefault(r => r.Id == frame.SubjectId);
            return (request, request is not null && oracle.SeesRequest(seat, request));
        }
        if (frame.Kind.StartsWith("task.", StringComparison.Ordinal))
        {
            var task = World.Tasks.FirstOrDefault(t => t.Id == frame.SubjectId);
            return (task, task is not null && oracle.SeesTask(seat, task));
        }
        var workflow = World.Workflows.FirstOrDefault(w => w.Id == frame.SubjectId);
        return (workflow, workflow is not null && oracle.SeesWorkflow(seat, workflow));
    }

    /// <summary>A note by the owner of the request's account, public or internal at random, recorded in the world.</summary>
    private async Task<WNote> AddNoteAsync(WRequest request)
    {
        var account = World.Account(request.Account);
        var isInternal = _random.Next(2) == 0;
        var note = new WNote(Kind.RequestNote, account.Id, World.Canaries.Next(Kind.RequestNote), request.Id, isInternal, account.OwnerId);
        note.Id = (await server.Client(account.OwnerToken, account.Id).PostAsync($"/v1/requests/{request.Id}/notes",
            new { text = "Note " + note.Canary, @internal = isInternal })).Expect(201).Id;
        World.RequestNotes.Add(note);
        return note;
    }

    private async Task<long> SentinelAsync(Seat seat)
    {
        var team = World.Teams.First(t => t.Account == seat.Id);
        var request = new WRequest(seat.Id, World.Canaries.Next(Kind.Request))
        {
            RequestedBy = seat.Account.OwnerId, RequestedFor = seat.Person.Id, Team = team.Id, TeamAccount = team.Account,
        };
        var answer = (await server.Client(seat.Account.OwnerToken, seat.Id).PostAsync("/v1/requests",
            new { subject = "Request " + request.Canary, requested_for_id = seat.Person.Id, team_id = team.Id })).Expect(201).Record;
        request.Id = answer.Number("id");
        request.Instance = answer["service_instance"]?["id"]?.GetValue<long>();
        request.InstanceAccount = request.Instance is null ? null : seat.Id;
        World.Requests.Add(request);
        return request.Id;
    }
}
