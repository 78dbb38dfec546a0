using System.Collections.Concurrent;
using System.Diagnostics;
using Trustdesk.Bench.Http;

namespace Trustdesk.Bench.Scenarios.Crash;

/// <summary>A 5xx answer: when its call was sent and answered, in seconds since the scenario began.</summary>
internal sealed record ServerError(int Status, double SentAt, double AnsweredAt);

/// <summary>
/// What the clients met besides the answers they expected, from every thread: 5xx answers (judged after the run against
/// the PostgreSQL outage), connections that failed while the server was up, and answers no careful client expects.
/// </summary>
internal sealed class CrashTally
{
    private const int Samples = 20;
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly ConcurrentQueue<ServerError> _serverErrors = new();
    private readonly ConcurrentQueue<string> _unexpected = new();
    private int _unexpectedCount;
    private int _strayFailures;
    private int _acknowledged;

    /// <summary>Seconds since the scenario began.</summary>
    public double Now => Stopwatch.GetElapsedTime(_started).TotalSeconds;

    public IReadOnlyCollection<ServerError> ServerErrors => _serverErrors;
    public IReadOnlyCollection<string> UnexpectedSamples => _unexpected;
    public int UnexpectedCount => _unexpectedCount;
    public int StrayFailures => _strayFailures;

    /// <summary>Writes acknowledged so far: the kills wait for the clients to be writing again.</summary>
    public int Acknowledged => Volatile.Read(ref _acknowledged);

    public void Answered(TimedResponse answer, double sentAt)
    {
        if ((int)answer.Status >= 500) _serverErrors.Enqueue(new ServerError((int)answer.Status, sentAt, Now));
    }

    public void Acknowledge() => Interlocked.Increment(ref _acknowledged);

    /// <summary>A connection failed although no kill came between sending and failing.</summary>
    public void StrayFailure() => Interlocked.Increment(ref _strayFailures);

    public void Unexpected(string what)
    {
        if (Interlocked.Increment(ref _unexpectedCount) <= Samples) _unexpected.Enqueue(what);
    }

    public void Unexpected(string what, TimedResponse answer) =>
        Unexpected($"{what} answered {(int)answer.Status}: {answer.Body[..Math.Min(300, answer.Body.Length)]}");
}
