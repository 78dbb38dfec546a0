using Trustdesk.Domain.Catalog;

namespace Trustdesk.Domain.Tests;

public class SupportHoursTests
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private static SupportHours.Period P(string days, string? start, string? end) =>
        new(days.Length == 0 ? [] : days.Split(',').Select(d => (string?)d).ToList(), start, end);

    private static SupportHours Create(params SupportHours.Period[] periods)
    {
        var hours = SupportHours.TryCreate(periods, out var errors);
        Assert.True(hours is not null, string.Join("; ", errors));
        return hours!;
    }

    private static IReadOnlyList<string> Refused(params SupportHours.Period?[] periods)
    {
        Assert.Null(SupportHours.TryCreate(periods, out var errors));
        Assert.NotEmpty(errors);
        return errors;
    }

    private static DateTime Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void Periods_are_kept_in_one_canonical_form()
    {
        var hours = Create(P("tue,mon", "08:00", "12:00"), P("mon", "13:00", "17:00"), P("wed", "08:00", "12:00"), P("sat", "09:00", "12:00"));

        Assert.Equal("mon-wed 08:00-12:00; mon 13:00-17:00; sat 09:00-12:00", hours.ToString());
        Assert.Equal(["mon", "tue", "wed"], hours.Periods[0].Days!);
        Assert.Equal(("08:00", "12:00"), (hours.Periods[0].Start, hours.Periods[0].End));
        Assert.Equal([new SupportHours.Interval(480, 720), new SupportHours.Interval(780, 1020)], hours.On(DayOfWeek.Monday));
        Assert.Empty(hours.On(DayOfWeek.Sunday));

        // The same week written differently is the same text.
        var same = Create(P("wed,tue,mon", "08:00", "12:00"), P("sat", "09:00", "12:00"), P("mon", "13:00", "17:00"));
        Assert.Equal(hours.ToString(), same.ToString());
    }

    [Fact]
    public void Touching_periods_are_joined_and_day_runs_are_written_as_ranges()
    {
        Assert.Equal("mon 08:00-17:00", Create(P("mon", "12:00", "17:00"), P("mon", "08:00", "12:00")).ToString());
        Assert.Equal("mon-wed,fri-sat 08:00-17:00", Create(P("sat,fri,wed,tue,mon", "08:00", "17:00")).ToString());
        Assert.Equal("mon,wed,fri 08:00-17:00", Create(P("mon,wed,fri", "08:00", "17:00")).ToString());
        Assert.Equal("mon-sun 00:00-24:00", Create(P("mon,tue,wed,thu,fri,sat,sun", "00:00", "24:00")).ToString());
    }

    [Fact]
    public void The_text_form_reads_back_to_the_same_calendar()
    {
        var hours = Create(P("mon,tue,wed,thu,fri", "08:00", "17:00"), P("sat", "09:00", "12:30"), P("sun", "22:00", "24:00"));
        var text = hours.ToString();
        Assert.Equal("mon-fri 08:00-17:00; sat 09:00-12:30; sun 22:00-24:00", text);

        var read = SupportHours.Parse(text);
        Assert.Equal(text, read.ToString());
        Assert.Equal(hours.Periods.Count, read.Periods.Count);
        Assert.Equal("mon-fri 08:00-17:00", SupportHours.Parse(" mon-wed,thu-fri  08:00-17:00 ;").ToString());

        Assert.Null(SupportHours.TryParse("fri-mon 08:00-17:00", out var backwards));
        Assert.Equal(["'fri-mon' is not a day or a range of days such as mon-fri"], backwards);
        Assert.Null(SupportHours.TryParse("monday 08:00-17:00", out _));
        Assert.Null(SupportHours.TryParse("mon 8:00-17:00", out _));
        Assert.Null(SupportHours.TryParse("", out _));
        Assert.Throws<FormatException>(() => SupportHours.Parse("mon 17:00-08:00"));
    }

    [Fact]
    public void Days_must_be_known_and_listed_once()
    {
        Assert.Equal(["period 1: 'monday' is not one of mon, tue, wed, thu, fri, sat, sun"], Refused(P("monday", "08:00", "17:00")));
        Assert.Equal(["period 1: 'Mon' is not one of mon, tue, wed, thu, fri, sat, sun"], Refused(P("Mon", "08:00", "17:00")));
        Assert.Equal(["period 2: mon is listed more than once"], Refused(P("tue", "08:00", "17:00"), P("mon,mon", "08:00", "17:00")));
        Assert.Equal(["period 1: days must list at least one of mon, tue, wed, thu, fri, sat, sun"], Refused(P("", "08:00", "17:00")));
        Assert.Equal(["period 1: days must list at least one of mon, tue, wed, thu, fri, sat, sun"], Refused(new SupportHours.Period(null, "08:00", "17:00")));
        Assert.Equal(["period 1: '' is not one of mon, tue, wed, thu, fri, sat, sun"], Refused(new SupportHours.Period([null], "08:00", "17:00")));
    }

    [Theory]
    [InlineData("8:00", "17:00", "period 1: start must be a time of day as hh:mm")]
    [InlineData("08:00", "17:60", "period 1: end must be a time of day as hh:mm (24:00 for midnight)")]
    [InlineData("08:00", "24:01", "period 1: end must be a time of day as hh:mm (24:00 for midnight)")]
    [InlineData("24:00", "24:00", "period 1: start must be a time of day as hh:mm")]
    [InlineData("08:00", "8 pm", "period 1: end must be a time of day as hh:mm (24:00 for midnight)")]
    [InlineData(null, "17:00", "period 1: start must be a time of day as hh:mm")]
    [InlineData("17:00", "17:00", "period 1: start must be before end (split a period that runs past midnight over two days)")]
    [InlineData("22:00", "06:00", "period 1: start must be before end (split a period that runs past midnight over two days)")]
    public void Times_are_hh_mm_and_a_period_starts_before_it_ends(string? start, string end, string error) =>
        Assert.Equal([error], Refused(P("mon", start, end)));

    [Fact]
    public void Periods_of_one_day_must_not_overlap()
    {
        Assert.Equal(["tue: 08:00-12:00 and 11:00-13:00 overlap"], Refused(P("mon,tue", "08:00", "12:00"), P("tue,wed", "11:00", "13:00")));
        Assert.Equal(["mon: 08:00-17:00 and 08:00-17:00 overlap"], Refused(P("mon", "08:00", "17:00"), P("mon", "08:00", "17:00")));
        Assert.Equal(["must list at least one period (null means 24x7)"], Refused());
        Assert.Equal(["period 2 must be an object with days, start and end"], Refused(P("mon", "08:00", "17:00"), null));
        // Every problem is told at once.
        Assert.Equal(2, Refused(P("xyz", "08:00", "17:00"), P("mon", "18:00", "17:00")).Count);
    }

    [Fact]
    public void Office_hours_stop_over_the_weekend()
    {
        var office = Create(P("mon,tue,wed,thu,fri", "08:00", "17:00"));

        // Friday 27 November 2026, Amsterdam is UTC+1.
        Assert.True(office.IsWithin(Utc(2026, 11, 27, 15, 59), Amsterdam));   // 16:59
        Assert.False(office.IsWithin(Utc(2026, 11, 27, 16, 0), Amsterdam));   // 17:00, the end is not included
        Assert.False(office.IsWithin(Utc(2026, 11, 28, 10, 0), Amsterdam));   // Saturday 11:00
        Assert.False(office.IsWithin(Utc(2026, 11, 29, 12, 0), Amsterdam));   // Sunday 13:00
        Assert.False(office.IsWithin(Utc(2026, 11, 30, 6, 59), Amsterdam));   // Monday 07:59
        Assert.True(office.IsWithin(Utc(2026, 11, 30, 7, 0), Amsterdam));     // Monday 08:00

        // Sunday 23:30 UTC is already Monday 00:30 in Amsterdam, and Monday 00:30 UTC still Monday: the day is the local one.
        var mondayNight = Create(P("mon", "00:00", "01:00"));
        Assert.True(mondayNight.IsWithin(Utc(2026, 11, 29, 23, 30), Amsterdam));
        Assert.False(mondayNight.IsWithin(Utc(2026, 11, 30, 0, 30), Amsterdam));
        Assert.True(mondayNight.IsWithin(Utc(2026, 11, 30, 0, 30), TimeZoneInfo.Utc));
    }

    [Fact]
    public void Hours_follow_the_local_clock_across_the_spring_daylight_saving_change()
    {
        var office = Create(P("mon,tue,wed,thu,fri", "08:00", "17:00"));

        // Friday 27 March 2026 is CET (UTC+1); Monday 30 March 2026 is CEST (UTC+2): the same UTC time of day is 16:30 vs 17:30.
        Assert.True(office.IsWithin(Utc(2026, 3, 27, 15, 30), Amsterdam));
        Assert.False(office.IsWithin(Utc(2026, 3, 30, 15, 30), Amsterdam));
        Assert.True(office.IsWithin(Utc(2026, 3, 30, 6, 0), Amsterdam));     // 08:00 CEST
        Assert.False(office.IsWithin(Utc(2026, 3, 27, 6, 0), Amsterdam));    // 07:00 CET

        // On Sunday 29 March 2026 the clock jumps from 02:00 to 03:00: an hour between 02:00 and 03:00 never happens.
        var skipped = Create(P("sun", "02:00", "03:00"));
        Assert.Equal(0, MinutesWithin(skipped, new DateTime(2026, 3, 28, 22, 0, 0, DateTimeKind.Utc)));
        // The day has 23 hours: all of them are within 00:00-24:00.
        Assert.Equal(23 * 60, MinutesWithin(Create(P("sun", "00:00", "24:00")), new DateTime(2026, 3, 28, 23, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Hours_follow_the_local_clock_across_the_autumn_daylight_saving_change()
    {
        // On Sunday 25 October 2026 the clock goes back from 03:00 to 02:00: 02:00-03:00 happens twice.
        var repeated = Create(P("sun", "02:00", "03:00"));
        Assert.True(repeated.IsWithin(Utc(2026, 10, 25, 0, 30), Amsterdam));   // 02:30 CEST
        Assert.True(repeated.IsWithin(Utc(2026, 10, 25, 1, 30), Amsterdam));   // 02:30 CET
        Assert.False(repeated.IsWithin(Utc(2026, 10, 25, 2, 0), Amsterdam));   // 03:00 CET
        Assert.Equal(120, MinutesWithin(repeated, new DateTime(2026, 10, 24, 22, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(25 * 60, MinutesWithin(Create(P("sun", "00:00", "24:00")), new DateTime(2026, 10, 24, 22, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void An_instant_without_a_kind_is_read_as_utc()
    {
        var office = Create(P("mon", "08:00", "17:00"));
        Assert.True(office.IsWithin(new DateTime(2026, 11, 30, 7, 0, 0, DateTimeKind.Unspecified), Amsterdam));
        Assert.False(office.IsWithin(new DateTime(2026, 11, 30, 6, 59, 0, DateTimeKind.Unspecified), Amsterdam));
    }

    /// <summary>How many minutes of the 26 hours from <paramref name="from"/> fall within <paramref name="hours"/>.</summary>
    private static int MinutesWithin(SupportHours hours, DateTime from) =>
        Enumerable.Range(0, 26 * 60).Count(m => hours.IsWithin(from.AddMinutes(m), Amsterdam));
}
