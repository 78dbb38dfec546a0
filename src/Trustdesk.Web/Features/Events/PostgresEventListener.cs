using Npgsql;
using Trustdesk.Web.Api.Outages;

namespace Trustdesk.Web.Features.Events;

/// <summary>
/// On PostgreSQL, receives the change events of every server sharing the database (its own included) on one
/// dedicated connection that LISTENs, and hands them to this process's hub. When the connection drops it ends the
/// open streams (their clients reconnect and re-read, so none trusts a stream with a hole in it) and reconnects
/// with a growing pause. LISTEN reads no table, so the app role's connection string serves.
/// </summary>
public sealed partial class PostgresEventListener(EventHub hub, string connectionString, ILogger<PostgresEventListener> log)
    : BackgroundService
{
    public const string Channel = Trustdesk.Data.PendingNotifications.Channel;

    // A silent connection is proved alive this often: a dead one might otherwise wait forever.
    private static readonly TimeSpan Probe = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pause = FirstPause;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(onListening: () => pause = FirstPause, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Whatever broke the connection, the listener must outlive it: streams rely on it.
                hub.MarkInterrupted();
                // An outage is logged once by DatabaseOutage; each attempt here says why in a line, without a stack trace.
                if (UnusableDatabase.Explains(e)) LogUnreachable(log, UnusableDatabase.Reason(e), pause.TotalMilliseconds);
                else LogLost(log, e, pause.TotalMilliseconds);
                try
                {
                    await Task.Delay(pause, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
            }
        }
    }

    private async Task ListenAsync(Action onListening, CancellationToken stoppingToken)
    {
        // Not pooled: a pooled connection would carry its LISTEN back into the pool.
        var dedicated = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, ApplicationName = "trustdesk-events" };
        await using var connection = new NpgsqlConnection(dedicated.ConnectionString);
        connection.Notification += (_, e) =>
        {
            if (ChangeEvent.FromPayload(e.Payload) is { } received) hub.Publish([received]);
            else LogIgnored(log, e.Payload.Length);
        };
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
            await listen.ExecuteNonQueryAsync(stoppingToken);
        hub.MarkLive();
        onListening();
        while (true)
        {
            if (await connection.WaitAsync(Probe, stoppingToken)) continue;
            await using var probe = new NpgsqlCommand("SELECT 1", connection);
            await probe.ExecuteScalarAsync(stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live events: the LISTEN connection failed; open streams ended, reconnecting in {PauseMs} ms")]
    private static partial void LogLost(ILogger logger, Exception exception, double pauseMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live events: the LISTEN connection failed ({Reason}); open streams ended, reconnecting in {PauseMs} ms")]
    private static partial void LogUnreachable(ILogger logger, string reason, double pauseMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Live events: ignored a notification of {Length} characters that is no change event")]
    private static partial void LogIgnored(ILogger logger, int length);
}
