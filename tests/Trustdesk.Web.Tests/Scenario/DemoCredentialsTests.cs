using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Scenario;

/// <summary>
/// The reference scenario's tokens and passwords are public (README): outside Development it is loaded only when asked
/// for explicitly.
/// </summary>
public sealed class DemoCredentialsTests
{
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

    private static string Messages(Exception e) => e.InnerException is { } inner ? e.Message + " | " + Messages(inner) : e.Message;

    /// <summary>Tables in the database (none when the start was refused before migrating: no SQLite file at all).</summary>
    private static async Task<long> TablesAsync(TestDatabase database)
    {
        if (!database.IsPostgres) return File.Exists(database.Name) ? 1 : 0;
        await using var connection = await PostgresQueries.OpenAsync(database.SuperuserConnectionString!);
        return await connection.ScalarAsync<long>("SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace");
    }
}
