using Microsoft.Extensions.Options;

namespace Trustdesk.Web.Features.Events;

/// <summary>
/// How many live streams may be open at once: per listener (an access token, or a person's console sessions) and per
/// server process (ADR 33). Each open stream costs a delivery check per event it may see, so unbounded streams on one
/// token once took event delivery from 3 to 407 ms; past a cap a new stream is refused with a clear answer, and the
/// streams already open stay fast.
/// </summary>
public sealed class StreamSlots(IOptions<EventsOptions> options)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, int> _byListener = new(StringComparer.Ordinal);
    private int _open;

    public enum Refusal
    {
        /// <summary>This listener has its most streams open.</summary>
        Listener,

        /// <summary>The server has its most streams open.</summary>
        Server,
    }

    /// <summary>A slot for one more stream of <paramref name="listener"/> (dispose it when the stream ends), or why not.</summary>
    public (IDisposable? Slot, Refusal? Refused) TryOpen(string listener)
    {
        lock (_gate)
        {
            var mine = _byListener.GetValueOrDefault(listener);
            if (mine >= options.Value.MaxStreamsPerListener) return (null, Refusal.Listener);
            if (_open >= options.Value.MaxStreams) return (null, Refusal.Server);
            _byListener[listener] = mine + 1;
            _open++;
        }
        return (new Slot(this, listener), null);
    }

    public int Open
    {
        get { lock (_gate) return _open; }
    }

    private void Close(string listener)
    {
        lock (_gate)
        {
            _open--;
            if (--_byListener[listener] == 0) _byListener.Remove(listener);
        }
    }

    private sealed class Slot(StreamSlots slots, string listener) : IDisposable
    {
        private int _closed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _closed, 1) == 0) slots.Close(listener);
        }
    }
}
