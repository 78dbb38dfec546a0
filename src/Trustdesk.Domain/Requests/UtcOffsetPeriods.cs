namespace Trustdesk.Domain.Requests;

/// <summary>
/// A time zone cut into periods of unchanging UTC offset. Within one period local time is UTC plus a constant, so
/// support hours can be counted there with plain arithmetic; across periods local time jumps (spring) or repeats
/// (autumn), which is exactly what the local wall clock — and <see cref="Catalog.SupportHours.IsWithin"/> — does.
/// </summary>
internal static class UtcOffsetPeriods
{
    /// <summary>UTC ticks [From, To) during which local time is UTC + Offset ticks.</summary>
    public readonly record struct Period(long From, long To, long Offset);

    // .NET does not list a zone's transitions, so the offset is sampled once a day and a change located by
    // bisection: a zone that changed its offset twice within one day would be missed, which no zone in use does.
    private const long Step = TimeSpan.TicksPerDay;

    // Periods are handed out at most four weeks long, so a short target in a zone without changes costs a few
    // samples, not a search to the end of time.
    private const long Longest = 28 * TimeSpan.TicksPerDay;

    private static readonly long End = DateTime.MaxValue.Ticks;

    /// <summary>The periods from <paramref name="fromUtc"/> (ticks) on, in order, up to the end of <see cref="DateTime"/>.</summary>
    public static IEnumerable<Period> From(TimeZoneInfo zone, long fromUtc)
    {
        if (zone.GetAdjustmentRules().Length == 0 && zone.BaseUtcOffset == OffsetAt(zone, fromUtc))
        {
            yield return new Period(fromUtc, End, zone.BaseUtcOffset.Ticks);
            yield break;
        }
        var start = fromUtc;
        while (start < End)
        {
            var offset = OffsetAt(zone, start);
            var end = start;
            var changed = false;
            while (!changed && end < End && end - start < Longest)
            {
                var probe = Math.Min(end + Step, End);
                if (OffsetAt(zone, probe) != offset)
                {
                    end = FirstChange(zone, end, probe, offset);
                    changed = true;
                }
                else end = probe;
            }
            yield return new Period(start, end, offset.Ticks);
            start = end;
        }
    }

    /// <summary>The first tick in (<paramref name="same"/>, <paramref name="different"/>] whose offset is no longer <paramref name="offset"/>.</summary>
    private static long FirstChange(TimeZoneInfo zone, long same, long different, TimeSpan offset)
    {
        while (different - same > 1)
        {
            var middle = same + ((different - same) / 2);
            if (OffsetAt(zone, middle) == offset) same = middle;
            else different = middle;
        }
        return different;
    }

    private static TimeSpan OffsetAt(TimeZoneInfo zone, long utc) => zone.GetUtcOffset(new DateTime(utc, DateTimeKind.Utc));
}
