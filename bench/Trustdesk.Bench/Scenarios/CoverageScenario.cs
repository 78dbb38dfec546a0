using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Trustdesk.Bench.Databases.Postgres;
using Trustdesk.Bench.Dataset;
using Trustdesk.Bench.Http;
using Trustdesk.Bench.Measuring;

namespace Trustdesk.Bench.Scenarios;

/// <summary>
/// A person's self-service catalog across the platform (issue budget: p95 ≤ 20 ms on PostgreSQL): a directory of
/// <c>--people</c> people, 1,000 provider accounts with 10,000 SLAs, then sequential GETs with the person's token.
/// </summary>
internal static class CoverageScenario
{
    public const string Name = "coverage";
    public const string DirectoryId = "b-cat-dir";
    public const string Operation = "GET /v1/people/{id}/service_instance_coverages";
    public const double BudgetP95Milliseconds = 20;

    public static async Task<(IReadOnlyList<LatencySummary> Latencies, LoadedCatalog Load)> RunAsync(
        ApiClient api, string operatorToken, PostgresBenchDatabase database, int run, BenchOptions options, CancellationToken cancellationToken)
    {
        var (directory, load) = await LoadAsync(api, operatorToken, database, run, options, cancellationToken);
        var path = $"/v1/people/{load.PersonId}/service_instance_coverages";
        var entries = await CatalogSizeAsync(api, path, load, cancellationToken);
        Console.Error.WriteLine($"  the measured person is covered for {entries} service instances");

        var calls = new[] { (Operation, path), (Operation + "?per_page=100", path + "?per_page=100") };
        var latencies = new List<LatencySummary>();
        foreach (var (operation, call) in calls)
            latencies.Add(await SequentialLoop.MeasureAsync(Name, operation, run, options.CallWarmup, options.Calls,
                async (_, cancel) => (await api.GetAsync(call, load.PersonToken, directory.Id, cancel)).Expect(HttpStatusCode.OK, call).Milliseconds,
                cancellationToken));
        return (latencies, load);
    }

    /// <summary>
    /// The dataset: the directory <see cref="DirectoryId"/> made through the API, <c>--people</c> people loaded into it,
    /// then the catalog of <c>--accounts</c> providers (the knowledge scenario builds on it too).
    /// </summary>
    public static async Task<(CreatedAccount Directory, LoadedCatalog Catalog)> LoadAsync(
        ApiClient api, string operatorToken, PostgresBenchDatabase database, int run, BenchOptions options, CancellationToken cancellationToken)
    {
        var (directory, _) = await CreatedAccount.CreateAsync(api, operatorToken, DirectoryId, cancellationToken);
        var people = await database.LoadPeopleAsync(directory.Id, new PeopleDataset(options.People), cancellationToken);
        Console.Error.WriteLine($"Run {run}: loading the catalog of {options.Accounts:N0} accounts…");
        var load = await PostgresCatalogLoader.LoadAsync(database.BenchConnectionString, directory.Id, people.PersonId, options.Accounts, cancellationToken);
        Console.Error.WriteLine($"  loaded in {load.Seconds:F1} s");
        return (directory, load);
    }

    /// <summary>The person's catalog must be non-trivial, or the measurement says nothing.</summary>
    private static async Task<int> CatalogSizeAsync(ApiClient api, string path, LoadedCatalog load, CancellationToken cancellationToken)
    {
        var response = (await api.GetAsync(path, load.PersonToken, DirectoryId, cancellationToken)).Expect(HttpStatusCode.OK, path);
        var total = int.Parse(response.Header("X-Pagination-Total-Entries")!, CultureInfo.InvariantCulture);
        var first = JsonNode.Parse(response.Body)!.AsArray();
        if (total < 10 || first.Count == 0)
            throw new InvalidOperationException($"The measured person is covered for only {total} instances; the dataset is wrong.");
        return total;
    }
}
