using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Startup;

/// <summary>
/// An app connection that could read around row-level security is refused before the owner changes anything, so the
/// refused start leaves the database as it was. Checked after it, the start first granted to and revoked from that
/// role: for the owner itself, its own rights on the migrations history, and every later start failed.
/// </summary>
[Trait(PostgresOnly.Trait, PostgresOnly.Value)]
public sealed class AppRoleRefusalTests
{
    [Fact]
    public async Task An_app_connection_as_the_owner_role_is_refused_and_the_owner_keeps_its_rights()
    {
        PostgresOnly.Require();
        var database = Migrated();
        var before = await RightsAsync(database);

        var exit = await AppProcess.RunAsync(Settings(database, app: database.OwnerConnectionString!));

        Refusal.Expect(exit, "ConnectionStrings:Trustdesk", $"\"{database.Name}_owner\"", "the owner role");
        Assert.Equal(before, await RightsAsync(database));
        Assert.Equal("SELECT INSERT UPDATE DELETE", await OwnersRightsOnTheMigrationsHistoryAsync(database));
        // The next start, with the app's own role again, migrates as before.
        using var next = new TrustdeskServer(database).Started();
    }

    [Fact]
    public async Task An_app_connection_as_a_superuser_is_refused_and_nothing_is_granted_to_it()
    {
        PostgresOnly.Require();
        var database = Migrated();
        var before = await RightsAsync(database);

        var exit = await AppProcess.RunAsync(Settings(database, app: database.SuperuserConnectionString!));

        Refusal.Expect(exit, "ConnectionStrings:Trustdesk", "a superuser");
        Assert.Equal(before, await RightsAsync(database));
    }

    /// <summary>A database the app has started on once, so its tables, grants and policies exist.</summary>
    private static TestDatabase Migrated()
    {
        var database = TestDatabase.Create();
        using (new TrustdeskServer(database).Started()) return database;
    }

    private static Dictionary<string, string> Settings(TestDatabase database, string app) => new()
    {
        ["Database__Provider"] = "Postgres",
        ["ConnectionStrings__Trustdesk"] = app,
        ["ConnectionStrings__TrustdeskOwner"] = database.OwnerConnectionString!,
    };

    /// <summary>Every table's access list and row-level security, every policy, and the migrations applied, as text.</summary>
    private static async Task<string> RightsAsync(TestDatabase database)
    {
        await using var connection = await PostgresQueries.OpenAsync(database.SuperuserConnectionString!);
        var tables = await connection.ColumnAsync<string>("""
            SELECT relname || ' ' || coalesce(relacl::text, '-') || ' ' || relrowsecurity || ' ' || relforcerowsecurity
            FROM pg_class WHERE relnamespace = 'public'::regnamespace ORDER BY relname
            """);
        var policies = await connection.ColumnAsync<string>(
            "SELECT tablename || ' ' || policyname || ' ' || coalesce(qual, '') || ' ' || coalesce(with_check, '') FROM pg_policies ORDER BY 1");
        var migrations = await connection.ColumnAsync<string>("""SELECT "MigrationId" FROM "__EFMigrationsHistory" ORDER BY 1""");
        return string.Join('\n', tables.Concat(policies).Concat(migrations));
    }

    private static async Task<string> OwnersRightsOnTheMigrationsHistoryAsync(TestDatabase database)
    {
        await using var connection = await PostgresQueries.OpenAsync(database.SuperuserConnectionString!);
        var rights = new List<string>();
        foreach (var right in new[] { "SELECT", "INSERT", "UPDATE", "DELETE" })
            if (await connection.ScalarAsync<bool>("SELECT has_table_privilege(@owner, '\"__EFMigrationsHistory\"', @right)",
                    ("owner", database.Name + "_owner"), ("right", right)))
                rights.Add(right);
        return string.Join(' ', rights);
    }
}
