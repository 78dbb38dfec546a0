namespace Trustdesk.Bench.Reporting;

/// <summary>
/// The 1-minute load average: on shared cores other work skews the figures, and this shows when it did.
/// </summary>
internal static class LoadAverage
{
    public static double? Now()
    {
        const string file = "/proc/loadavg";
        if (!File.Exists(file)) return null;
        var first = File.ReadAllText(file).Split(' ')[0];
        return double.TryParse(first, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
