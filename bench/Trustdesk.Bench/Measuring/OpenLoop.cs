using System.Diagnostics;

namespace Trustdesk.Bench.Measuring;

/// <summary>How one call of an open-loop load ended.</summary>
internal enum CallEnd
{
    Answered,

    /// <summary>An answer of 400 or more other than 503.</summary>
    Refused,

    /// <summary>503: the server shed the call (overload) or could not reach its database.</summary>
    Shed,
    TimedOut,
    ConnectionFailed,

    /// <summary>Not sent: the generator already had its maximum of calls in flight (the server is far behind).</summary>
    NotSent,
}

/// <summary>One call: which kind, how it ended, its status code (0 without an answer), and its latency from its scheduled start.</summary>
internal readonly record struct CallResult(int Kind, CallEnd End, int Status, double Milliseconds);

/// <summary>
/// An open-loop load: call i is started at <c>start + i / rate</c> whether or not the earlier calls have answered, as
/// independent users would, and its latency counts from that scheduled instant, not from when it was sent. So a server
/// (or a generator) that falls behind shows it in the latencies instead of quietly lowering the rate (no coordinated
/// omission). In-flight calls are bounded; past the bound a call is counted as not sent.
/// </summary>
internal static class OpenLoop
{
    public const int MaxInFlight = 4_000;

    /// <summary>Makes call <c>i</c>; returns how it ended and its status (the latency is taken here).</summary>
    public delegate Task<(CallEnd End, int Status)> Call(int index, CancellationToken cancellationToken);

    public static async Task<CallResult[]> RunAsync(
        int rate, TimeSpan duration, Func<int, int> kindOf, Call call, CancellationToken cancellationToken)
    {
        var total = (int)Math.Round(rate * duration.TotalSeconds);
        var results = new CallResult[total];
        var ticksPerCall = Stopwatch.Frequency / (double)rate;
        var inFlight = 0;
        var allDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var outstanding = 1; // the scheduler's own share, released when every call has been started

        void Finished()
        {
            Interlocked.Decrement(ref inFlight);
            if (Interlocked.Decrement(ref outstanding) == 0) allDone.TrySetResult();
        }

        async Task RunOneAsync(int index, long scheduled)
        {
            try
            {
                var (end, status) = await call(index, cancellationToken);
                results[index] = new CallResult(kindOf(index), end, status, Stopwatch.GetElapsedTime(scheduled).TotalMilliseconds);
            }
            finally
            {
                Finished();
            }
        }

        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < total;)
        {
            var due = Math.Min(total, (int)((Stopwatch.GetTimestamp() - start) / ticksPerCall) + 1);
            for (; i < due; i++)
            {
                var scheduled = start + (long)(i * ticksPerCall);
                if (Volatile.Read(ref inFlight) >= MaxInFlight)
                {
                    results[i] = new CallResult(kindOf(i), CallEnd.NotSent, 0, Stopwatch.GetElapsedTime(scheduled).TotalMilliseconds);
                    continue;
                }
                Interlocked.Increment(ref inFlight);
                Interlocked.Increment(ref outstanding);
                _ = RunOneAsync(i, scheduled);
            }
            if (i >= total) break;
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), start + (long)(i * ticksPerCall));
            // The timer's granularity is about a millisecond: calls due within it are started together, a little late.
            if (wait > TimeSpan.Zero) await Task.Delay(wait, cancellationToken);
        }
        if (Interlocked.Decrement(ref outstanding) == 0) allDone.TrySetResult();
        await allDone.Task.WaitAsync(cancellationToken);
        return results;
    }
}
