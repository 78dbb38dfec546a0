namespace Trustdesk.Bench.Scenarios.Crash;

/// <summary>How the writes of one kind (or all) fared, as the clients saw them and as the database held them afterwards.</summary>
internal sealed record WriteFigures(
    string Kind, int Attempted, int Acknowledged, int Lost, int Retried, int MadeByLostAttempt, int MadeByRetry,
    int Unretried, int UnretriedThere, int UnavailableYetMade, int GaveUp, int Refused,
    int ExactlyOnce, int Missing, int Duplicated, int MisplacedOrUnexpected)
{
    /// <summary>
    /// <paramref name="stored"/>: where the database holds each marker. An acknowledged write must be there once (and where
    /// it was written); any write at most once; a refused one not at all.
    /// </summary>
    public static WriteFigures Of(string kind, IReadOnlyList<Write> writes, IReadOnlyDictionary<string, List<long>> stored)
    {
        int Copies(Write w) => stored.TryGetValue(w.Marker, out var at) ? at.Count : 0;
        bool Misplaced(Write w) => w.Parent is { } parent && stored.TryGetValue(w.Marker, out var at) && at.Any(p => p != parent);
        var acknowledged = writes.Where(w => w.Expected == Expected.ExactlyOne).ToList();
        var unretried = writes.Where(w => w.Abandoned).ToList();
        return new WriteFigures(
            kind, writes.Count, acknowledged.Count, writes.Count(w => w.Lost), writes.Count(w => w.Retried),
            writes.Count(w => w.Retried && (w.Replayed || w.MadeByLostAttempt)),
            writes.Count(w => w.Retried && w.Acknowledged && !w.Replayed),
            unretried.Count, unretried.Count(w => Copies(w) == 1),
            writes.Count(w => w.Unavailable && (w.Replayed || w.MadeByLostAttempt || (w.Abandoned && Copies(w) == 1))), writes.Count(w => w.GaveUp),
            writes.Count(w => w.Status is >= 400 and < 500 && !w.MadeByLostAttempt),
            acknowledged.Count(w => Copies(w) == 1 && !Misplaced(w)), acknowledged.Count(w => Copies(w) == 0), writes.Count(w => Copies(w) > 1),
            writes.Count(w => Misplaced(w) || (w.Expected == Expected.None && Copies(w) > 0)));
    }

    public bool Held => Missing == 0 && Duplicated == 0 && MisplacedOrUnexpected == 0 && GaveUp == 0 && Refused == 0;
}

/// <summary>
/// The PostgreSQL kill: when, how long it was down, its restart, and how long after it the server (not restarted) served
/// again and acknowledged a write (the clients wait the Retry-After of their 503s first).
/// </summary>
internal sealed record PostgresOutage(
    double KilledAt, int Processes, double DownSeconds, double RestartSeconds, double ServerBackSeconds, double FirstWriteSeconds, double BackAt,
    bool ServerRestarted);

/// <summary>Everything one crash run did and found; <see cref="Held"/> is false when any check failed.</summary>
internal sealed record CrashOutcome(
    string Provider, string ServerBuild, int Clients, int Seed, int Kills, string PostgresKill, PostgresOutage? Outage,
    IReadOnlyList<WriteFigures> Writes, IReadOnlyList<InvariantCheck> Invariants, int MarkersUnknown, int ApiDisagreements,
    int OutageServiceUnavailable, IReadOnlyDictionary<int, int> OtherServerErrors, int StrayFailures,
    int UnexpectedAnswers, IReadOnlyCollection<string> UnexpectedSamples, bool ServerDiedByItself,
    IReadOnlyList<double> RestartSeconds, IReadOnlyList<double> FirstWriteSeconds, double WritingSeconds, double Seconds)
{
    public WriteFigures All => Writes[^1];

    /// <summary>What went wrong, in words; empty when the run held.</summary>
    public IReadOnlyList<string> Failures
    {
        get
        {
            var failures = Writes.Where(w => !w.Held).Select(w => $"{w.Kind}: {w.Missing} missing, {w.Duplicated} duplicated, " +
                $"{w.MisplacedOrUnexpected} misplaced or unexpected, {w.GaveUp} never answered, {w.Refused} refused").ToList();
            failures.AddRange(Invariants.Where(i => !i.Holds).Select(i => $"half-written: {i.Name}: {i.Violations.Count} ({string.Join(", ", i.Violations.Take(10))})"));
            if (MarkersUnknown > 0) failures.Add($"{MarkersUnknown} markers in the database that no client wrote");
            if (ApiDisagreements > 0) failures.Add($"the API and SQL disagree on {ApiDisagreements} markers");
            failures.AddRange(OtherServerErrors.Select(e => $"{e.Value} answers {e.Key} outside the PostgreSQL outage"));
            if (StrayFailures > 0) failures.Add($"{StrayFailures} connections failed while the server was up");
            if (UnexpectedAnswers > 0) failures.Add($"{UnexpectedAnswers} unexpected answers: {string.Join(" | ", UnexpectedSamples.Take(3))}");
            if (ServerDiedByItself) failures.Add("the server process ended by itself");
            if (Outage is { ServerRestarted: true }) failures.Add("the server did not outlive the PostgreSQL outage");
            return failures;
        }
    }

    public bool Held => Failures.Count == 0;
}
