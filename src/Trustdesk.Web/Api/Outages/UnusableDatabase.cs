using Microsoft.Data.Sqlite;
using Npgsql;

namespace Trustdesk.Web.Api.Outages;

/// <summary>
/// Whether an exception says that the database cannot be used just now, as opposed to a statement of ours being wrong:
/// the first is an outage (503, try again), the second a fault of the app (500, logged with its stack trace).
/// </summary>
public static class UnusableDatabase
{
    // SQLite's primary result codes: another connection holds the lock past the busy timeout; the file cannot be opened.
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteCantOpen = 14;

    /// <summary>True when <paramref name="exception"/> or one it wraps (EF Core wraps a failed save) is such a failure.</summary>
    public static bool Explains(Exception exception) => Cause(exception) is not null;

    /// <summary>The failure's own words, for the log: no stack trace, no statement.</summary>
    public static string Reason(Exception exception) => (Cause(exception) ?? exception).Message;

    private static Exception? Cause(Exception exception)
    {
        for (var cause = exception; cause is not null; cause = cause.InnerException)
            if (Unusable(cause)) return cause;
        return null;
    }

    private static bool Unusable(Exception exception) => exception switch
    {
        // FATAL ends the session: the server refuses the connection (the database does not accept connections, is
        // shutting down or starting up, too many connections, the role may not log in) or ended it (terminated).
        PostgresException postgres => postgres.InvariantSeverity is "FATAL" or "PANIC"
            || postgres.SqlState.StartsWith("08", StringComparison.Ordinal) // connection exception
            || postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow,
        // No answer from the server at all: connection refused or reset, a statement past its timeout, the pool found no
        // connection in time.
        NpgsqlException npgsql => npgsql.IsTransient,
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteCantOpen,
        _ => false,
    };
}
