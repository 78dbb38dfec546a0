using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Trustdesk.Domain.Catalog;

/// <summary>
/// A weekly calendar of support hours: per day of the week, the periods (local times of day) in which a service
/// offering's targets run. It reads periods such as <c>{mon..fri 08:00-17:00}</c> and holds them in one canonical
/// form, written as text like <c>mon-fri 08:00-12:00; mon-fri 13:00-17:00; sat 09:00-12:00</c>: periods of one day
/// never overlap, periods that touch are joined, and days with the same period are grouped. Which time zone the
/// times are in is the offering's business; <see cref="IsWithin"/> is told. (No calendar at all means 24x7.)
/// </summary>
public sealed partial class SupportHours
{
    /// <summary>The days of the week as written, Monday first.</summary>
    public static readonly IReadOnlyList<string> DayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    private const int MinutesPerDay = 24 * 60;

    // Per day (0 = Monday): sorted, disjoint, non-touching [start, end) intervals in minutes after midnight.
    private readonly IReadOnlyList<Interval>[] _days;

    private SupportHours(IReadOnlyList<Interval>[] days)
    {
        _days = days;
        Periods = Group(days);
    }

    /// <summary>A period as given or as shown: the days it applies to, and its start and end as <c>hh:mm</c> (end may be <c>24:00</c>).</summary>
    public sealed record Period(IReadOnlyList<string?>? Days, string? Start, string? End);

    /// <summary>Minutes after local midnight, start included, end excluded.</summary>
    public readonly record struct Interval(int Start, int End);

    /// <summary>The calendar in canonical form: grouped by period, ordered by first day and start.</summary>
    public IReadOnlyList<Period> Periods { get; }

    /// <summary>The periods of one day, in order.</summary>
    public IReadOnlyList<Interval> On(DayOfWeek day) => _days[Index(day)];

    /// <summary>
    /// Reads <paramref name="periods"/>; null with <paramref name="errors"/> saying what is wrong (one text per
    /// problem, periods counted from 1) when they do not make a calendar.
    /// </summary>
    public static SupportHours? TryCreate(IReadOnlyList<Period?> periods, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        errors = problems;
        if (periods.Count == 0)
        {
            problems.Add("must list at least one period (null means 24x7)");
            return null;
        }

        var days = Enumerable.Range(0, 7).Select(_ => new List<Interval>()).ToArray();
        for (var n = 0; n < periods.Count; n++)
        {
            var label = $"period {n + 1}";
            if (periods[n] is not { } period)
            {
                problems.Add($"{label} must be an object with days, start and end");
                continue;
            }
            var before = problems.Count;
            var dayIndexes = ReadDays(period.Days, label, problems);
            var start = ReadTime(period.Start, allowEndOfDay: false);
            var end = ReadTime(period.End, allowEndOfDay: true);
            if (start is null) problems.Add($"{label}: start must be a time of day as hh:mm");
            if (end is null) problems.Add($"{label}: end must be a time of day as hh:mm (24:00 for midnight)");
            if (start is not null && end is not null && start >= end)
                problems.Add($"{label}: start must be before end (split a period that runs past midnight over two days)");
            if (problems.Count > before) continue;
            foreach (var day in dayIndexes) days[day].Add(new Interval(start!.Value, end!.Value));
        }
        if (problems.Count > 0) return null;

        var normalized = new IReadOnlyList<Interval>[7];
        for (var day = 0; day < 7; day++)
        {
            var merged = new List<Interval>();
            foreach (var interval in days[day].OrderBy(i => i.Start).ThenBy(i => i.End))
            {
                if (merged.Count > 0 && interval.Start < merged[^1].End)
                {
                    problems.Add($"{DayNames[day]}: {Text(merged[^1])} and {Text(interval)} overlap");
                    continue;
                }
                // Periods that touch (08:00-12:00 and 12:00-17:00) are one period.
                if (merged.Count > 0 && interval.Start == merged[^1].End) merged[^1] = merged[^1] with { End = interval.End };
                else merged.Add(interval);
            }
            normalized[day] = merged;
        }
        return problems.Count > 0 ? null : new SupportHours(normalized);
    }

    /// <summary>Reads the text form (<see cref="ToString"/>, or any equivalent spelling of it).</summary>
    public static SupportHours? TryParse(string? text, out IReadOnlyList<string> errors)
    {
        var periods = new List<Period?>();
        foreach (var part in (text ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var match = TextPeriod().Match(part);
            if (!match.Success)
            {
                errors = [$"'{part}' is not written as <days> hh:mm-hh:mm"];
                return null;
            }
            var days = new List<string?>();
            foreach (var token in match.Groups["days"].Value.Split(','))
            {
                var range = token.Split('-');
                var first = IndexOf(range[0]);
                var last = range.Length == 2 ? IndexOf(range[1]) : first;
                if (range.Length > 2 || first < 0 || last < first)
                {
                    errors = [$"'{token}' is not a day or a range of days such as mon-fri"];
                    return null;
                }
                for (var day = first; day <= last; day++) days.Add(DayNames[day]);
            }
            periods.Add(new Period(days, match.Groups["start"].Value, match.Groups["end"].Value));
        }
        return TryCreate(periods, out errors);
    }

    /// <summary>Reads text this type wrote; anything else is a bug in whoever stored it.</summary>
    public static SupportHours Parse(string text) =>
        TryParse(text, out var errors) ?? throw new FormatException($"Not support hours: '{text}' ({string.Join("; ", errors)})");

    /// <summary>
    /// Whether <paramref name="instant"/> (a UTC time; an unspecified kind is taken as UTC) falls within the support
    /// hours as kept in <paramref name="zone"/>, so daylight saving time moves the hours with the local clock.
    /// </summary>
    public bool IsWithin(DateTime instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var utc = instant.Kind switch
        {
            DateTimeKind.Local => instant.ToUniversalTime(),
            DateTimeKind.Unspecified => DateTime.SpecifyKind(instant, DateTimeKind.Utc),
            _ => instant,
        };
        var local = TimeZoneInfo.ConvertTimeFromUtc(utc, zone);
        var minute = local.TimeOfDay.TotalMinutes;
        return _days[Index(local.DayOfWeek)].Any(i => i.Start <= minute && minute < i.End);
    }

    /// <summary>The canonical text, e.g. <c>mon-fri 08:00-17:00; sat 09:00-12:00</c>.</summary>
    public override string ToString() =>
        string.Join("; ", Periods.Select(p => $"{DayList(p.Days!)} {p.Start}-{p.End}"));

    private static List<Period> Group(IReadOnlyList<Interval>[] days) =>
        days.SelectMany((intervals, day) => intervals.Select(interval => (day, interval)))
            .GroupBy(x => x.interval)
            .Select(g => (Days: g.Select(x => x.day).Order().ToList(), Interval: g.Key))
            .OrderBy(g => g.Days[0]).ThenBy(g => g.Interval.Start).ThenBy(g => g.Interval.End)
            .Select(g => new Period(g.Days.Select(d => (string?)DayNames[d]).ToList(), Time(g.Interval.Start), Time(g.Interval.End)))
            .ToList();

    private static List<int> ReadDays(IReadOnlyList<string?>? names, string label, List<string> problems)
    {
        var days = new List<int>();
        if (names is null || names.Count == 0)
        {
            problems.Add($"{label}: days must list at least one of {string.Join(", ", DayNames)}");
            return days;
        }
        foreach (var name in names)
        {
            var day = IndexOf(name);
            if (day < 0) problems.Add($"{label}: '{name}' is not one of {string.Join(", ", DayNames)}");
            else if (days.Contains(day)) problems.Add($"{label}: {name} is listed more than once");
            else days.Add(day);
        }
        return days;
    }

    private static int? ReadTime(string? text, bool allowEndOfDay)
    {
        if (text is null || !TimeOfDay().IsMatch(text)) return allowEndOfDay && text == "24:00" ? MinutesPerDay : null;
        return (int.Parse(text.AsSpan(0, 2), CultureInfo.InvariantCulture) * 60) + int.Parse(text.AsSpan(3, 2), CultureInfo.InvariantCulture);
    }

    /// <summary>Days as runs: mon, tue, wed, fri → <c>mon-wed,fri</c>.</summary>
    private static string DayList(IReadOnlyList<string?> names)
    {
        var indexes = names.Select(IndexOf).ToList();
        var text = new StringBuilder();
        for (var i = 0; i < indexes.Count; i++)
        {
            var runEnd = i;
            while (runEnd + 1 < indexes.Count && indexes[runEnd + 1] == indexes[runEnd] + 1) runEnd++;
            if (text.Length > 0) text.Append(',');
            text.Append(DayNames[indexes[i]]);
            if (runEnd > i) text.Append('-').Append(DayNames[indexes[runEnd]]);
            i = runEnd;
        }
        return text.ToString();
    }

    private static int IndexOf(string? name) => name is null ? -1 : DayNames.ToList().IndexOf(name);

    private static int Index(DayOfWeek day) => ((int)day + 6) % 7;

    private static string Time(int minutes) => $"{minutes / 60:00}:{minutes % 60:00}";

    private static string Text(Interval interval) => $"{Time(interval.Start)}-{Time(interval.End)}";

    [GeneratedRegex("^([01][0-9]|2[0-3]):[0-5][0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"^(?<days>[a-z,\-]+)\s+(?<start>\d\d:\d\d)-(?<end>\d\d:\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex TextPeriod();
}
