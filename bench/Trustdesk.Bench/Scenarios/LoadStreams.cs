using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Trustdesk.Bench.Http;

namespace Trustdesk.Bench.Scenarios;

/// <summary>
/// Live event streams held open through the load, as open consoles would: half on the provider (which sees every
/// registration), the rest spread over the four customers (each sees its own), ten at most per token. The
/// delivery time of a registration's event is measured from the <c>POST</c>'s answer to its arrival on each seeing
/// stream (0 when it came first).
/// </summary>
internal sealed class LoadStreams : IAsyncDisposable
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    private readonly List<EventStreamClient> _streams = [];
    private readonly int[] _seeing;
    private readonly Channel<Arrival> _arrivals = Channel.CreateUnbounded<Arrival>();
    private readonly ConcurrentQueue<Arrival> _received = new();
    private readonly Task _collecting;

    private LoadStreams(int customers)
    {
        _seeing = new int[customers];
        _collecting = Task.Run(async () =>
        {
            await foreach (var arrival in _arrivals.Reader.ReadAllAsync())
                if (arrival.Kind == "request.create") _received.Enqueue(arrival);
        });
    }

    public int Count => _streams.Count;

    public static async Task<LoadStreams> OpenAsync(Uri server, LoadWorld world, int count, CancellationToken cancellationToken)
    {
        var customers = world.Accounts.Customers;
        var streams = new LoadStreams(customers.Count);
        try
        {
            var listeners = await world.StreamTokens.IssueAsync(count, cancellationToken);
            for (var i = 0; i < count; i++)
            {
                var actor = listeners[i];
                streams._streams.Add(await EventStreamClient.OpenAsync(server, actor.Token, actor.AccountId, i, streams._arrivals.Writer, cancellationToken));
                // The provider's streams see every customer's registrations; a customer's, its own.
                for (var c = 0; c < customers.Count; c++)
                    if (actor.AccountId == world.Accounts.Provider.Id || actor.AccountId == customers[c].Id) streams._seeing[c]++;
            }
            return streams;
        }
        catch
        {
            await streams.DisposeAsync();
            throw;
        }
    }

    /// <summary>Forgets what arrived so far: a step measures its own registrations only.</summary>
    public void Reset() => _received.Clear();

    /// <summary>
    /// Waits (a few seconds at most) until every seeing stream has every registration's event, then returns the
    /// delays in ms and how many were expected.
    /// </summary>
    public async Task<(List<double> Delays, int Expected)> DeliveriesAsync(
        IReadOnlyDictionary<long, (long Answered, int Customer)> registered, CancellationToken cancellationToken)
    {
        var expected = registered.Values.Sum(r => _seeing[r.Customer]);
        var waitUntil = Stopwatch.GetTimestamp() + (long)(Grace.TotalSeconds * Stopwatch.Frequency);
        var delays = new List<double>();
        var counted = new HashSet<(int, long)>();
        while (true)
        {
            while (_received.TryDequeue(out var arrival))
            {
                if (!registered.TryGetValue(arrival.RequestId, out var made) || !counted.Add((arrival.Subscriber, arrival.RequestId))) continue;
                delays.Add(Math.Max(0, Stopwatch.GetElapsedTime(made.Answered, arrival.Timestamp).TotalMilliseconds));
            }
            if (delays.Count >= expected || Stopwatch.GetTimestamp() > waitUntil) return (delays, expected);
            await Task.Delay(50, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var stream in _streams) await stream.DisposeAsync();
        _arrivals.Writer.TryComplete();
        await _collecting;
    }
}
