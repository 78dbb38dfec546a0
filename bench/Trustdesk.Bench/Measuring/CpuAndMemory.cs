using System.Globalization;

namespace Trustdesk.Bench.Measuring;

/// <summary>
/// CPU time and memory read from Linux's <c>/proc</c>, so the figures need no agent in the server: a process's user +
/// system time (<c>/proc/PID/stat</c>, in clock ticks of 10 ms), its resident memory now and at its peak
/// (<c>VmRSS</c>, <c>VmHWM</c> of <c>/proc/PID/status</c>), and the whole machine's busy time (<c>/proc/stat</c>).
/// Elsewhere every reading is zero.
/// </summary>
internal static class CpuAndMemory
{
    private const double MillisecondsPerTick = 10; // USER_HZ is 100 on Linux (getconf CLK_TCK).

    /// <summary>CPU milliseconds (user + system) the process has used so far, 0 when it is gone.</summary>
    public static double ProcessCpuMilliseconds(int pid)
    {
        var stat = Read($"/proc/{pid}/stat");
        if (stat is null) return 0;
        // The command name (field 2) may hold spaces; the fields after it are counted from its closing parenthesis.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (Ticks(fields[11]) + Ticks(fields[12])) * MillisecondsPerTick;
    }

    /// <summary>
    /// CPU milliseconds of a process and its direct children (PostgreSQL: the postmaster and its backends), those that
    /// ended included: a child's time moves to its parent's <c>cutime</c>/<c>cstime</c> when the parent reaps it, so a
    /// backend that closes during a measurement neither vanishes from the total nor makes it go down.
    /// </summary>
    public static double ProcessTreeCpuMilliseconds(int parent)
    {
        var total = ProcessCpuMilliseconds(parent);
        if (Read($"/proc/{parent}/stat") is { } own)
        {
            var ownFields = own[(own.LastIndexOf(')') + 2)..].Split(' ');
            total += (Ticks(ownFields[13]) + Ticks(ownFields[14])) * MillisecondsPerTick;
        }
        foreach (var folder in Directory.Exists("/proc") ? Directory.EnumerateDirectories("/proc") : [])
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid) || pid == parent) continue;
            var stat = Read($"/proc/{pid}/stat");
            if (stat is null) continue;
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // Field 4, the parent's pid, is the second after the command name.
            if (fields[1] == parent.ToString(CultureInfo.InvariantCulture))
                total += (Ticks(fields[11]) + Ticks(fields[12])) * MillisecondsPerTick;
        }
        return total;
    }

    /// <summary>Resident memory now and the peak since the process started, in MiB.</summary>
    public static (double Resident, double Peak) ProcessMemoryMib(int pid)
    {
        double resident = 0, peak = 0;
        foreach (var line in Read($"/proc/{pid}/status")?.Split('\n') ?? [])
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) resident = Kib(line) / 1024;
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) peak = Kib(line) / 1024;
        }
        return (resident, peak);
    }

    /// <summary>Milliseconds every core of the machine has spent busy (not idle, not waiting for I/O), summed over cores.</summary>
    public static double MachineBusyMilliseconds()
    {
        var line = Read("/proc/stat")?.Split('\n')[0];
        if (line is null || !line.StartsWith("cpu ", StringComparison.Ordinal)) return 0;
        var ticks = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(Ticks).ToArray();
        // user nice system idle iowait irq softirq steal …: everything but idle and iowait.
        return (ticks.Take(8).Sum() - ticks[3] - ticks[4]) * MillisecondsPerTick;
    }

    private static long Ticks(string text) => long.Parse(text, CultureInfo.InvariantCulture);

    private static double Kib(string line) =>
        double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    private static string? Read(string file)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
