using Trustdesk.Bench.Dataset;

namespace Trustdesk.Bench.Databases;

/// <summary>A fresh database for one run: how the server reaches it, and direct access for loading and plans.</summary>
internal interface IBenchDatabase : IAsyncDisposable
{
    /// <summary>The server's <c>Database__*</c> and <c>ConnectionStrings__*</c> environment variables.</summary>
    IReadOnlyDictionary<string, string> ServerEnvironment { get; }

    /// <summary>Loads the dataset straight into the tables (bypassing the API and row-level security) and analyzes them.</summary>
    Task<LoadedPeople> LoadPeopleAsync(string accountId, PeopleDataset dataset, CancellationToken cancellationToken);

    /// <summary>The plans of the queries the server runs for the measured people calls, with the server's own rights.</summary>
    Task<IReadOnlyList<QueryPlan>> ExplainPeopleQueriesAsync(PeopleQueryArguments arguments, CancellationToken cancellationToken);
}

/// <summary>What the load produced: ids to aim the measured calls at, and how long the load took.</summary>
internal sealed record LoadedPeople(long OrganizationId, long PersonId, int People, int Organizations, int Sites, double Seconds);

internal sealed record PeopleQueryArguments(string AccountId, long OrganizationId, long PersonId);

internal sealed record QueryPlan(string Name, string Sql, string Plan);
