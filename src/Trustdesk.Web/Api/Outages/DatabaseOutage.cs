namespace Trustdesk.Web.Api.Outages;

/// <summary>
/// What this process knows of a database outage, so the log says once that it began and once that it ended instead of
/// once per call. It begins at the first call the database could not serve and ends at the first commit that started
/// after it began: reads alone do not end it, since SQLite goes on serving reads while another holds its write lock.
/// </summary>
public sealed partial class DatabaseOutage(ILogger<DatabaseOutage> log)
{
    private readonly Lock _lock = new();

    // The outage's start in UTC ticks, 0 while there is none; read without the lock on every commit.
    private long _since;
    private long _refused;

    /// <summary>A call was answered 503 because of <paramref name="cause"/>.</summary>
    public void Refused(Exception cause)
    {
        bool began;
        lock (_lock)
        {
            began = _since == 0;
            if (began) Volatile.Write(ref _since, Now());
            _refused++;
        }
        if (began) LogBegan(log, UnusableDatabase.Reason(cause));
    }

    /// <summary>The database committed a transaction whose commit started at <paramref name="startedAt"/>.</summary>
    public void Committed(DateTimeOffset startedAt)
    {
        if (Volatile.Read(ref _since) == 0) return;
        long since, refused;
        lock (_lock)
        {
            since = _since;
            if (since == 0 || startedAt.UtcTicks < since) return;
            refused = _refused;
            (_since, _refused) = (0, 0);
        }
        LogEnded(log, (int)Math.Ceiling(TimeSpan.FromTicks(Now() - since).TotalSeconds), refused);
    }

    // The system clock, not the app's TimeProvider: EF Core stamps the commit with it, and a test's fake clock must not
    // decide whether a commit came after the outage began.
    private static long Now() => DateTimeOffset.UtcNow.UtcTicks;

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Database outage: the database cannot be used ({Reason}); calls are answered 503 with Retry-After until it can")]
    private static partial void LogBegan(ILogger logger, string reason);

    // A warning, not information: the end belongs next to the beginning in a log read at warning level.
    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Database outage over: the database committed again after {Seconds} s; {Refused} calls were answered 503 meanwhile")]
    private static partial void LogEnded(ILogger logger, int seconds, long refused);
}
