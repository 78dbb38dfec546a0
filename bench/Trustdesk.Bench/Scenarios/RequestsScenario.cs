using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Trustdesk.Bench.Databases;
using Trustdesk.Bench.Databases.Postgres;
using Trustdesk.Bench.Http;
using Trustdesk.Bench.Measuring;

namespace Trustdesk.Bench.Scenarios;

/// <summary>What the requests scenario worked on in one run.</summary>
internal sealed record RequestsLoad(RequestsDataset Dataset, bool GeneratedThisRun, int Visible, int RemovedFromEarlierRuns);

/// <summary>
/// Requests at scale (issue #4): <c>--accounts</c> accounts and <c>--requests</c> requests, of which the measured
/// account sees a tenth through every path of the visibility rule. Sequential reads by one of its specialists, then
/// registration throughput with <c>--clients</c> concurrent clients: specialists in their own account, and end users
/// whose requests the self-service catalog routes to the providing account.
/// </summary>
internal static class RequestsScenario
{
    public const string Name = "requests";
    public const string List = "GET /v1/requests";
    public const string Show = "GET /v1/requests/{id}";
    public const string RegisterBySpecialist = "POST /v1/requests (specialist, own account)";
    public const string RegisterByEndUser = "POST /v1/requests (end user, routed across accounts)";
    public const double ListBudgetP95Milliseconds = 20;
    public const double ShowBudgetP95Milliseconds = 5;
    public const double RegisterBudgetPerSecond = 500;

    /// <summary>Warm-up seconds of each throughput measurement (JIT tier-up, connection pools).</summary>
    private const int ThroughputWarmupSeconds = 3;

    public static async Task<(IReadOnlyList<LatencySummary> Latencies, RequestsLoad Load, IReadOnlyList<QueryPlan> Plans)> RunAsync(
        Uri server, PostgresBenchDatabase database, RequestsDataset? dataset, int run, BenchOptions options, CancellationToken cancellationToken)
    {
        var generated = dataset is null;
        if (dataset is null)
        {
            Console.Error.WriteLine($"Run {run}: generating {options.Accounts:N0} accounts and {options.Requests:N0} requests in {database.Name}…");
            dataset = await PostgresRequestsLoader.GenerateAsync(database, options.Accounts, options.Requests, cancellationToken);
            Console.Error.WriteLine($"  generated in {dataset.GeneratedSeconds:F1} s");
        }
        var setup = await PostgresRequestsRun.PrepareAsync(database, dataset, options.Clients, cancellationToken);
        Console.Error.WriteLine($"Run {run}: {setup.AccountId} sees {setup.Visible:N0} requests" +
                                (setup.RemovedFromEarlierRuns > 0 ? $" ({setup.RemovedFromEarlierRuns:N0} registered by earlier runs removed)" : ""));

        using var api = new ApiClient(server);
        await ExpectTotalAsync(api, setup, cancellationToken);

        var reads = Reads(setup);
        await WarmUpAsync(api, setup, reads, cancellationToken);
        var latencies = new List<LatencySummary>();
        foreach (var (operation, path) in reads)
        {
            latencies.Add(await SequentialLoop.MeasureAsync(Name, operation, run, options.CallWarmup, options.Calls,
                async (i, cancel) => (await api.GetAsync(path(i), setup.ReaderToken, setup.AccountId, cancel)).Expect(HttpStatusCode.OK, path(i)).Milliseconds,
                cancellationToken));
        }

        // Explained now, while the account sees the dataset as the reads saw it (registrations go to the top of its list).
        var plans = await PostgresQueryPlans.ExplainAsync(database.AppConnectionString, setup.AccountId,
            RequestQueries.For(setup.AccountId, setup.VisibleSample[0]), cancellationToken);

        latencies.Add(await RegisterAsync(server, RegisterBySpecialist, setup.SpecialistTokens, run, options,
            (c, i) => new JsonObject
            {
                ["subject"] = $"Bench: registered by specialist {c}, call {i}",
                ["service_instance_id"] = setup.OwnInstanceIds[(c * 7 + i) % setup.OwnInstanceIds.Count],
                ["requested_for_id"] = setup.RequestedForIds[(c * 13 + i) % setup.RequestedForIds.Count],
            }, cancellationToken));
        latencies.Add(await RegisterAsync(server, RegisterByEndUser, setup.EndUserTokens, run, options,
            (c, i) => new JsonObject
            {
                ["subject"] = $"Bench: requested by end user {c}, call {i}",
                ["service_instance_id"] = setup.ProviderInstanceIds[(c * 17 + i) % setup.ProviderInstanceIds.Count],
            }, cancellationToken));

        return (latencies, new RequestsLoad(dataset, generated, setup.Visible, setup.RemovedFromEarlierRuns), plans);
    }

    /// <summary>The measured reads, by label; the path of call i (single records rotate through visible ids).</summary>
    private static (string Operation, Func<int, string> Path)[] Reads(RequestsRunSetup setup) =>
    [
        (List, _ => "/v1/requests"),
        ("GET /v1/requests/open", _ => "/v1/requests/open"),
        ("GET /v1/requests?status=assigned&sort=-created_at", _ => "/v1/requests?status=assigned&sort=-created_at"),
        (Show, i => $"/v1/requests/{setup.VisibleSample[i % setup.VisibleSample.Count]}"),
    ];

    /// <summary>Rounds over every read before any is measured, so JIT tier-up does not land on the first one measured.</summary>
    private static async Task WarmUpAsync(
        ApiClient api, RequestsRunSetup setup, (string Operation, Func<int, string> Path)[] reads, CancellationToken cancellationToken)
    {
        const int rounds = 20;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (_, path) in reads)
                (await api.GetAsync(path(round), setup.ReaderToken, setup.AccountId, cancellationToken)).Expect(HttpStatusCode.OK, path(round));
        }
    }

    private static async Task<LatencySummary> RegisterAsync(
        Uri server, string operation, IReadOnlyList<string> tokens, int run, BenchOptions options,
        Func<int, int, JsonObject> body, CancellationToken cancellationToken)
    {
        var clients = tokens.Select(_ => new ApiClient(server)).ToList();
        try
        {
            return await ConcurrentLoop.MeasureAsync(Name, operation, run, clients.Count,
                TimeSpan.FromSeconds(Math.Min(ThroughputWarmupSeconds, options.Seconds)), TimeSpan.FromSeconds(options.Seconds),
                async (c, i, cancel) => (await clients[c].PostJsonAsync("/v1/requests", body(c, i).ToJsonString(), tokens[c], cancel))
                    .Expect(HttpStatusCode.Created, operation).Milliseconds,
                cancellationToken);
        }
        finally
        {
            foreach (var client in clients) client.Dispose();
        }
    }

    /// <summary>
    /// The server must see through the EF filter exactly what row-level security alone lets the account see. Request
    /// lists count only as far as the record after the page (ADR 15), so the exact total comes from the last page.
    /// </summary>
    private static async Task ExpectTotalAsync(ApiClient api, RequestsRunSetup setup, CancellationToken cancellationToken)
    {
        const int perPage = 100;
        var lastPage = Math.Max(1, (setup.Visible + perPage - 1) / perPage);
        var path = $"/v1/requests?per_page={perPage}&page={lastPage}";
        var response = (await api.GetAsync(path, setup.ReaderToken, setup.AccountId, cancellationToken)).Expect(HttpStatusCode.OK, path);
        var total = response.Header("X-Pagination-Total-Entries");
        if (total != setup.Visible.ToString(CultureInfo.InvariantCulture) || response.Header("X-Pagination-Throttled") is not null)
            throw new InvalidOperationException($"GET {path} reports {total} requests; row-level security lets the account see {setup.Visible}.");
    }
}
