using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Trustdesk.Bench.Scenarios.Crash;

/// <summary>
/// The PostgreSQL cluster itself, killed once by the crash scenario as a crash would: the postmaster is stopped
/// (SIGSTOP, so that it can fork nothing more), every process of it and then the postmaster get SIGKILL, and
/// <c>pg_ctl start</c> brings it back on the same data directory, where it recovers from its write-ahead log. Only a
/// cluster on this machine whose processes this user may signal: as its owner, or as root (then <c>pg_ctl</c> runs as
/// the owner through <c>runuser</c>, as .ci/postgres does).
/// </summary>
internal sealed class PostgresCluster
{
    private readonly string _data;
    private readonly string _pgCtl;
    private readonly string? _owner;

    private PostgresCluster(string data, string pgCtl, string? owner) => (_data, _pgCtl, _owner) = (data, pgCtl, owner);

    public string DataDirectory => _data;

    /// <summary>The cluster, or why it cannot be killed from here. Its data directory as given, else as it says itself.</summary>
    public static async Task<(PostgresCluster? Cluster, string? Why)> LocateAsync(string superuser, string? data, CancellationToken cancel)
    {
        if (!OperatingSystem.IsLinux()) return (null, "it is killed on Linux only");
        if (data is null)
        {
            await using var connection = new NpgsqlConnection(superuser);
            await connection.OpenAsync(cancel);
            await using var show = new NpgsqlCommand("SHOW data_directory", connection);
            data = (string)(await show.ExecuteScalarAsync(cancel))!;
        }
        if (Postmaster(data) is not { } pid) return (null, $"{data}/postmaster.pid cannot be read here (another machine, or another user's cluster)");
        if (new FileInfo($"/proc/{pid}/exe").ResolveLinkTarget(returnFinalTarget: true)?.FullName is not { } postgres)
            return (null, $"its postmaster ({pid}) belongs to a user this one may not signal");
        var owner = Uid($"/proc/{pid}/status");
        var me = Uid("/proc/self/status");
        if (owner != me && me != 0) return (null, $"its postmaster ({pid}) belongs to another user");
        return (new PostgresCluster(data, Path.Combine(Path.GetDirectoryName(postgres)!, "pg_ctl"), owner == me ? null : UserName(owner)), null);
    }

    /// <summary>Kills every process of the cluster at once, and returns how many there were once none is left.</summary>
    public async Task<int> KillAsync(CancellationToken cancel)
    {
        var postmaster = Postmaster(_data) ?? throw new InvalidOperationException($"PostgreSQL is not running on {_data}.");
        await RunAsync("kill", ["-STOP", Text(postmaster)], cancel);
        var processes = Children(postmaster).Append(postmaster).ToList();
        await RunAsync("kill", ["-KILL", .. processes.Select(Text)], cancel);
        for (var wait = 0; processes.Any(p => Stat(p) is { State: not 'Z' }); wait++)
        {
            if (wait == 200) throw new TimeoutException("PostgreSQL's processes did not end within 10 s of SIGKILL.");
            await Task.Delay(50, cancel);
        }
        return processes.Count;
    }

    /// <summary><c>pg_ctl start</c>, waiting until the cluster accepts connections again (after its crash recovery).</summary>
    public async Task StartAsync(CancellationToken cancel)
    {
        // Next to .ci/postgres's own log when it is there; otherwise inside the data directory, which the owner may always write.
        var parentLog = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(_data).TrimEnd('/'))!, "server.log");
        var log = File.Exists(parentLog) ? parentLog : Path.Combine(_data, "restart.log");
        string[] pgCtl = [_pgCtl, "-D", _data, "-l", log, "-w", "-t", "120", "start"];
        if (_owner is null) await RunAsync(pgCtl[0], pgCtl[1..], cancel);
        else await RunAsync("runuser", ["-u", _owner, "--", .. pgCtl], cancel);
        NpgsqlConnection.ClearAllPools();
    }

    private static int? Postmaster(string data)
    {
        try
        {
            return int.Parse(File.ReadLines(Path.Combine(data, "postmaster.pid")).First(), CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The processes whose parent is <paramref name="pid"/> (its fourth field in /proc/*/stat, after the name in parentheses).</summary>
    private static IEnumerable<int> Children(int pid) =>
        Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Where(n => n!.All(char.IsAsciiDigit)).Select(n => int.Parse(n!, CultureInfo.InvariantCulture))
            .Where(p => Stat(p)?.Parent == pid).ToList();

    /// <summary>A process's state (Z: ended, not yet reaped) and parent, from /proc/pid/stat (the fields after the name in parentheses).</summary>
    private static (char State, int Parent)? Stat(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (fields[0][0], int.Parse(fields[1], CultureInfo.InvariantCulture));
        }
        catch (IOException)
        {
            return null; // gone
        }
    }

    private static int Uid(string status) =>
        int.Parse(File.ReadLines(status).First(l => l.StartsWith("Uid:", StringComparison.Ordinal)).Split('\t', StringSplitOptions.RemoveEmptyEntries)[1],
            CultureInfo.InvariantCulture);

    private static string UserName(int uid) =>
        File.ReadLines("/etc/passwd").Select(l => l.Split(':')).First(f => f[2] == Text(uid))[0];

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static async Task RunAsync(string program, IEnumerable<string> arguments, CancellationToken cancel)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancel);
        var errors = process.StandardError.ReadToEndAsync(cancel);
        await process.WaitForExitAsync(cancel);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', start.ArgumentList)} failed ({process.ExitCode}): {await output}{await errors}");
    }
}
