using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Trustdesk.Bench.Dataset;

namespace Trustdesk.Bench.Databases.Sqlite;

/// <summary>A new SQLite file in a temporary folder; the server migrates it on start. Deleted when disposed unless kept.</summary>
internal sealed class SqliteBenchDatabase : IBenchDatabase
{
    private readonly string _folder;
    private readonly bool _keep;

    public SqliteBenchDatabase(bool keep)
    {
        _keep = keep;
        _folder = Path.Combine(Path.GetTempPath(), "trustdesk-bench-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)));
        Directory.CreateDirectory(_folder);
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "trustdesk.db") }.ConnectionString;
        Console.Error.WriteLine($"Using SQLite file {Path.Combine(_folder, "trustdesk.db")}.");
    }

    public string ConnectionString { get; }

    public IReadOnlyDictionary<string, string> ServerEnvironment => new Dictionary<string, string>
    {
        ["Database__Provider"] = "Sqlite",
        ["ConnectionStrings__Trustdesk"] = ConnectionString,
    };

    public Task<LoadedPeople> LoadPeopleAsync(string accountId, PeopleDataset dataset, CancellationToken cancellationToken) =>
        SqlitePeopleLoader.LoadAsync(ConnectionString, accountId, dataset, cancellationToken);

    public Task<IReadOnlyList<QueryPlan>> ExplainPeopleQueriesAsync(PeopleQueryArguments arguments, CancellationToken cancellationToken) =>
        SqliteQueryPlans.ExplainAsync(ConnectionString, arguments, cancellationToken);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (_keep) Console.Error.WriteLine($"Kept {_folder}.");
        else Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
