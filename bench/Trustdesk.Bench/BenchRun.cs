using System.Security.Cryptography;
using Trustdesk.Bench.Databases;
using Trustdesk.Bench.Databases.Postgres;
using Trustdesk.Bench.Databases.Sqlite;
using Trustdesk.Bench.Http;
using Trustdesk.Bench.Measuring;
using Trustdesk.Bench.Reporting;
using Trustdesk.Bench.Scenarios;
using Trustdesk.Bench.Server;

namespace Trustdesk.Bench;

/// <summary>One run: a fresh database, a fresh server, the chosen scenarios, then both torn down.</summary>
internal static class BenchRun
{
    public static async Task<RunResult> ExecuteAsync(
        int run, BenchOptions options, string repository, string serverDll, CancellationToken cancellationToken)
    {
        var loadAverageAtStart = LoadAverage.Now();
        await using IBenchDatabase database = options.Sqlite
            ? new SqliteBenchDatabase(options.KeepDatabase)
            : await PostgresBenchDatabase.CreateAsync(options.PostgresConnectionString!, options.KeepDatabase, cancellationToken);

        var operatorToken = "bench-operator-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var logFile = Path.Combine(RepositoryRoot.Results(repository), $"server-{options.Provider.ToLowerInvariant()}-run{run}.log");
        await using var server = await ServerProcess.StartAsync(serverDll, ServerEnvironment(database, options, operatorToken), logFile, cancellationToken);
        Console.Error.WriteLine($"Run {run}: server answering on {server.BaseAddress} (log: {logFile}).");
        using var api = new ApiClient(server.BaseAddress);

        try
        {
            return await MeasureAsync(run, options, database, api, operatorToken, loadAverageAtStart, cancellationToken);
        }
        catch (HttpRequestException e) when (server.ExitDescription is { } exit)
        {
            throw new InvalidOperationException($"Run {run} stopped: {exit} (see {logFile}).", e);
        }
    }

    private static async Task<RunResult> MeasureAsync(
        int run, BenchOptions options, IBenchDatabase database, ApiClient api, string operatorToken,
        double? loadAverageAtStart, CancellationToken cancellationToken)
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
        return new RunResult(run, latencies, load, plans, loadAverageAtStart, LoadAverage.Now());
    }

    private static Dictionary<string, string> ServerEnvironment(IBenchDatabase database, BenchOptions options, string operatorToken)
    {
        var environment = new Dictionary<string, string>(database.ServerEnvironment)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Platform__OperatorToken"] = operatorToken,
            // The default 3,600 calls an hour would stop the bench within its warm-up.
            ["RateLimit__RequestsPerHour"] = "100000000",
            ["Demo__LoadReferenceScenario"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        if (options.TraceSql)
        {
            environment["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = "Information";
            // Begin, commit and savepoints are round trips too; EF logs them at Debug.
            environment["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Transaction"] = "Debug";
        }
        return environment;
    }
}
