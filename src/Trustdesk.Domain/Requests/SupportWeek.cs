using Trustdesk.Domain.Catalog;

namespace Trustdesk.Domain.Requests;

/// <summary>
/// The support hours of a week laid along a local time line that never skips or repeats: ticks since Monday
/// 1 January 0001, where <see cref="DateTime"/> counts from. On that line the support time up to any moment is
/// whole weeks times the week's total plus part of one week, so a target of any size costs the same to place;
/// daylight saving time is the caller's business (<see cref="UtcOffsetPeriods"/>).
/// </summary>
internal sealed class SupportWeek
{
    private const long Week = 7 * TimeSpan.TicksPerDay;

    // Disjoint, ordered [start, end) periods in ticks after Monday 00:00, and the support time before each.
    private readonly long[] _starts;
    private readonly long[] _ends;
    private readonly long[] _before;

    public SupportWeek(SupportHours hours)
    {
        var starts = new List<long>();
        var ends = new List<long>();
        for (var day = 0; day < 7; day++)
        {
            foreach (var period in hours.On((DayOfWeek)((day + 1) % 7)))
            {
                starts.Add((day * TimeSpan.TicksPerDay) + (period.Start * TimeSpan.TicksPerMinute));
                ends.Add((day * TimeSpan.TicksPerDay) + (period.End * TimeSpan.TicksPerMinute));
            }
        }
        _starts = [.. starts];
        _ends = [.. ends];
        _before = new long[_starts.Length];
        for (var i = 1; i < _starts.Length; i++) _before[i] = _before[i - 1] + (_ends[i - 1] - _starts[i - 1]);
        Total = _starts.Length == 0 ? 0 : _before[^1] + (_ends[^1] - _starts[^1]);
    }

    /// <summary>Support time in one week.</summary>
    public long Total { get; }

    /// <summary>Support time from the start of the line up to <paramref name="local"/>.</summary>
    public long Upto(long local)
    {
        var week = FloorDivide(local, Week);
        var withinWeek = local - (week * Week);
        var time = 0L;
        for (var i = 0; i < _starts.Length && withinWeek > _starts[i]; i++)
            time += Math.Min(withinWeek, _ends[i]) - _starts[i];
        return (week * Total) + time;
    }

    /// <summary>
    /// The earliest moment by which the support time since the start of the line has reached
    /// <paramref name="supportTime"/> (positive): a target reached at 17:00 is reached then, not at the next opening.
    /// </summary>
    public long Reaching(long supportTime)
    {
        var week = (supportTime - 1) / Total;
        var need = supportTime - (week * Total);
        var i = 0;
        while (_before[i] + (_ends[i] - _starts[i]) < need) i++;
        return (week * Week) + _starts[i] + (need - _before[i]);
    }

    private static long FloorDivide(long value, long divisor) => value >= 0 ? value / divisor : ((value + 1) / divisor) - 1;
}
