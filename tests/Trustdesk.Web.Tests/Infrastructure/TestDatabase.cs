using Microsoft.Data.Sqlite;
using Npgsql;

namespace Trustdesk.Web.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database for one test server. SQLite (a file in the temp folder) unless
/// <c>TRUSTDESK_TEST_POSTGRES</c> holds a superuser connection string; then a new PostgreSQL database set up as
/// production is: an owner role that owns the database and runs the migrations, and an app role that owns nothing
/// and cannot bypass row-level security, which the server connects as.
/// </summary>
public sealed class TestDatabase
{
    public const string PostgresVariable = "TRUSTDESK_TEST_POSTGRES";

    private TestDatabase(string name, bool isPostgres, string appConnectionString, string? ownerConnectionString,
        string? superuserConnectionString)
    {
        Name = name;
        IsPostgres = isPostgres;
        AppConnectionString = appConnectionString;
        OwnerConnectionString = ownerConnectionString;
        SuperuserConnectionString = superuserConnectionString;
    }

    /// <summary>The superuser connection string from the environment, or null for a SQLite run.</summary>
    public static string? PostgresSuperuser =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static bool PostgresRun => PostgresSuperuser is not null;

    /// <summary>The PostgreSQL database name, or the SQLite file path.</summary>
    public string Name { get; }
    public bool IsPostgres { get; }

    /// <summary>What the server connects as (on PostgreSQL: the app role).</summary>
    public string AppConnectionString { get; }

    /// <summary>The owner role (PostgreSQL only): runs migrations and applies row-level security.</summary>
    public string? OwnerConnectionString { get; }

    /// <summary>A superuser connection to this database (PostgreSQL only), to inspect it from outside the app.</summary>
    public string? SuperuserConnectionString { get; }

    public string? AppRole => IsPostgres ? new NpgsqlConnectionStringBuilder(AppConnectionString).Username : null;

    /// <summary>The configuration that points the server at this database.</summary>
    public IReadOnlyDictionary<string, string> Settings => IsPostgres
        ? new Dictionary<string, string>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Trustdesk"] = AppConnectionString,
            ["ConnectionStrings:TrustdeskOwner"] = OwnerConnectionString!,
        }
        : new Dictionary<string, string>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Trustdesk"] = AppConnectionString,
        };

    public static TestDatabase Create()
    {
        var database = PostgresSuperuser is { } superuser ? CreatePostgres(superuser) : NewSqlite();
        TestRunCleanup.Register(database.Drop);
        return database;
    }

    /// <summary>A SQLite database in every run, PostgreSQL or not: for what only SQLite does (its busy timeout).</summary>
    public static TestDatabase CreateSqlite()
    {
        var database = NewSqlite();
        TestRunCleanup.Register(database.Drop);
        return database;
    }

    private static TestDatabase NewSqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "trustdesk-tests");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"trustdesk-{Guid.NewGuid():N}.db");
        return new TestDatabase(file, isPostgres: false, $"Data Source={file}", null, null);
    }

    private static TestDatabase CreatePostgres(string superuser)
    {
        var name = "trustdesk_test_" + Ids.Hex(8);
        var (owner, app) = (name + "_owner", name + "_app");
        var password = Ids.Hex(16);
        using (var connection = new NpgsqlConnection(superuser))
        {
            connection.Open();
            Execute(connection, $"CREATE ROLE {owner} LOGIN PASSWORD '{password}' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE");
            Execute(connection, $"CREATE ROLE {app} LOGIN PASSWORD '{password}' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT");
            Execute(connection, $"CREATE DATABASE {name} OWNER {owner}");
        }
        string As(string? user) => new NpgsqlConnectionStringBuilder(superuser)
        {
            Database = name,
            Username = user ?? new NpgsqlConnectionStringBuilder(superuser).Username,
            Password = user is null ? new NpgsqlConnectionStringBuilder(superuser).Password : password,
        }.ConnectionString;
        return new TestDatabase(name, isPostgres: true, As(app), As(owner), As(null));
    }

    /// <summary>Best effort: a leftover database is harmless, so failures here are ignored.</summary>
    private void Drop()
    {
        try
        {
            if (IsPostgres)
            {
                NpgsqlConnection.ClearAllPools();
                using var connection = new NpgsqlConnection(PostgresSuperuser);
                connection.Open();
                var (owner, app) = (Name + "_owner", Name + "_app");
                Execute(connection, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
                Execute(connection, $"DROP ROLE IF EXISTS {app}");
                Execute(connection, $"DROP ROLE IF EXISTS {owner}");
            }
            else
            {
                SqliteConnection.ClearAllPools();
                foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(Name + suffix);
            }
        }
        catch (Exception e) when (e is NpgsqlException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Could not drop test database {Name}: {e.Message}");
        }
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
