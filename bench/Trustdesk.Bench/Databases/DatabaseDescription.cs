using Microsoft.Data.Sqlite;
using Npgsql;

namespace Trustdesk.Bench.Databases;

/// <summary>The database engine and the settings that move write and read latency, for the report.</summary>
internal static class DatabaseDescription
{
    public static async Task<string> DescribeAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        if (options.Sqlite)
        {
            await using var sqlite = new SqliteConnection("Data Source=:memory:");
            await sqlite.OpenAsync(cancellationToken);
            await using var version = new SqliteCommand("SELECT sqlite_version()", sqlite);
            return $"SQLite {await version.ExecuteScalarAsync(cancellationToken)} (Microsoft.Data.Sqlite), WAL journal, on local disk";
        }

        await using var connection = new NpgsqlConnection(options.PostgresConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT current_setting('server_version'), current_setting('fsync'), current_setting('synchronous_commit'), " +
            "current_setting('shared_buffers'), current_setting('work_mem'), current_setting('jit')", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return $"PostgreSQL {reader.GetString(0)} on {connection.Host}:{connection.Port}; fsync={reader.GetString(1)}, " +
               $"synchronous_commit={reader.GetString(2)}, shared_buffers={reader.GetString(3)}, work_mem={reader.GetString(4)}, jit={reader.GetString(5)}";
    }
}
