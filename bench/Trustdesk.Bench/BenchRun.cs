using System.Security.Cryptography;
using Trustdesk.Bench.Databases;
using Trustdesk.Bench.Databases.Postgres;
using Trustdesk.Bench.Databases.Sqlite;
using Trustdesk.Bench.Http;
using Trustdesk.Bench.Measuring;
using Trustdesk.Bench.Reporting;
using Trustdesk.Bench.Scenarios;
using Trustdesk.Bench.Scenarios.Crash;
using Trustdesk.Bench.Server;

namespace Trustdesk.Bench;

/// <summary>One run: a fresh database, a fresh server, the chosen scenarios, then both torn down.</summary>
internal static class BenchRun
{
    public static async Task<RunResult> ExecuteAsync(
        int run, BenchOptions options, string repository, string serverDll, CancellationToken cancellationToken)
    {
        var loadAverageAtStart = LoadAverage.Now();
        RequestsDataset? requestsDataset = null;
        KnowledgeDataset? knowledgeDataset = null;
        ProblemsDataset? problemsDataset = null;
        IBenchDatabase created;
        if (options.Sqlite) created = new SqliteBenchDatabase(options.KeepDatabase);
        else if (options.RunsRequests) (created, requestsDataset) = await OpenRequestsDatasetAsync(run, options, cancellationToken);
        else if (options.RunsKnowledge) (created, knowledgeDataset) = await OpenKnowledgeDatasetAsync(run, options, cancellationToken);
        else if (options.RunsProblems) (created, problemsDataset) = await OpenProblemsDatasetAsync(run, options, cancellationToken);
        else created = await PostgresBenchDatabase.CreateAsync(options.PostgresConnectionString!, options.KeepDatabase, cancellationToken);
        await using var database = created;

        var operatorToken = "bench-operator-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var environment = ServerEnvironment(database, options, operatorToken);
        var logFile = Path.Combine(RepositoryRoot.Results(repository), $"server-{options.Provider.ToLowerInvariant()}-run{run}.log");
        if (options.RunsCrash)
        {
            // The crash scenario starts (and kills) its servers itself; their logs go to a folder, one file per life.
            var crash = await CrashScenario.RunAsync(options, database, serverDll, environment, Path.ChangeExtension(logFile, null), cancellationToken);
            return new RunResult(run, [], null, [], loadAverageAtStart, LoadAverage.Now()) { Crash = crash };
        }
        await using var server = await ServerProcess.StartAsync(serverDll, environment, logFile, cancellationToken);
        Console.Error.WriteLine($"Run {run}: server answering on {server.BaseAddress} (log: {logFile}).");
        using var api = new ApiClient(server.BaseAddress);

        // A second process of the same deployment, on the same database (the events scenario writes through it).
        async Task<ServerProcess> StartSecondAsync()
        {
            var secondLog = Path.ChangeExtension(logFile, null) + "-b.log";
            var second = await ServerProcess.StartAsync(serverDll, environment, secondLog, cancellationToken);
            Console.Error.WriteLine($"Run {run}: second server answering on {second.BaseAddress} (log: {secondLog}).");
            return second;
        }

        try
        {
            if (options.RunsRequests)
            {
                var (latencies, load, plans) = await RequestsScenario.RunAsync(
                    server.BaseAddress, (PostgresBenchDatabase)database, requestsDataset, run, options, cancellationToken);
                return new RunResult(run, latencies, null, plans, loadAverageAtStart, LoadAverage.Now()) { Requests = load };
            }
            if (options.RunsKnowledge)
            {
                var (latencies, load, plans) = await KnowledgeScenario.RunAsync(
                    server, api, operatorToken, (PostgresBenchDatabase)database, knowledgeDataset, run, options, cancellationToken);
                return new RunResult(run, latencies, null, plans, loadAverageAtStart, LoadAverage.Now()) { Knowledge = load };
            }
            if (options.RunsProblems)
            {
                var (latencies, load, plans) = await ProblemsScenario.RunAsync(
                    server, api, (PostgresBenchDatabase)database, problemsDataset, run, options, cancellationToken);
                return new RunResult(run, latencies, null, plans, loadAverageAtStart, LoadAverage.Now()) { Problems = load };
            }
            return await MeasureAsync(run, options, database, server, api, operatorToken, StartSecondAsync, loadAverageAtStart, cancellationToken);
        }
        catch (HttpRequestException e) when (server.ExitDescription is { } exit)
        {
            throw new InvalidOperationException($"Run {run} stopped: {exit} (see {logFile}).", e);
        }
    }

    private static async Task<RunResult> MeasureAsync(
        int run, BenchOptions options, IBenchDatabase database, ServerProcess server, ApiClient api, string operatorToken,
        Func<Task<ServerProcess>> startSecond, double? loadAverageAtStart, CancellationToken cancellationToken)
    {
        var latencies = new List<LatencySummary>();
        if (options.RunsAccounts)
            latencies.Add(await AccountCreationScenario.RunAsync(api, operatorToken, run, options, cancellationToken));

        LoadedPeople? load = null;
        IReadOnlyList<QueryPlan> plans = [];
        if (options.RunsPeople)
        {
            var people = await PeopleListingScenario.RunAsync(api, operatorToken, database, run, options, cancellationToken);
            latencies.AddRange(people.Latencies);
            (load, plans) = (people.Load, people.Plans);
        }
        if (options.RunsCoverage && database is PostgresBenchDatabase postgres)
        {
            var coverage = await CoverageScenario.RunAsync(api, operatorToken, postgres, run, options, cancellationToken);
            latencies.AddRange(coverage.Latencies);
        }
        if (options.RunsEvents)
        {
            // SQLite serves one process (its events never leave it), so there the writes go through the same server.
            await using var second = options.Sqlite ? null : await startSecond();
            using var writer = new ApiClient(second?.BaseAddress ?? server.BaseAddress);
            latencies.AddRange(await EventsScenario.RunAsync(api, server.BaseAddress, writer, operatorToken, run, options, cancellationToken));
        }
        WorkflowsLoad? workflows = null;
        if (options.RunsWorkflows)
        {
            var (workflowLatencies, made) = await WorkflowsScenario.RunAsync(server.BaseAddress, api, operatorToken, run, options, cancellationToken);
            latencies.AddRange(workflowLatencies);
            workflows = made;
        }
        if (options.RunsHostile)
            latencies.AddRange(await HostileClientsScenario.RunAsync(server.BaseAddress, api, operatorToken, run, options, cancellationToken));
        LoadRun? held = null;
        if (options.RunsLoad && database is PostgresBenchDatabase loaded)
        {
            (var loadLatencies, held) = await LoadScenario.RunAsync(server, api, loaded, operatorToken, run, options, cancellationToken);
            latencies.AddRange(loadLatencies);
        }
        return new RunResult(run, latencies, load, plans, loadAverageAtStart, LoadAverage.Now()) { Workflows = workflows, Held = held };
    }

    /// <summary>
    /// The requests dataset's own database, reused when a complete dataset of this shape is there (unless
    /// <c>--regenerate</c>, on the first run) and otherwise made empty, to be generated once the server has migrated it.
    /// </summary>
    private static async Task<(PostgresBenchDatabase, RequestsDataset?)> OpenRequestsDatasetAsync(
        int run, BenchOptions options, CancellationToken cancellationToken)
    {
        var superuser = options.PostgresConnectionString!;
        var name = RequestsDataset.DatabaseName(options.Accounts, options.Requests);
        var found = options.Regenerate && run == 1 ? null : await PostgresRequestsLoader.FindAsync(superuser, name, cancellationToken);
        var database = await PostgresBenchDatabase.OpenDatasetAsync(superuser, name, recreate: found is null, cancellationToken);
        return (database, found);
    }

    /// <summary>
    /// The knowledge dataset's own database, reused when a complete dataset of this shape is there (unless
    /// <c>--regenerate</c>, on the first run) and otherwise made empty, to be generated once the server has migrated it.
    /// </summary>
    private static async Task<(PostgresBenchDatabase, KnowledgeDataset?)> OpenKnowledgeDatasetAsync(
        int run, BenchOptions options, CancellationToken cancellationToken)
    {
        var superuser = options.PostgresConnectionString!;
        var name = KnowledgeDataset.DatabaseName(options.Accounts, options.People, options.Articles);
        var found = options.Regenerate && run == 1 ? null : await KnowledgeDataset.FindAsync(superuser, name, cancellationToken);
        var database = await PostgresBenchDatabase.OpenDatasetAsync(superuser, name, recreate: found is null, cancellationToken);
        return (database, found);
    }

    /// <summary>
    /// The problems dataset's own database, reused when a complete dataset of this shape is there (unless
    /// <c>--regenerate</c>, on the first run) and otherwise made empty, to be generated once the server has migrated it.
    /// </summary>
    private static async Task<(PostgresBenchDatabase, ProblemsDataset?)> OpenProblemsDatasetAsync(
        int run, BenchOptions options, CancellationToken cancellationToken)
    {
        var superuser = options.PostgresConnectionString!;
        var name = ProblemsDataset.DatabaseName(ProblemsDataset.DefaultCustomers, ProblemsDataset.DefaultLinkedPerCustomer,
            ProblemsDataset.DefaultNoiseAccounts);
        var found = options.Regenerate && run == 1 ? null : await ProblemsDataset.FindAsync(superuser, name, cancellationToken);
        var database = await PostgresBenchDatabase.OpenDatasetAsync(superuser, name, recreate: found is null, cancellationToken);
        return (database, found);
    }

    private static Dictionary<string, string> ServerEnvironment(IBenchDatabase database, BenchOptions options, string operatorToken)
    {
        var environment = new Dictionary<string, string>(database.ServerEnvironment)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Platform__OperatorToken"] = operatorToken,
            // The default 3,600 calls an hour would stop the bench within its warm-up.
            ["RateLimit__RequestsPerHour"] = "100000000",
            // One client signs in again and again on purpose (the hostile scenario): no sign-in limit may stop it.
            ["SignIn__FailuresPerAddress"] = "100000000",
            ["SignIn__FailuresPerAddressFromAnywhere"] = "100000000",
            ["SignIn__FailuresPerClient"] = "100000000",
            ["SignIn__AttemptsPerClientPerMinute"] = "100000000",
            // The events scenario opens its streams with a few tokens: the server's cap is the one measured.
            ["Events__MaxStreamsPerListener"] = "100000",
            ["Demo__LoadReferenceScenario"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        if (options.TraceSql)
        {
            environment["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = "Information";
            // Begin, commit and savepoints are round trips too; EF logs them at Debug.
            environment["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Transaction"] = "Debug";
            // "Request starting …" and "Request finished …": with one client, the commands between belong to that call.
            environment["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information";
        }
        return environment;
    }
}
