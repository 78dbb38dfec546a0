namespace Trustdesk.Web.Api.Limits;

/// <summary>A key's window as a call left it: whether the call was allowed, what remains, and when the window ends.</summary>
public readonly record struct WindowState(bool Allowed, int Remaining, DateTimeOffset Reset);

/// <summary>
/// Fixed windows of calls per key, each beginning at its key's first call. Every operation costs O(1) (amortized),
/// whatever keys callers send: windows that ended are dropped in the order they began, from a queue, a few per call —
/// never by scanning the table. Memory is bounded: beyond <c>capacity</c> keys, new keys share one window (those
/// callers are limited together until old windows end), so a flood of fresh keys can neither grow the table nor make
/// later calls slower. Per server process (ADR 4).
/// </summary>
public sealed class WindowCounters(TimeProvider time, TimeSpan window, int capacity)
{
    /// <summary>The one key every new key shares while the table is full.</summary>
    public const string Overflow = "\0overflow";

    // Old windows dropped per call: enough to keep up with one new key per call, with room for bursts.
    private const int DropsPerCall = 4;

    private readonly object _gate = new();
    private readonly Dictionary<string, Counter> _counters = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset Start)> _byStart = new();

    /// <summary>How many keys have a window now (for tests and metrics).</summary>
    public int Count
    {
        get { lock (_gate) return _counters.Count; }
    }

    /// <summary>Counts one call of <paramref name="key"/> if fewer than <paramref name="limit"/> were made in its window.</summary>
    public WindowState Take(string key, int limit) => Use(key, limit, count: true);

    /// <summary>The key's window as it is, counting nothing.</summary>
    public WindowState Peek(string key, int limit) => Use(key, limit, count: false);

    /// <summary>Ends the key's window (a success that clears failures).</summary>
    public void Forget(string key)
    {
        lock (_gate) _counters.Remove(key);
    }

    private WindowState Use(string key, int limit, bool count)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            // Full, every ended window goes; otherwise a few, so no call pays for many.
            DropEnded(now, _counters.Count >= capacity ? int.MaxValue : DropsPerCall);
            if (!_counters.TryGetValue(key, out var counter))
            {
                if (!count) return new WindowState(limit > 0, limit, now + window);
                if (_counters.Count >= capacity) key = Overflow;
                counter = _counters.GetValueOrDefault(key) ?? Start(key, now);
            }
            if (now >= counter.Start + window)
            {
                counter.Start = now;
                counter.Calls = 0;
                _byStart.Enqueue((key, now));
            }
            var allowed = counter.Calls < limit;
            if (allowed && count) counter.Calls++;
            return new WindowState(allowed, Math.Max(0, limit - counter.Calls), counter.Start + window);
        }
    }

    private Counter Start(string key, DateTimeOffset now)
    {
        var counter = new Counter { Start = now };
        _counters[key] = counter;
        _byStart.Enqueue((key, now));
        return counter;
    }

    /// <summary>
    /// Drops keys whose window ended, oldest first. A queued start that is no longer its key's (the key was forgotten,
    /// or its window began again and was queued anew) is skipped.
    /// </summary>
    private void DropEnded(DateTimeOffset now, int most)
    {
        while (most-- > 0 && _byStart.TryPeek(out var oldest) && now >= oldest.Start + window)
        {
            _byStart.Dequeue();
            if (_counters.TryGetValue(oldest.Key, out var counter) && counter.Start == oldest.Start) _counters.Remove(oldest.Key);
        }
    }

    private sealed class Counter
    {
        public DateTimeOffset Start { get; set; }
        public int Calls { get; set; }
    }
}
