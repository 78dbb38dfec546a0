using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Trustdesk.Web.Demo;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Scenario;

/// <summary>A database into which a test server, allowed to explicitly, loaded the reference scenario on Monday morning.</summary>
public sealed class ScenarioLoadedOnMondayMorning() : ClockedServer(MondayMorning, Allowed)
{
    public static readonly Dictionary<string, string> Allowed = new()
    {
        ["Demo:LoadReferenceScenario"] = "true",
        ["Demo:AllowOutsideDevelopment"] = "true",
    };
}

/// <summary>
/// The reference scenario's tokens and passwords are public (README): outside Development it is loaded only when asked
/// for explicitly, its tokens work for a day from the start that loaded it, and a start outside Development warns once
/// when a demo credential works there (the scenario may have been loaded into a database that now serves real work).
/// </summary>
public sealed class DemoCredentialsTests(ScenarioLoadedOnMondayMorning loaded) : IClassFixture<ScenarioLoadedOnMondayMorning>
{
    private const string Warnings = "Trustdesk.Web.Demo.DemoCredentials";
    private static readonly DateTimeOffset MondayMorning = ClockedServer.MondayMorning;
    private static readonly Dictionary<string, string> Production = new() { ["environment"] = "Production" };

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Testing")]
    public async Task Outside_development_the_scenario_is_refused_without_the_explicit_setting_and_nothing_is_written(string environment)
    {
        using var server = new TrustdeskServer(new Dictionary<string, string> { ["environment"] = environment, ["Demo:LoadReferenceScenario"] = "true" });

        var refused = Messages(Assert.ThrowsAny<Exception>(() => server.Started()));

        Assert.Contains($"Demo:LoadReferenceScenario is set in environment '{environment}'", refused, StringComparison.Ordinal);
        Assert.Contains("Demo:AllowOutsideDevelopment=true", refused, StringComparison.Ordinal);
        Assert.Equal(0, await TablesAsync(server.Database));
    }

    [Fact]
    public async Task Demo_tokens_work_for_a_day_from_each_start_that_loads_the_scenario()
    {
        var anna = loaded.Server.Client("td_demo_nl_employee");
        (await anna.GetAsync("/v1/me")).Expect(200);
        loaded.Clock.Advance(TimeSpan.FromDays(1) - TimeSpan.FromSeconds(1));
        (await anna.GetAsync("/v1/me")).Expect(200);
        loaded.Clock.Advance(TimeSpan.FromSeconds(1));
        (await anna.GetAsync("/v1/me")).Expect(401);

        // The next start that loads it, three days on, issues them again: for a day from then.
        var clock = new FakeTimeProvider(MondayMorning.AddDays(3));
        using var restarted = Server(loaded.Server.Database, clock, ScenarioLoadedOnMondayMorning.Allowed);
        var again = restarted.Client("td_demo_nl_employee");
        (await again.GetAsync("/v1/me")).Expect(200);
        clock.Advance(TimeSpan.FromDays(1));
        (await again.GetAsync("/v1/me")).Expect(401);
    }

    [Fact]
    public void A_production_start_on_a_database_with_the_scenario_warns_once_of_its_tokens_and_passwords()
    {
        var logs = new CapturedLogs();
        using var server = Server(loaded.Server.Database, new FakeTimeProvider(MondayMorning.AddHours(1)), Production, logs);

        var warning = Assert.Single(logs.Of(Warnings));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains($"{ReferenceScenario.People.Length} demo people's tokens", warning.Message, StringComparison.Ordinal);
        Assert.Contains($"{ReferenceScenario.People.Length} demo people's passwords", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("td_demo_operator", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Once_the_demo_tokens_have_expired_the_warning_names_the_passwords_alone()
    {
        var logs = new CapturedLogs();
        using var server = Server(loaded.Server.Database, new FakeTimeProvider(MondayMorning.AddDays(10)), Production, logs);

        var warning = Assert.Single(logs.Of(Warnings));
        Assert.Contains("demo people's passwords", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("demo people's tokens", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_development_start_does_not_warn()
    {
        var logs = new CapturedLogs();
        var development = new Dictionary<string, string> { ["environment"] = "Development", ["Demo:LoadReferenceScenario"] = "false" };
        using var server = Server(loaded.Server.Database, new FakeTimeProvider(MondayMorning.AddHours(1)), development, logs);

        Assert.Empty(logs.Of(Warnings));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void On_a_database_without_the_scenario_only_the_demo_operator_token_is_warned_of(bool demoOperatorToken)
    {
        var logs = new CapturedLogs();
        var settings = new Dictionary<string, string>(Production);
        if (demoOperatorToken) settings["Platform:OperatorToken"] = "td_demo_operator";
        using var server = Server(TestDatabase.Create(), new FakeTimeProvider(MondayMorning), settings, logs);

        if (!demoOperatorToken) Assert.Empty(logs.Of(Warnings));
        else Assert.Contains("the operator token td_demo_operator (Platform:OperatorToken)", Assert.Single(logs.Of(Warnings)).Message, StringComparison.Ordinal);
    }

    private static TrustdeskServer Server(TestDatabase database, TimeProvider clock, IReadOnlyDictionary<string, string> settings, CapturedLogs? logs = null) =>
        new TrustdeskServer(database, settings, services =>
        {
            services.AddSingleton(clock);
            if (logs is not null) services.AddSingleton<ILoggerProvider>(logs);
        }).Started();

    private static string Messages(Exception e) => e.InnerException is { } inner ? e.Message + " | " + Messages(inner) : e.Message;

    /// <summary>Tables in the database (none when the start was refused before migrating: no SQLite file at all).</summary>
    private static async Task<long> TablesAsync(TestDatabase database)
    {
        if (!database.IsPostgres) return File.Exists(database.Name) ? 1 : 0;
        await using var connection = await PostgresQueries.OpenAsync(database.SuperuserConnectionString!);
        return await connection.ScalarAsync<long>("SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace");
    }
}
