using Trustdesk.Domain.Catalog;

namespace Trustdesk.Domain.Requests;

/// <summary>
/// Time counted in a service offering's support hours, kept by the local clock of the offering's time zone: what
/// a target of "60 minutes" means. Without support hours every minute counts (24x7), whatever the zone.
/// Instants are UTC; a <see cref="DateTimeKind.Unspecified"/> one is read as UTC, like <see cref="SupportHours.IsWithin"/>.
/// </summary>
/// <remarks>
/// Support time follows the wall clock exactly as <see cref="SupportHours.IsWithin"/> does: an hour the clock skips
/// in spring is no support time, an hour it repeats in autumn counts twice, and a day's 00:00-24:00 is 23 or 25 hours.
/// A calendar without any hours cannot be written (<see cref="SupportHours"/> refuses it: no calendar is 24x7), so
/// every target is reached; should one ever arrive here, the constructor refuses it rather than promise a target
/// that never comes.
/// </remarks>
public sealed class SupportTime
{
    private readonly SupportWeek? _week;
    private readonly TimeZoneInfo _zone;

    public SupportTime(SupportHours? hours, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        _zone = zone;
        if (hours is null) return;
        _week = new SupportWeek(hours);
        if (_week.Total == 0) throw new ArgumentException("Support hours without any hours would never reach a target.", nameof(hours));
    }

    /// <summary>Support hours in the zone with IANA id <paramref name="timeZoneId"/> (an unknown id throws <see cref="TimeZoneNotFoundException"/>).</summary>
    public SupportTime(SupportHours? hours, string timeZoneId) : this(hours, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId))
    {
    }

    /// <summary>Every minute of every day.</summary>
    public static SupportTime AllHours { get; } = new(null, TimeZoneInfo.Utc);

    /// <summary>The support time an offering's targets count in.</summary>
    public static SupportTime Of(ServiceOffering offering)
    {
        ArgumentNullException.ThrowIfNull(offering);
        return new(offering.SupportHours is { } text ? SupportHours.Parse(text) : null, offering.SupportHoursTimeZone);
    }

    /// <summary>
    /// The instant at which <paramref name="minutes"/> of support time have passed since <paramref name="startUtc"/>:
    /// counting starts at the next opening when <paramref name="startUtc"/> is outside hours, and a target used up
    /// at closing time falls at closing time, not at the next opening. Zero minutes is <paramref name="startUtc"/>.
    /// </summary>
    public DateTime AddSupportMinutes(DateTime startUtc, int minutes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minutes);
        return AddSupportTime(startUtc, TimeSpan.FromMinutes(minutes));
    }

    /// <inheritdoc cref="AddSupportMinutes"/>
    public DateTime AddSupportTime(DateTime startUtc, TimeSpan supportTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(supportTime, TimeSpan.Zero);
        var start = Instants.Utc(startUtc);
        if (_week is null) return start + supportTime;
        if (supportTime == TimeSpan.Zero) return start;

        var left = supportTime.Ticks;
        foreach (var period in UtcOffsetPeriods.From(_zone, start.Ticks))
        {
            var before = _week.Upto(period.From + period.Offset);
            var within = _week.Upto(period.To + period.Offset) - before;
            if (left <= within) return new DateTime(_week.Reaching(before + left) - period.Offset, DateTimeKind.Utc);
            left -= within;
        }
        throw new ArgumentOutOfRangeException(nameof(supportTime), "The target falls after the last date a DateTime can hold.");
    }

    /// <summary>Whole minutes of support time from <paramref name="fromUtc"/> to <paramref name="toUtc"/> (rounded down).</summary>
    public int SupportMinutesBetween(DateTime fromUtc, DateTime toUtc) =>
        checked((int)(SupportTimeBetween(fromUtc, toUtc).Ticks / TimeSpan.TicksPerMinute));

    /// <summary>Support time from <paramref name="fromUtc"/> to <paramref name="toUtc"/>, which must not come before it.</summary>
    public TimeSpan SupportTimeBetween(DateTime fromUtc, DateTime toUtc)
    {
        var from = Instants.Utc(fromUtc);
        var to = Instants.Utc(toUtc);
        if (to < from) throw new ArgumentOutOfRangeException(nameof(toUtc), "The end of a period cannot come before its start.");
        if (_week is null) return to - from;

        var total = 0L;
        foreach (var period in UtcOffsetPeriods.From(_zone, from.Ticks))
        {
            if (period.From >= to.Ticks) break;
            var end = Math.Min(period.To, to.Ticks);
            total += _week.Upto(end + period.Offset) - _week.Upto(period.From + period.Offset);
        }
        return TimeSpan.FromTicks(total);
    }
}
