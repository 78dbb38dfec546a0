namespace Trustdesk.Domain.Requests;

/// <summary>
/// The clock of one request under one SLA: when its response and resolution targets fall, what 4me shows as
/// <c>next_target_at</c>, and whether a target was breached. Every target counts in the offering's support time,
/// from registration, and only while the clock runs.
/// </summary>
public sealed class SlaClock
{
    private readonly SupportTime _supportTime;
    private readonly List<Run> _runs = [];
    private readonly DateTime _lastKnown;

    /// <param name="supportTime">The offering's support hours in its time zone.</param>
    /// <param name="targets">The request's targets under the SLA's offering.</param>
    /// <param name="registeredAt">When the request was registered: every clock starts there.</param>
    /// <param name="statusChanges">
    /// Every status the request moved to, oldest first, none before registration. Until the first change the clock
    /// runs (a new request is assigned); a request registered in another status lists it at <paramref name="registeredAt"/>.
    /// </param>
    /// <param name="respondedAt">
    /// When the request was first responded to (first moved to accepted or in progress, or first given a public
    /// note), or null. It is given rather than derived because a note is a response too and notes are not statuses.
    /// </param>
    public SlaClock(SupportTime supportTime, RequestTargets targets, DateTime registeredAt, IReadOnlyList<StatusChange> statusChanges, DateTime? respondedAt)
    {
        ArgumentNullException.ThrowIfNull(supportTime);
        ArgumentNullException.ThrowIfNull(statusChanges);
        _supportTime = supportTime;
        var registered = Instants.Utc(registeredAt);
        RespondedAt = respondedAt is { } responded ? Instants.Utc(responded) : null;
        if (RespondedAt < registered) throw new ArgumentOutOfRangeException(nameof(respondedAt), "A request is not responded to before it is registered.");

        var lastChange = ReadHistory(registered, statusChanges);
        _lastKnown = RespondedAt > lastChange ? RespondedAt.Value : lastChange;

        // Completing or declining also ends the wait for a response: nothing is owed any more.
        ResponseTargetAt = TargetAt(targets.ResponseMinutes, RespondedAt ?? EndedAt);
        ResolutionTargetAt = TargetAt(targets.ResolutionMinutes, EndedAt);
        NextTargetAt = Next(targets);
    }

    /// <summary>The request's status after the last change.</summary>
    public RequestStatus Status { get; private set; } = RequestStatus.Assigned;

    public DateTime? RespondedAt { get; }

    /// <summary>When the request was completed or declined, while it still is; null while it is open.</summary>
    public DateTime? EndedAt { get; private set; }

    /// <summary>
    /// When the response target falls; null for best effort, and while the clock is stopped before the target was
    /// used up (the date depends on when the customer answers, and 4me's <c>*_target_at</c> fields hold instants only).
    /// </summary>
    public DateTime? ResponseTargetAt { get; }

    /// <inheritdoc cref="ResponseTargetAt"/>
    public DateTime? ResolutionTargetAt { get; }

    public NextTarget NextTargetAt { get; }

    /// <inheritdoc cref="IsBreached"/>
    public bool IsResponseBreached(DateTime asOfUtc) => IsBreached(ResponseTargetAt, RespondedAt ?? EndedAt, asOfUtc);

    /// <inheritdoc cref="IsBreached"/>
    public bool IsResolutionBreached(DateTime asOfUtc) => IsBreached(ResolutionTargetAt, EndedAt, asOfUtc);

    /// <summary>
    /// Whether the target was missed as of <paramref name="asOfUtc"/> (not before anything the clock was told). A met
    /// target is judged by the instant shown to people: done after the target instant is late even when no support
    /// time passed in between (completed at 20:00 against a 17:00 target), because that is what they were promised.
    /// Done exactly at the target is in time. A target not yet met is breached once its instant has passed.
    /// </summary>
    private bool IsBreached(DateTime? target, DateTime? metAt, DateTime asOfUtc)
    {
        var asOf = Instants.Utc(asOfUtc);
        if (asOf < _lastKnown) throw new ArgumentOutOfRangeException(nameof(asOfUtc), "The clock cannot be read before the history it was told.");
        return target is { } at && (metAt ?? asOf) > at;
    }

    /// <summary>
    /// Only waiting for the customer stops the clock: then the customer, not the provider, holds the request up.
    /// Waiting for a supplier, a backlog or pending work is the provider's own time. Completed and declined end the
    /// clock: nothing is due from the provider; if the request is reopened the clock goes on where it stopped.
    /// </summary>
    private static bool Runs(RequestStatus status) => status is not (RequestStatus.WaitingForCustomer or RequestStatus.Completed or RequestStatus.Declined);

    private static bool Ends(RequestStatus status) => status is RequestStatus.Completed or RequestStatus.Declined;

    /// <summary>Follows the statuses into runs of the clock; answers the time of the last change (or registration).</summary>
    private DateTime ReadHistory(DateTime registered, IReadOnlyList<StatusChange> changes)
    {
        DateTime? runningSince = registered;
        var previous = registered;
        foreach (var change in changes)
        {
            var at = Instants.Utc(change.At);
            if (at < previous) throw new ArgumentException("Status changes must be in time order and not before registration.", nameof(changes));
            previous = at;
            if (runningSince is { } since && !Runs(change.Status))
            {
                _runs.Add(new Run(since, at));
                runningSince = null;
            }
            else if (runningSince is null && Runs(change.Status)) runningSince = at;
            // The clock ended when the request first reached completed or declined, not at a later move between the two.
            if (Ends(change.Status) && !Ends(Status)) EndedAt = at;
            else if (!Ends(change.Status)) EndedAt = null;
            Status = change.Status;
        }
        if (runningSince is { } open) _runs.Add(new Run(open, null));
        return previous;
    }

    /// <summary>
    /// When <paramref name="minutes"/> of running support time are used up. A target used up while the clock ran
    /// falls where it was used up, whatever happened after: that moment is history. A target met before it was used
    /// up (<paramref name="metAt"/>) keeps the date it had then, as if the clock had run on from that moment, so a
    /// pause after the response does not move a response target already met. An unmet target has no date while
    /// the clock is stopped, because it depends on when the customer answers.
    /// </summary>
    private DateTime? TargetAt(int? minutes, DateTime? metAt)
    {
        if (minutes is not { } total) return null;
        var left = TimeSpan.FromMinutes(total);
        foreach (var run in _runs)
        {
            var until = metAt is { } met && (run.Until is null || met < run.Until) ? met : run.Until;
            if (until is not { } end) return _supportTime.AddSupportTime(run.From, left);
            if (end < run.From) break;
            var used = _supportTime.SupportTimeBetween(run.From, end);
            if (left <= used) return _supportTime.AddSupportTime(run.From, left);
            left -= used;
        }
        return metAt is { } at ? _supportTime.AddSupportTime(at, left) : null;
    }

    /// <summary>
    /// The nearest target still to be met, as 4me shows it. A completed or declined request owes nothing (no_target);
    /// with no target left there is nothing to count (best_effort), even while waiting; while waiting for the
    /// customer the date is unknown (clock_stopped). An unanswered response target stays the next one even once
    /// passed, so a late response is not hidden behind the resolution target.
    /// </summary>
    private NextTarget Next(RequestTargets targets)
    {
        if (EndedAt is not null) return NextTarget.NoTarget;
        var open = new List<DateTime?>();
        if (targets.ResponseMinutes is not null && RespondedAt is null) open.Add(ResponseTargetAt);
        if (targets.ResolutionMinutes is not null) open.Add(ResolutionTargetAt);
        if (open.Count == 0) return NextTarget.BestEffort;
        if (Status == RequestStatus.WaitingForCustomer) return NextTarget.ClockStopped;
        return NextTarget.Due(open.Min()!.Value);
    }

    /// <summary>A stretch during which the clock ran; <see cref="Until"/> is null while it still runs.</summary>
    private readonly record struct Run(DateTime From, DateTime? Until);
}
