using System.Globalization;

namespace Trustdesk.Bench;

/// <summary>The command line. Every count has a default matching docs/benchmarks.md and an upper bound.</summary>
internal sealed record BenchOptions
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/Trustdesk.Bench -- (--postgres "<superuser connection string>" | --sqlite)
                 [--scenario all|accounts|people|coverage|knowledge|problems|events|requests|workflows|hostile|load|crash] [--people 100000] [--runs 1]
                 [--accounts 1000] [--calls 300] [--no-build] [--keep-database] [--trace-sql]
                 [--requests 1000000] [--articles 200000] [--providers-outside-directory] [--clients 8] [--seconds 15] [--regenerate] [--workflows 10000] [--streams 0]
                 [--rate 1000 | --rates 600,900,1200,1500] [--configuration Release|Debug]
                 [--kills 25] [--seed 14] [--postgres-data <dir>] [--no-postgres-kill]
        """;

    // Bounds keep every loop finite even with a mistyped argument.
    private const int MaxCount = 10_000_000;
    private const int MaxRate = 20_000;

    public string? PostgresConnectionString { get; init; }
    public bool Sqlite { get; init; }
    public string Scenario { get; init; } = "all";
    public int People { get; init; } = 100_000;
    public int Accounts { get; init; } = 1_000;
    public int AccountWarmup { get; init; } = 50;
    public int Calls { get; init; } = 300;
    public int CallWarmup { get; init; } = 30;
    public int Runs { get; init; } = 1;

    /// <summary>Requests in the requests scenario's dataset (the measured account sees a tenth of them).</summary>
    public int Requests { get; init; } = 1_000_000;

    /// <summary>Knowledge articles of the knowledge scenario's dataset, spread over the coverage scenario's accounts.</summary>
    public int Articles { get; init; } = 200_000;

    /// <summary>
    /// The knowledge scenario's diagnostic: during the run the coverage dataset's 1,000 providers are not support domains of
    /// the employees' directory (put back on the next run without it), so that every page's account switcher asks one
    /// account instead of 1,001. Its operations are named apart and have no budget.
    /// </summary>
    public bool ProvidersOutsideDirectory { get; init; }

    /// <summary>Workflows the workflows scenario makes from the onboarding template and completes.</summary>
    public int Workflows { get; init; } = 10_000;

    /// <summary>Concurrent clients, and seconds each throughput measurement lasts.</summary>
    public int Clients { get; init; } = 8;
    public int Seconds { get; init; } = 15;

    /// <summary>
    /// Event streams the events scenario opens on the provider besides its twenty, each seeing every event; the load
    /// scenario holds this many open through its load.
    /// </summary>
    public int ExtraStreams { get; init; }

    /// <summary>The load scenario's offered rates in calls/s, one measured step each, in the order given.</summary>
    public IReadOnlyList<int> Rates { get; init; } = [600, 900, 1200, 1500];

    /// <summary>Drops and regenerates the requests scenario's dataset even when a complete one exists.</summary>
    public bool Regenerate { get; init; }
    public bool Build { get; init; } = true;

    /// <summary>The server build to run: Release, as deployed; Debug lets a test script reuse the build it made.</summary>
    public string Configuration { get; init; } = "Release";

    /// <summary>The crash scenario: kill -9s of the server, the seed of its random choices, and whether (and where) PostgreSQL is killed once.</summary>
    public int Kills { get; init; } = 25;
    public int Seed { get; init; } = 14;
    public string? PostgresData { get; init; }
    public bool KillPostgres { get; init; } = true;
    public bool KeepDatabase { get; init; }

    /// <summary>Logs every SQL command the server sends, to count round trips per request.</summary>
    public bool TraceSql { get; init; }

    public bool RunsAccounts => Scenario is "all" or "accounts";
    public bool RunsPeople => Scenario is "all" or "people";
    public bool RunsEvents => Scenario is "all" or "events";

    /// <summary>
    /// Only when asked for: its dataset (a million requests) lives in a database of its own that is kept and reused
    /// across runs and invocations, unlike the fresh database of every other scenario.
    /// </summary>
    public bool RunsRequests => Scenario is "requests";

    /// <summary>
    /// Only when asked for: the coverage scenario's dataset with <c>--articles</c> knowledge articles, kept in a database
    /// of its own and reused, as the requests scenario's is; the portal's search and suggestions over real HTTP.
    /// </summary>
    public bool RunsKnowledge => Scenario is "knowledge";

    /// <summary>
    /// Only when asked for: a competence center's problem with 1,000 linked requests in 20 customer accounts (issue 16),
    /// kept in a database of its own and reused, as the requests scenario's is.
    /// </summary>
    public bool RunsProblems => Scenario is "problems";

    /// <summary>Only when asked for: 10,000 workflows of five tasks take minutes per run.</summary>
    public bool RunsWorkflows => Scenario is "workflows";

    /// <summary>The self-service catalog needs PostgreSQL's set-based loader; <c>all</c> includes it there.</summary>
    /// <summary>Only when asked for: a flood of made-up tokens and wrong passwords (ADR 33).</summary>
    public bool RunsHostile => Scenario is "hostile";

    /// <summary>Only when asked for: a mixed open-loop load at fixed rates, a minute or more per rate.</summary>
    public bool RunsLoad => Scenario is "load";

    /// <summary>Only when asked for: it kills the server (and PostgreSQL) again and again.</summary>
    public bool RunsCrash => Scenario is "crash";

    public bool RunsCoverage => Scenario is "coverage" || (Scenario is "all" && !Sqlite);
    public string Provider => Sqlite ? "SQLite" : "PostgreSQL";

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--postgres" => options with { PostgresConnectionString = Value() },
                "--sqlite" => options with { Sqlite = true },
                "--scenario" => options with { Scenario = Scenarios(Value()) },
                "--people" => options with { People = Count(name, Value(), 1) },
                "--accounts" => options with { Accounts = Count(name, Value(), 1) },
                "--calls" => options with { Calls = Count(name, Value(), 1) },
                "--runs" => options with { Runs = Count(name, Value(), 1, 25) },
                "--requests" => options with { Requests = Count(name, Value(), 1_000) },
                "--articles" => options with { Articles = Count(name, Value(), 1_000) },
                "--workflows" => options with { Workflows = Count(name, Value(), 1, 1_000_000) },
                "--clients" => options with { Clients = Count(name, Value(), 1, 64) },
                "--seconds" => options with { Seconds = Count(name, Value(), 1, 600) },
                "--streams" => options with { ExtraStreams = Count(name, Value(), 0, 10_000) },
                "--rate" => options with { Rates = [Count(name, Value(), 1, MaxRate)] },
                "--rates" => options with { Rates = Value().Split(',').Select(rate => Count(name, rate, 1, MaxRate)).ToList() },
                "--regenerate" => options with { Regenerate = true },
                "--providers-outside-directory" => options with { ProvidersOutsideDirectory = true },
                "--no-build" => options with { Build = false },
                "--keep-database" => options with { KeepDatabase = true },
                "--trace-sql" => options with { TraceSql = true },
                "--kills" => options with { Kills = Count(name, Value(), 1, 1_000) },
                "--seed" => options with { Seed = Count(name, Value(), 0, int.MaxValue) },
                "--postgres-data" => options with { PostgresData = Value() },
                "--no-postgres-kill" => options with { KillPostgres = false },
                "--configuration" => options with { Configuration = BuildConfiguration(Value()) },
                _ => throw new ArgumentException($"Unknown argument {name}."),
            };
        }
        if (options.Sqlite && options.Scenario is "coverage" or "knowledge" or "problems" or "requests" or "load")
            throw new ArgumentException($"The {options.Scenario} scenario runs on PostgreSQL only.");
        if (options.RunsRequests && options.Accounts < 30)
            throw new ArgumentException("The requests scenario needs --accounts 30 or more (accounts 2-26 play fixed parts).");
        if (options.Sqlite == (options.PostgresConnectionString is not null))
            throw new ArgumentException("Give exactly one of --postgres \"<connection string>\" and --sqlite.");
        return options;
    }

    private static string Scenarios(string value) =>
        value is "all" or "accounts" or "people" or "coverage" or "knowledge" or "problems" or "events" or "requests" or "workflows" or "hostile" or "load" or "crash" ? value : throw new ArgumentException($"Unknown scenario {value}.");

    private static string BuildConfiguration(string value) =>
        value is "Release" or "Debug" ? value : throw new ArgumentException("--configuration is Release or Debug.");

    private static int Count(string name, string text, int min, int max = MaxCount) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"{name} must be a whole number from {min} to {max}.");
}
