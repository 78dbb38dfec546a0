using System.Security.Cryptography;
using Npgsql;
using Trustdesk.Bench.Dataset;

namespace Trustdesk.Bench.Databases.Postgres;

/// <summary>
/// A new database with the two roles production uses: an owner (owns the database, applies migrations and
/// row-level security) and an app role that can neither bypass row-level security nor own tables.
/// Dropped, with its roles, when disposed unless kept. A dataset database (<see cref="OpenDatasetAsync"/>) is
/// named after its dataset and always kept, so that a large dataset is generated once and reused.
/// </summary>
internal sealed class PostgresBenchDatabase : IBenchDatabase
{
    private readonly string _superuser;
    private readonly string _name;
    private readonly bool _keep;

    private PostgresBenchDatabase(string superuser, string name, bool keep)
    {
        _superuser = superuser;
        _name = name;
        _keep = keep;
        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        Password = password;
        OwnerConnectionString = ConnectionString(OwnerRole);
        AppConnectionString = ConnectionString(AppRole);
        BenchConnectionString = new NpgsqlConnectionStringBuilder(superuser) { Database = name }.ConnectionString;
    }

    private string OwnerRole => _name + "_owner";
    private string AppRole => _name + "_app";
    private string Password { get; }
    public string OwnerConnectionString { get; }
    public string AppConnectionString { get; }

    /// <summary>The superuser, connected to the new database: loads data around row-level security.</summary>
    public string BenchConnectionString { get; }

    public IReadOnlyDictionary<string, string> ServerEnvironment => new Dictionary<string, string>
    {
        ["Database__Provider"] = "Postgres",
        ["ConnectionStrings__Trustdesk"] = AppConnectionString,
        ["ConnectionStrings__TrustdeskOwner"] = OwnerConnectionString,
    };

    /// <summary>The database's name; a dataset database is found again by it.</summary>
    public string Name => _name;

    /// <summary>
    /// The database called <paramref name="name"/> with its two roles, created when missing (or when
    /// <paramref name="recreate"/>), else reused as it is; the roles get a new password either way. Never dropped.
    /// </summary>
    public static async Task<PostgresBenchDatabase> OpenDatasetAsync(string superuser, string name, bool recreate, CancellationToken cancellationToken)
    {
        var database = new PostgresBenchDatabase(superuser, name, keep: true);
        await using var connection = new NpgsqlConnection(superuser);
        await connection.OpenAsync(cancellationToken);
        async Task<bool> ExistsAsync(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("name", name);
            return await command.ExecuteScalarAsync(cancellationToken) is not null;
        }

        var exists = await ExistsAsync("SELECT 1 FROM pg_database WHERE datname = @name");
        var statements = new List<string>();
        if (exists && recreate)
        {
            statements.Add($"DROP DATABASE \"{name}\" WITH (FORCE)");
            exists = false;
        }
        foreach (var role in new[] { database.OwnerRole, database.AppRole })
        {
            var roleExists = await ExistsAsync($"SELECT 1 FROM pg_roles WHERE rolname = '{role}'");
            statements.Add(roleExists
                ? $"ALTER ROLE \"{role}\" PASSWORD '{database.Password}'"
                : $"CREATE ROLE \"{role}\" LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '{database.Password}'");
        }
        if (!exists) statements.Add($"CREATE DATABASE \"{name}\" OWNER \"{database.OwnerRole}\"");
        await database.ExecuteAsSuperuserAsync(statements, cancellationToken);
        Console.Error.WriteLine(exists ? $"Reusing PostgreSQL database {name}." : $"Created PostgreSQL database {name} for a dataset to be generated.");
        return database;
    }

    public static async Task<PostgresBenchDatabase> CreateAsync(string superuser, bool keep, CancellationToken cancellationToken)
    {
        var name = $"trustdesk_bench_{DateTime.UtcNow:yyyyMMddHHmmss}_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";
        var database = new PostgresBenchDatabase(superuser, name, keep);
        await database.ExecuteAsSuperuserAsync(
        [
            $"CREATE ROLE \"{database.OwnerRole}\" LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '{database.Password}'",
            $"CREATE ROLE \"{database.AppRole}\" LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '{database.Password}'",
            // PostgreSQL 15: the database owner owns schema public (pg_database_owner), so the owner can migrate.
            $"CREATE DATABASE \"{name}\" OWNER \"{database.OwnerRole}\"",
        ], cancellationToken);
        Console.Error.WriteLine($"Created PostgreSQL database {name} with roles {database.OwnerRole} and {database.AppRole}.");
        return database;
    }

    public Task<LoadedPeople> LoadPeopleAsync(string accountId, PeopleDataset dataset, CancellationToken cancellationToken) =>
        PostgresPeopleLoader.LoadAsync(BenchConnectionString, accountId, dataset, cancellationToken);

    public Task<IReadOnlyList<QueryPlan>> ExplainPeopleQueriesAsync(PeopleQueryArguments arguments, CancellationToken cancellationToken) =>
        PostgresQueryPlans.ExplainAsync(AppConnectionString, arguments, cancellationToken);

    /// <summary>The cluster's postmaster, when its data directory is readable here: its process tree is PostgreSQL's CPU.</summary>
    public async Task<int?> PostmasterPidAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(BenchConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT current_setting('data_directory')", connection);
        var file = Path.Combine((string)(await command.ExecuteScalarAsync(cancellationToken))!, "postmaster.pid");
        return File.Exists(file) && int.TryParse(File.ReadLines(file).First(), out var pid) ? pid : null;
    }

    private string ConnectionString(string role) =>
        new NpgsqlConnectionStringBuilder(_superuser) { Database = _name, Username = role, Password = Password }.ConnectionString;

    private async Task ExecuteAsSuperuserAsync(IEnumerable<string> statements, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(_superuser);
        await connection.OpenAsync(cancellationToken);
        foreach (var statement in statements)
        {
            await using var command = new NpgsqlCommand(statement, connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_keep)
        {
            Console.Error.WriteLine($"Kept database {_name}: app role {AppRole}, owner {OwnerRole}, password {Password}.");
            return;
        }
        await ExecuteAsSuperuserAsync(
        [
            $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)",
            $"DROP ROLE IF EXISTS \"{AppRole}\"",
            $"DROP ROLE IF EXISTS \"{OwnerRole}\"",
        ], CancellationToken.None);
    }
}
