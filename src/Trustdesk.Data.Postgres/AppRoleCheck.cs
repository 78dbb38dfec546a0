using Npgsql;

namespace Trustdesk.Data.Postgres;

/// <summary>Refuses to serve when the app's database role could read around row-level security.</summary>
public static class AppRoleCheck
{
    public static async Task EnsureCannotBypassAsync(string appConnectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(appConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT r.rolsuper OR r.rolbypassrls,
                   (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid AND c.relnamespace = 'public'::regnamespace)
            FROM pg_roles r WHERE r.rolname = current_user
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        if (reader.GetBoolean(0))
            throw new InvalidOperationException("The app's PostgreSQL role is a superuser or may bypass row-level security.");
        if (reader.GetInt64(1) > 0)
            throw new InvalidOperationException("The app's PostgreSQL role owns tables, so row-level security would not bind it.");
    }
}
