using Npgsql;

namespace Trustdesk.Data.Postgres;

/// <summary>
/// Refuses to serve when the app's database role could read around row-level security. Asked before the owner changes
/// anything (migrations, policies, grants), so a refused start leaves the database as it was: asked after them, an app
/// connection that named the owner role first had the owner revoke its own rights on the migrations history, and every
/// later start failed until someone granted them back by hand.
/// </summary>
public static class AppRoleCheck
{
    /// <summary>The app's role (as the server names it) once it is known to be bound by row-level security.</summary>
    public static async Task<string> EnsureCannotBypassAsync(string appConnectionString, string ownerConnectionString, CancellationToken cancellationToken)
    {
        var owner = await CurrentRoleAsync(ownerConnectionString, cancellationToken);
        await using var connection = new NpgsqlConnection(appConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // Membership counts as being the role: a member may SET ROLE to it, and an owner may switch row-level security off.
        command.CommandText = """
            SELECT current_user::text, r.rolsuper, r.rolbypassrls, pg_has_role(current_user, @owner::name, 'MEMBER'),
                   EXISTS (SELECT 1 FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND pg_has_role(current_user, c.relowner, 'MEMBER'))
            FROM pg_roles r WHERE r.rolname = current_user
            """;
        command.Parameters.AddWithValue("owner", owner);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var app = reader.GetString(0);
        var problem =
            reader.GetBoolean(1) ? "a superuser"
            : reader.GetBoolean(2) ? "a role that may bypass row-level security (BYPASSRLS)"
            : app == owner ? "the owner role, which ConnectionStrings:TrustdeskOwner connects as too"
            : reader.GetBoolean(3) ? $"a member of the owner role \"{owner}\""
            : reader.GetBoolean(4) ? "the owner of tables (or a member of their owner)"
            : null;
        if (problem is not null)
            throw new StartRefusedException(
                $"ConnectionStrings:Trustdesk connects as PostgreSQL role \"{app}\", {problem}, so row-level security would not bind it: " +
                "connect it as a role that owns no table and is no member of the owner, created NOSUPERUSER NOBYPASSRLS (docs/operations.md, PostgreSQL).");
        return app;
    }

    private static async Task<string> CurrentRoleAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT current_user::text", connection);
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
