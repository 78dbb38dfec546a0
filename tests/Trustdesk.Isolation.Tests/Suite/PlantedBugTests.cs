using System.Diagnostics;
using Trustdesk.Isolation.Tests.Checks;
using Trustdesk.Isolation.Tests.World;
using Trustdesk.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Trustdesk.Isolation.Tests.Suite;

/// <summary>
/// The suite must fail on every planted isolation bug (src/Trustdesk.Data/Isolation/PlantedBugs.cs). Each bug is run once,
/// in a configuration that can show it — filter bugs where the filter is the only layer (SQLite), application bugs on
/// SQLite too (they live in code every database runs through, so a second run on PostgreSQL showed nothing more and cost
/// the suite three minutes), row-level security bugs on PostgreSQL with the filter off — and the run prints which check
/// caught each. A control run with no bug planted must pass the same checks, so a catch is the bug's doing.
/// </summary>
public sealed class PlantedBugTests(ITestOutputHelper output)
{
    [Fact]
    [Trait(SqliteOnly.Trait, SqliteOnly.Value)]
    public Task Every_planted_filter_and_application_bug_is_caught()
    {
        SqliteOnly.Require();
        return RunAsync(filterOff: false, layer => layer is BugLayer.Application or BugLayer.Filter);
    }

    [Fact]
    [Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public Task Every_planted_row_level_security_bug_is_caught_with_the_filter_off()
    {
        PostgresOnly.Require();
        return RunAsync(filterOff: true, layer => layer is BugLayer.RowLevelSecurity or BugLayer.Catalog);
    }

    private async Task RunAsync(bool filterOff, Func<BugLayer, bool> here)
    {
        var seed = Seeds.Current;
        Report.Line(output, $"planted bugs, seed {seed} (replay: {Seeds.Variable}={seed}), filter {(filterOff ? "off" : "on")}");
        var clock = Stopwatch.StartNew();
        var database = TestDatabase.Create();
        TheWorld world;
        using (var builder = new TrustdeskServer(database).Started()) world = await WorldBuilder.BuildAsync(builder, seed, WorldShape.Small);
        var runs = new PlantedBugRuns(database, world);
        Report.Line(output, $"  world built in {clock.Elapsed.TotalSeconds:F0} s");

        var lap = Stopwatch.StartNew();
        var control = await runs.RunAsync(null, filterOff);
        Assert.True(control is null, $"with no bug planted the checks must pass, but: {control} (seed {seed})");
        Report.Line(output, $"  {"(control, no bug)",-34} {"",-16} passed in {lap.Elapsed.TotalSeconds:F0} s");

        var missed = new List<string>();
        foreach (var (bug, layer) in PlantedBugRuns.Layers)
        {
            if (!here(layer))
            {
                Report.Line(output, $"  {bug,-34} {layer,-16} {Elsewhere(layer)}");
                continue;
            }
            lap.Restart();
            var caught = await runs.RunAsync(bug, filterOff);
            Report.Line(output, $"  {bug,-34} {layer,-16} {(caught is null ? "NOT CAUGHT" : "caught: " + caught)} ({lap.Elapsed.TotalSeconds:F0} s)");
            if (caught is null) missed.Add(bug);
        }
        Report.Line(output, $"planted bugs done in {clock.Elapsed.TotalSeconds:F0} s");
        Assert.True(missed.Count == 0, $"planted bugs the suite did not catch: {string.Join(", ", missed)} (seed {seed})");
    }

    private static string Elsewhere(BugLayer layer) => layer switch
    {
        BugLayer.Filter => "run on SQLite (row-level security hides it on PostgreSQL)",
        BugLayer.Application => "run on SQLite, with the filter on",
        _ => "run on PostgreSQL with the filter off",
    };
}
