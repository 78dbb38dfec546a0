namespace Trustdesk.Bench.Scenarios.Crash;

/// <summary>What the crash scenario's clients write; each write carries a marker of its own, by which it is found again.</summary>
internal enum WriteKind
{
    /// <summary><c>POST /v1/requests</c>: its subject is the marker (with <c>+note</c> when it brings its first note).</summary>
    Request,

    /// <summary><c>POST /v1/requests/:id/notes</c>, by the request's own client or by the provider responding: its text.</summary>
    Note,

    /// <summary><c>POST /v1/workflows {template_id}</c>, sometimes linking a request: its subject.</summary>
    Workflow,

    /// <summary><c>PATCH /v1/tasks/:id</c> with <c>If-Match</c>, finishing the task with a note: the note's text.</summary>
    Step,
}

/// <summary>How many copies of a write the database may hold after the run.</summary>
internal enum Expected
{
    /// <summary>Acknowledged: exactly one.</summary>
    ExactlyOne,

    /// <summary>Its answer was lost and it was not retried (or never answered): none or one, never two.</summary>
    AtMostOne,

    /// <summary>Refused with a 4xx: nothing.</summary>
    None,
}

/// <summary>
/// One write of one client and what became of it. <see cref="Parent"/> is where it belongs: the request of a note, the
/// task of a step. A POST carries an <c>Idempotency-Key</c>, a step the <c>If-Match</c> of the task as read before it.
/// </summary>
internal sealed class Write(WriteKind kind, string marker, HttpMethod method, string path, string body, Actor by)
{
    public WriteKind Kind => kind;
    public string Marker => marker;
    public HttpMethod Method => method;
    public string Path => path;
    public string Body => body;
    public Actor By => by;
    public long? Parent { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public int Attempts { get; set; }

    /// <summary>An attempt's answer never came: the connection broke (a kill), or a 5xx said nothing of the outcome.</summary>
    public bool Lost { get; set; }

    /// <summary>An attempt was answered 503 (PostgreSQL away): nothing done, says the API, unless its commit was under way.</summary>
    public bool Unavailable { get; set; }
    public bool Retried { get; set; }

    /// <summary>Deliberately not retried after its answer was lost.</summary>
    public bool Abandoned { get; set; }

    /// <summary>Retried until the attempts ran out, never answered.</summary>
    public bool GaveUp { get; set; }

    public int? Status { get; set; }

    /// <summary><c>Idempotent-Replayed: true</c>: the retry was answered with the lost attempt's kept answer.</summary>
    public bool Replayed { get; set; }

    /// <summary>
    /// A step retried after its answer was lost and refused with 412: its <c>If-Match</c> named the version before it and
    /// nothing but this client changes the task, so the lost attempt made it.
    /// </summary>
    public bool MadeByLostAttempt => Kind == WriteKind.Step && Retried && Status == 412;

    public bool Acknowledged => Status is >= 200 and < 300;

    public Expected Expected => Acknowledged || MadeByLostAttempt ? Expected.ExactlyOne
        : Status is null ? Expected.AtMostOne
        : Expected.None;
}
