using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Trustdesk.Web.Features.Events;

/// <summary>
/// This process's fan-out of change events to its open streams. It filters nothing: each stream decides, per event,
/// what its subscriber may see. Events come from the PostgreSQL listener (every server's changes) or, on SQLite,
/// straight from the saving interceptor.
/// </summary>
public sealed class EventHub
{
    /// <summary>A stream that falls this far behind is ended rather than made to skip events silently.</summary>
    public const int Backlog = 1_000;

    private readonly ConcurrentDictionary<Subscription, byte> _subscriptions = new();
    private readonly Lock _liveness = new();
    private TaskCompletionSource _live = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <param name="liveFromStart">True when events reach the hub without a connection to wait for (SQLite).</param>
    public EventHub(bool liveFromStart)
    {
        if (liveFromStart) _live.SetResult();
    }

    public Subscription Subscribe()
    {
        var subscription = new Subscription(this);
        _subscriptions.TryAdd(subscription, 0);
        return subscription;
    }

    public void Publish(IEnumerable<ChangeEvent> events)
    {
        foreach (var e in events)
            foreach (var subscription in _subscriptions.Keys)
                subscription.Offer(e);
    }

    /// <summary>Completes once events flow, i.e. a stream opened now misses nothing from here on.</summary>
    public Task WhenLive
    {
        get
        {
            lock (_liveness) return _live.Task;
        }
    }

    public void MarkLive()
    {
        lock (_liveness) _live.TrySetResult();
    }

    /// <summary>
    /// Events may have been missed (the listening connection dropped): every open stream is ended, so its client
    /// reconnects and reads afresh instead of trusting a stream with a hole in it.
    /// </summary>
    public void MarkInterrupted()
    {
        lock (_liveness)
        {
            if (_live.Task.IsCompleted) _live = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        foreach (var subscription in _subscriptions.Keys) subscription.End();
    }

    private void Remove(Subscription subscription) => _subscriptions.TryRemove(subscription, out _);

    /// <summary>One stream's queue of events, in the order the hub received them.</summary>
    public sealed class Subscription(EventHub hub) : IDisposable
    {
        private readonly Channel<ChangeEvent> _events = Channel.CreateBounded<ChangeEvent>(
            new BoundedChannelOptions(Backlog) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

        public ChannelReader<ChangeEvent> Events => _events.Reader;

        internal void Offer(ChangeEvent e)
        {
            if (!_events.Writer.TryWrite(e)) End();
        }

        internal void End() => _events.Writer.TryComplete();

        public void Dispose()
        {
            End();
            hub.Remove(this);
        }
    }
}
