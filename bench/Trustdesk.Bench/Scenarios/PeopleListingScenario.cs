using System.Globalization;
using System.Net;
using Trustdesk.Bench.Databases;
using Trustdesk.Bench.Dataset;
using Trustdesk.Bench.Http;
using Trustdesk.Bench.Measuring;

namespace Trustdesk.Bench.Scenarios;

/// <summary>
/// Reading a large directory: an account made through the API, its people loaded straight into the database,
/// then sequential GETs with the owner's token on the list shapes integrations use most.
/// </summary>
internal static class PeopleListingScenario
{
    public const string Name = "people";
    public const string AccountId = "b-people";

    public static async Task<(IReadOnlyList<LatencySummary> Latencies, LoadedPeople Load, IReadOnlyList<QueryPlan> Plans)> RunAsync(
        ApiClient api, string operatorToken, IBenchDatabase database, int run, BenchOptions options, CancellationToken cancellationToken)
    {
        var (account, _) = await CreatedAccount.CreateAsync(api, operatorToken, AccountId, cancellationToken);
        var dataset = new PeopleDataset(options.People);
        Console.Error.WriteLine($"Run {run}: loading {dataset.People:N0} people, {dataset.Organizations} organizations, {dataset.Sites} sites…");
        var load = await database.LoadPeopleAsync(account.Id, dataset, cancellationToken);
        Console.Error.WriteLine($"  loaded in {load.Seconds:F1} s");

        // The owner is a person of the account too, hence one more than the dataset.
        await ExpectTotalAsync(api, account, dataset.People + 1, cancellationToken);

        var calls = Calls(load);
        await WarmUpServerAsync(api, account, calls, cancellationToken);

        var latencies = new List<LatencySummary>();
        foreach (var (operation, path) in calls)
        {
            latencies.Add(await SequentialLoop.MeasureAsync(Name, operation, run, options.CallWarmup, options.Calls,
                async (_, cancel) => (await api.GetAsync(path, account.OwnerToken, account.Id, cancel)).Expect(HttpStatusCode.OK, path).Milliseconds,
                cancellationToken));
        }

        var plans = await database.ExplainPeopleQueriesAsync(new PeopleQueryArguments(account.Id, load.OrganizationId, load.PersonId), cancellationToken);
        return (latencies, load, plans);
    }

    /// <summary>The measured calls, by label; the label names the path shape, the path the exact request.</summary>
    private static (string Operation, string Path)[] Calls(LoadedPeople load) =>
    [
        ("GET /v1/people", "/v1/people"),
        ("GET /v1/people?per_page=100", "/v1/people?per_page=100"),
        ("GET /v1/people?page=500", "/v1/people?page=500"),
        ("GET /v1/people?sort=-name", "/v1/people?sort=-name"),
        ("GET /v1/people?organization_id=…", $"/v1/people?organization_id={load.OrganizationId}"),
        ("GET /v1/people/{id}", $"/v1/people/{load.PersonId}"),
    ];

    /// <summary>
    /// Rounds over every call shape before any is measured. The server's JIT tiers its listing code up during
    /// the first ~150 list calls (seen in the samples); without this, that cost lands on whichever operation is
    /// measured first, on top of its own 30 warm-up calls.
    /// </summary>
    private static async Task WarmUpServerAsync(
        ApiClient api, CreatedAccount account, (string Operation, string Path)[] calls, CancellationToken cancellationToken)
    {
        const int rounds = 50;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (_, path) in calls)
                (await api.GetAsync(path, account.OwnerToken, account.Id, cancellationToken)).Expect(HttpStatusCode.OK, path);
        }
    }

    /// <summary>Checks the server sees the loaded rows through its own isolation before anything is measured.</summary>
    private static async Task ExpectTotalAsync(ApiClient api, CreatedAccount account, int expected, CancellationToken cancellationToken)
    {
        var response = (await api.GetAsync("/v1/people", account.OwnerToken, account.Id, cancellationToken))
            .Expect(HttpStatusCode.OK, "GET /v1/people");
        var total = response.Header("X-Pagination-Total-Entries");
        if (total != expected.ToString(CultureInfo.InvariantCulture))
            throw new InvalidOperationException($"GET /v1/people reports {total} people; {expected} were expected.");
    }
}
