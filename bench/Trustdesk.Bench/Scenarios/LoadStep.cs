using Trustdesk.Bench.Measuring;

namespace Trustdesk.Bench.Scenarios;

/// <summary>
/// One rate of the load scenario, measured: what was offered and answered, the latency of every call from its scheduled
/// start, what went wrong by kind, what it cost (CPU milliseconds per call of the server, of PostgreSQL, of the bench
/// itself and of the whole machine), the server's memory, and how fast events reached the held streams.
/// </summary>
internal sealed record LoadStep(
    int OfferedRate, double Seconds, int Calls, int Answered, double AnsweredPerSecond,
    double P50, double P95, double P99, double Max,
    IReadOnlyDictionary<string, int> Errors,
    double ServerCpuPerCall, double PostgresCpuPerCall, double BenchCpuPerCall, double MachineCpuPerCall, double MachineBusyPercent,
    double ServerResidentMib, double ServerPeakMib,
    int Streams, int EventsExpected, int EventsDelivered, double EventP50, double EventP95, double EventMax,
    IReadOnlyList<LoadKindFigures> Kinds, double? LoadAverageBefore, double? LoadAverageAfter)
{
    /// <summary>p99 of the calls answered 2xx alone, and of the calls shed (503): overload must keep the first low and the second quick.</summary>
    public double AnsweredP99 { get; init; }
    public double ShedP99 { get; init; }

    public const double HeldP99Milliseconds = 100;

    /// <summary>Held: p99 within 100 ms and not one call refused, shed, timed out, failed or left unsent.</summary>
    public bool Held => P99 <= HeldP99Milliseconds && Errors.Count == 0;
}

/// <summary>One kind of call within a step (or measured alone): how many, how fast, how many failed, and its CPU cost when alone.</summary>
internal sealed record LoadKindFigures(string Kind, int Calls, double P50, double P99, int Errors, double? ServerCpuPerCall = null, double? PostgresCpuPerCall = null);

/// <summary>Everything the load scenario measured in one run.</summary>
internal sealed record LoadRun(IReadOnlyList<LoadStep> Steps, IReadOnlyList<LoadKindFigures> KindsAlone, int KindsAloneRate)
{
    /// <summary>The server's resident memory before and after the held streams were opened, in MiB.</summary>
    public (double Before, double After) StreamsMemoryMib { get; init; }

    public int? HighestHeld => Steps.Where(s => s.Held).Select(s => (int?)s.OfferedRate).Max();

    public static string ErrorName(CallResult call) => call.End switch
    {
        CallEnd.Refused => call.Status.ToString(System.Globalization.CultureInfo.InvariantCulture),
        CallEnd.Shed => "503 (shed)",
        CallEnd.TimedOut => "timeout",
        CallEnd.ConnectionFailed => "connection",
        CallEnd.NotSent => "not sent",
        _ => "",
    };
}
