using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.Requests;

namespace Trustdesk.Domain.Tests;

public class SupportTimeTests
{
    private const string Amsterdam = "Europe/Amsterdam";
    private const string NewYork = "America/New_York";
    private const string SaoPaulo = "America/Sao_Paulo";

    private static SupportTime Hours(string calendar, string zone) => new(SupportHours.Parse(calendar), zone);

    private static DateTime Utc(int year, int month, int day, int hour, int minute, int second = 0) =>
        new(year, month, day, hour, minute, second, DateTimeKind.Utc);

    [Fact]
    public void Office_hours_stop_over_the_weekend()
    {
        var office = Hours("mon-fri 08:00-17:00", Amsterdam);

        // Friday 27 November 2026 16:00 CET (UTC+1): 60 minutes until 17:00, the other 60 from Monday 08:00, so 09:00 CET.
        Assert.Equal(Utc(2026, 11, 30, 8, 0), office.AddSupportMinutes(Utc(2026, 11, 27, 15, 0), 120));
        Assert.Equal(120, office.SupportMinutesBetween(Utc(2026, 11, 27, 15, 0), Utc(2026, 11, 30, 8, 0)));

        // Saturday 11:00 CET is outside hours: counting begins at Monday's opening, 08:00 CET, so 08:30 CET.
        Assert.Equal(Utc(2026, 11, 30, 7, 30), office.AddSupportMinutes(Utc(2026, 11, 28, 10, 0), 30));
        Assert.Equal(0, office.SupportMinutesBetween(Utc(2026, 11, 28, 10, 0), Utc(2026, 11, 29, 20, 0)));
    }

    [Fact]
    public void A_target_used_up_at_closing_time_falls_at_closing_time()
    {
        var office = Hours("mon-fri 08:00-17:00", Amsterdam);

        // Monday 30 November 2026 08:00 CET: a full day of 540 minutes is used up at 17:00 CET, not at Tuesday's opening.
        Assert.Equal(Utc(2026, 11, 30, 16, 0), office.AddSupportMinutes(Utc(2026, 11, 30, 7, 0), 540));
        // One minute more is Tuesday 08:01 CET.
        Assert.Equal(Utc(2026, 12, 1, 7, 1), office.AddSupportMinutes(Utc(2026, 11, 30, 7, 0), 541));
        // No time at all passes at once, even outside hours (Saturday).
        Assert.Equal(Utc(2026, 11, 28, 10, 0), office.AddSupportMinutes(Utc(2026, 11, 28, 10, 0), 0));
    }

    [Fact]
    public void Ten_thousand_minutes_cross_the_year_end_by_whole_weeks()
    {
        var office = Hours("mon-fri 08:00-17:00", Amsterdam);
        var start = Utc(2026, 12, 21, 7, 0); // Monday 21 December 2026 08:00 CET

        // A week holds 5 × 540 = 2700 minutes: 3 weeks (8100) reach Monday 11 January 2027 08:00 with 1900 left;
        // 3 days (1620) reach Thursday 14 January 08:00 with 280 left, so 12:40 CET.
        Assert.Equal(Utc(2027, 1, 14, 11, 40), office.AddSupportMinutes(start, 10_000));
        Assert.Equal(10_000, office.SupportMinutesBetween(start, Utc(2027, 1, 14, 11, 40)));
    }

    [Fact]
    public void A_million_minutes_take_no_longer_than_ten_thousand()
    {
        var office = Hours("mon-fri 08:00-17:00", Amsterdam);

        // 1,000,000 = 370 weeks × 2700 + 1000: from Monday 30 November 2026 08:00 CET, 370 weeks (2590 days) reach
        // Monday 2 January 2034 08:00; 540 that day and 460 on Tuesday 3 January reach 15:40 CET. The fourteen
        // daylight saving changes on the way all fall on Sunday nights, outside hours.
        Assert.Equal(Utc(2034, 1, 3, 14, 40), office.AddSupportMinutes(Utc(2026, 11, 30, 7, 0), 1_000_000));
        Assert.Equal(1_000_000, office.SupportMinutesBetween(Utc(2026, 11, 30, 7, 0), Utc(2034, 1, 3, 14, 40)));
    }

    [Fact]
    public void Office_hours_follow_the_local_clock_across_daylight_saving_changes()
    {
        var office = Hours("mon-fri 08:00-17:00", Amsterdam);

        // Spring: Friday 27 March 2026 16:00 CET (UTC+1) + 120 is Monday 30 March 09:00 CEST (UTC+2), 07:00 UTC.
        Assert.Equal(Utc(2026, 3, 30, 7, 0), office.AddSupportMinutes(Utc(2026, 3, 27, 15, 0), 120));
        Assert.Equal(120, office.SupportMinutesBetween(Utc(2026, 3, 27, 15, 0), Utc(2026, 3, 30, 7, 0)));

        // Autumn: Friday 23 October 2026 16:00 CEST + 120 is Monday 26 October 09:00 CET, 08:00 UTC.
        Assert.Equal(Utc(2026, 10, 26, 8, 0), office.AddSupportMinutes(Utc(2026, 10, 23, 14, 0), 120));

        // New York: Friday 6 March 2026 16:00 EST (UTC-5) + 120 is Monday 9 March 10:00 EDT (UTC-4), 14:00 UTC;
        // Friday 30 October 2026 16:00 EDT + 120 is Monday 2 November 10:00 EST, 15:00 UTC.
        var newYork = Hours("mon-fri 09:00-17:00", NewYork);
        Assert.Equal(Utc(2026, 3, 9, 14, 0), newYork.AddSupportMinutes(Utc(2026, 3, 6, 21, 0), 120));
        Assert.Equal(Utc(2026, 11, 2, 15, 0), newYork.AddSupportMinutes(Utc(2026, 10, 30, 20, 0), 120));
    }

    [Fact]
    public void A_whole_day_is_23_hours_in_spring_and_25_in_autumn()
    {
        var sunday = Hours("sun 00:00-24:00", Amsterdam);

        // Sunday 29 March 2026 runs from 23:00 UTC Saturday (00:00 CET) to 22:00 UTC (24:00 CEST): 23 hours.
        Assert.Equal(23 * 60, sunday.SupportMinutesBetween(Utc(2026, 3, 28, 12, 0), Utc(2026, 3, 30, 12, 0)));
        Assert.Equal(Utc(2026, 3, 29, 22, 0), sunday.AddSupportMinutes(Utc(2026, 3, 28, 12, 0), 23 * 60));
        // The next minute is the first of the next Sunday: 5 April 00:01 CEST, 22:01 UTC on Saturday.
        Assert.Equal(Utc(2026, 4, 4, 22, 1), sunday.AddSupportMinutes(Utc(2026, 3, 28, 12, 0), (23 * 60) + 1));

        // Sunday 1 November 2026 in New York runs from 04:00 UTC (00:00 EDT) to 05:00 UTC Monday (24:00 EST): 25 hours.
        var newYorkSunday = Hours("sun 00:00-24:00", NewYork);
        Assert.Equal(25 * 60, newYorkSunday.SupportMinutesBetween(Utc(2026, 10, 31, 12, 0), Utc(2026, 11, 2, 12, 0)));
        Assert.Equal(Utc(2026, 11, 2, 5, 0), newYorkSunday.AddSupportMinutes(Utc(2026, 10, 31, 12, 0), 25 * 60));
    }

    [Fact]
    public void An_hour_the_clock_skips_is_no_support_time()
    {
        // On 29 March 2026 Amsterdam's clock jumps from 02:00 to 03:00: 02:00-03:00 that night never happens,
        // so the first 30 minutes of it are on Sunday 5 April, 02:30 CEST = 00:30 UTC.
        Assert.Equal(Utc(2026, 4, 5, 0, 30), Hours("sun 02:00-03:00", Amsterdam).AddSupportMinutes(Utc(2026, 3, 28, 12, 0), 30));

        // Of 02:30-04:00 only 03:00-04:00 CEST (01:00-02:00 UTC) happens: 60 minutes, the first 30 ending at 03:30 CEST.
        var partly = Hours("sun 02:30-04:00", Amsterdam);
        Assert.Equal(60, partly.SupportMinutesBetween(Utc(2026, 3, 28, 12, 0), Utc(2026, 3, 30, 0, 0)));
        Assert.Equal(Utc(2026, 3, 29, 1, 30), partly.AddSupportMinutes(Utc(2026, 3, 28, 12, 0), 30));
    }

    [Fact]
    public void An_hour_the_clock_repeats_counts_twice()
    {
        // On 25 October 2026 Amsterdam's clock goes back from 03:00 CEST to 02:00 CET: 02:00-03:00 happens at
        // 00:00-01:00 UTC and again at 01:00-02:00 UTC. 90 minutes end at 02:30 CET the second time, 01:30 UTC.
        var repeated = Hours("sun 02:00-03:00", Amsterdam);
        Assert.Equal(120, repeated.SupportMinutesBetween(Utc(2026, 10, 24, 22, 0), Utc(2026, 10, 25, 22, 0)));
        Assert.Equal(Utc(2026, 10, 25, 1, 30), repeated.AddSupportMinutes(Utc(2026, 10, 24, 12, 0), 90));

        // 00:00-02:30 is 22:00-00:30 UTC (150 minutes, 02:30 CEST), then again 01:00-01:30 UTC (02:00-02:30 CET):
        // 180 minutes, and 160 minutes end at 02:10 CET, 01:10 UTC.
        var night = Hours("sun 00:00-02:30", Amsterdam);
        Assert.Equal(180, night.SupportMinutesBetween(Utc(2026, 10, 24, 22, 0), Utc(2026, 10, 25, 22, 0)));
        Assert.Equal(Utc(2026, 10, 25, 1, 10), night.AddSupportMinutes(Utc(2026, 10, 24, 22, 0), 160));
    }

    [Fact]
    public void Periods_ending_at_midnight_run_to_midnight()
    {
        var evenings = Hours("mon-fri 20:00-24:00", Amsterdam);

        // Monday 30 November 2026 23:00 CET: 60 minutes end at 24:00 CET (23:00 UTC); 90 end at Tuesday 20:30 CET.
        Assert.Equal(Utc(2026, 11, 30, 23, 0), evenings.AddSupportMinutes(Utc(2026, 11, 30, 22, 0), 60));
        Assert.Equal(Utc(2026, 12, 1, 19, 30), evenings.AddSupportMinutes(Utc(2026, 11, 30, 22, 0), 90));

        // Sunday 22:00-24:00 runs on into Monday 00:00-02:00 across the end of the week: from Sunday 29 November
        // 22:30 CET, 90 minutes to midnight and 30 on Monday end at Monday 00:30 CET, 23:30 UTC on Sunday.
        var aroundMidnight = Hours("mon 00:00-02:00; sun 22:00-24:00", Amsterdam);
        Assert.Equal(Utc(2026, 11, 29, 23, 30), aroundMidnight.AddSupportMinutes(Utc(2026, 11, 29, 21, 30), 120));
        Assert.Equal(120, aroundMidnight.SupportMinutesBetween(Utc(2026, 11, 29, 21, 30), Utc(2026, 11, 29, 23, 30)));
    }

    [Fact]
    public void Sao_Paulo_keeps_its_own_hours_and_its_former_midnight_clock_change()
    {
        // Brazil has kept UTC-3 all year since 2019. Thursday 31 December 2026 17:00 (20:00 UTC) + 120:
        // 60 until 18:00, then New Year's Day (a Friday; the calendar has no holidays) 08:00 + 60 = 09:00, 12:00 UTC.
        var office = Hours("mon-fri 08:00-18:00", SaoPaulo);
        Assert.Equal(Utc(2027, 1, 1, 12, 0), office.AddSupportMinutes(Utc(2026, 12, 31, 20, 0), 120));

        // On 4 November 2018 the clock jumped from 00:00 to 01:00 (UTC-3 to UTC-2). Friday 2 November 17:00 BRT
        // (20:00 UTC) + 120 is Monday 5 November 09:00 BRST, 11:00 UTC.
        Assert.Equal(Utc(2018, 11, 5, 11, 0), office.AddSupportMinutes(Utc(2018, 11, 2, 20, 0), 120));

        // A weekend shift then had 24 + 23 hours: Saturday 00:00 BRT (03:00 UTC) to Monday 00:00 BRST (02:00 UTC),
        // and Saturday ended at 03:00 UTC on Sunday, when the clock already showed 01:00.
        var weekend = Hours("sat-sun 00:00-24:00", SaoPaulo);
        Assert.Equal(47 * 60, weekend.SupportMinutesBetween(Utc(2018, 11, 2, 12, 0), Utc(2018, 11, 5, 12, 0)));
        Assert.Equal(Utc(2018, 11, 4, 3, 0), weekend.AddSupportMinutes(Utc(2018, 11, 3, 3, 0), 24 * 60));
        Assert.Equal(Utc(2018, 11, 4, 3, 1), weekend.AddSupportMinutes(Utc(2018, 11, 3, 3, 0), (24 * 60) + 1));
    }

    [Fact]
    public void Without_support_hours_every_minute_counts()
    {
        var allDay = new SupportTime(null, Amsterdam);

        // 24x7 counts elapsed time, not the local clock: the 23-hour Sunday of 29 March 2026 is 23 hours.
        Assert.Equal(Utc(2026, 3, 29, 23, 0), allDay.AddSupportMinutes(Utc(2026, 3, 28, 23, 0), 24 * 60));
        Assert.Equal(23 * 60, allDay.SupportMinutesBetween(Utc(2026, 3, 28, 23, 0), Utc(2026, 3, 29, 22, 0)));
        Assert.Equal(Utc(2026, 12, 8, 10, 40), SupportTime.AllHours.AddSupportMinutes(Utc(2026, 12, 1, 12, 0), 10_000)); // 6 d 22 h 40 min
    }

    [Fact]
    public void Seconds_count_and_minutes_between_are_whole_minutes()
    {
        var office = Hours("mon-fri 08:00-17:00", Amsterdam);

        // Friday 27 November 2026 16:59:30 CET: 30 seconds that day, 30 on Monday, so Monday 08:00:30 CET.
        Assert.Equal(Utc(2026, 11, 30, 7, 0, 30), office.AddSupportMinutes(Utc(2026, 11, 27, 15, 59, 30), 1));
        Assert.Equal(TimeSpan.FromSeconds(50), office.SupportTimeBetween(Utc(2026, 11, 27, 15, 59, 30), Utc(2026, 11, 30, 7, 0, 20)));
        Assert.Equal(0, office.SupportMinutesBetween(Utc(2026, 11, 27, 15, 59, 30), Utc(2026, 11, 30, 7, 0, 20)));
        Assert.Equal(1, office.SupportMinutesBetween(Utc(2026, 11, 27, 15, 59, 30), Utc(2026, 11, 30, 7, 0, 30)));

        // A stored time without a kind is UTC.
        Assert.Equal(Utc(2026, 11, 30, 8, 0), office.AddSupportMinutes(new DateTime(2026, 11, 27, 15, 0, 0, DateTimeKind.Unspecified), 120));
        Assert.Equal(DateTimeKind.Utc, office.AddSupportMinutes(new DateTime(2026, 11, 27, 15, 0, 0, DateTimeKind.Unspecified), 120).Kind);
    }

    [Fact]
    public void An_offering_supplies_its_hours_and_zone()
    {
        var offering = new ServiceOffering { SupportHours = "mon-fri 08:00-17:00", SupportHoursTimeZone = SaoPaulo };
        // Friday 27 November 2026 16:00 BRT (19:00 UTC) + 120 is Monday 30 November 09:00 BRT, 12:00 UTC.
        Assert.Equal(Utc(2026, 11, 30, 12, 0), SupportTime.Of(offering).AddSupportMinutes(Utc(2026, 11, 27, 19, 0), 120));

        var allDay = new ServiceOffering { SupportHours = null, SupportHoursTimeZone = SaoPaulo };
        Assert.Equal(Utc(2026, 11, 27, 21, 0), SupportTime.Of(allDay).AddSupportMinutes(Utc(2026, 11, 27, 19, 0), 120));
    }

    [Fact]
    public void Impossible_questions_are_refused()
    {
        var office = Hours("mon-fri 08:00-17:00", Amsterdam);
        Assert.Throws<ArgumentOutOfRangeException>(() => office.AddSupportMinutes(Utc(2026, 11, 30, 7, 0), -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => office.SupportMinutesBetween(Utc(2026, 11, 30, 7, 0), Utc(2026, 11, 30, 6, 59)));
        Assert.Throws<TimeZoneNotFoundException>(() => Hours("mon-fri 08:00-17:00", "Europe/Atlantis"));
        // A calendar without hours cannot be written, so no support time is ever without a target date.
        Assert.Null(SupportHours.TryParse("", out _));
    }
}
