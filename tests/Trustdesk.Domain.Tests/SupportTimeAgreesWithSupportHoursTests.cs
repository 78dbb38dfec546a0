using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.Requests;

namespace Trustdesk.Domain.Tests;

/// <summary>
/// Support time is computed with arithmetic; <see cref="SupportHours.IsWithin"/> answers one instant at a time. Around
/// clock changes, counted minute by minute, the two must agree, and adding support time must undo counting it.
/// </summary>
public class SupportTimeAgreesWithSupportHoursTests
{
    public static TheoryData<string, string, string> Changes => new()
    {
        { "Europe/Amsterdam", "mon-fri 08:00-17:00; sat-sun 01:30-02:30", "2026-03-27T12:00:00Z" },  // spring, 02:00 → 03:00
        { "Europe/Amsterdam", "sun 00:00-02:30; sun 02:45-24:00; mon 00:00-00:30", "2026-10-24T12:00:00Z" }, // autumn, 03:00 → 02:00
        { "America/New_York", "sat-sun 01:00-03:00; mon 08:00-17:00", "2026-03-07T00:00:00Z" },
        { "America/New_York", "sat-sun 00:30-01:30; sun 22:00-24:00", "2026-10-31T00:00:00Z" },
        { "America/Sao_Paulo", "sat 23:00-24:00; sun 00:00-01:30", "2018-11-02T12:00:00Z" },         // midnight → 01:00
        { "America/Sao_Paulo", "sat 22:30-24:00; sun 00:00-00:10", "2019-02-15T12:00:00Z" },         // midnight → 23:00 the day before
        { "Australia/Sydney", "mon-sun 01:00-03:30", "2026-12-30T12:00:00Z" },                       // summer time over the year end
        { "Australia/Sydney", "sat-sun 01:30-03:30", "2027-04-02T12:00:00Z" },                       // autumn, 03:00 → 02:00
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Counting_agrees_with_the_wall_clock_minute_by_minute(string zoneId, string calendar, string from)
    {
        var hours = SupportHours.Parse(calendar);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var time = new SupportTime(hours, zone);
        var start = DateTime.Parse(from, null, System.Globalization.DateTimeStyles.AdjustToUniversal);

        var within = 0;
        for (var minute = 0; minute < 4 * 24 * 60; minute++)
        {
            var instant = start.AddMinutes(minute);
            Assert.Equal(within, time.SupportMinutesBetween(start, instant));
            if (!hours.IsWithin(instant, zone)) continue;
            within++;
            // The earliest instant at which that many minutes have passed is the end of this minute.
            Assert.Equal(instant.AddMinutes(1), time.AddSupportMinutes(start, within));
        }
        Assert.True(within > 0);
    }
}
