using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
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
/// for explicitly, and its tokens work for a day from the start that loaded it.
/// </summary>
public sealed class DemoCredentialsTests(ScenarioLoadedOnMondayMorning loaded) : IClassFixture<ScenarioLoadedOnMondayMorning>
{
    private static readonly DateTimeOffset MondayMorning = ClockedServer.MondayMorning;

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

    private static TrustdeskServer Server(TestDatabase database, TimeProvider clock, IReadOnlyDictionary<string, string> settings) =>
        new TrustdeskServer(database, settings, services => services.AddSingleton(clock)).Started();

    private static string Messages(Exception e) => e.InnerException is { } inner ? e.Message + " | " + Messages(inner) : e.Message;

    /// <summary>Tables in the database (none when the start was refused before migrating: no SQLite file at all).</summary>
    private static async Task<long> TablesAsync(TestDatabase database)
    {
        if (!database.IsPostgres) return File.Exists(database.Name) ? 1 : 0;
        await using var connection = await PostgresQueries.OpenAsync(database.SuperuserConnectionString!);
        return await connection.ScalarAsync<long>("SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace");
    }
}
