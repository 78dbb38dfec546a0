using Trustdesk.Data;
using Trustdesk.Data.Isolation;

namespace Trustdesk.Isolation.Tests.Suite;

/// <summary>The test-only switches never reach a real deployment: the app refuses to start with them outside tests (with one line, StartupGuard).</summary>
public sealed class SwitchGuardTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    [InlineData("Staging")]
    public void A_planted_bug_or_a_disabled_filter_is_refused_outside_tests(string environment)
    {
        Assert.Throws<StartRefusedException>(() => new IsolationSwitches { PlantedBug = PlantedBugs.RequestFilterDropped }.RefuseOutsideTests(environment));
        Assert.Throws<StartRefusedException>(() => new IsolationSwitches { AccountFilterDisabled = true }.RefuseOutsideTests(environment));
        new IsolationSwitches().RefuseOutsideTests(environment);
    }

    [Fact]
    public void In_tests_only_known_bugs_are_planted()
    {
        new IsolationSwitches { PlantedBug = PlantedBugs.RlsNotForced }.RefuseOutsideTests("Testing");
        Assert.Throws<StartRefusedException>(() => new IsolationSwitches { PlantedBug = "no-such-bug" }.RefuseOutsideTests("Testing"));
    }

    [Fact]
    public void Every_planted_bug_has_a_layer_that_says_where_it_is_caught() =>
        Assert.Equal(PlantedBugs.All.Order(StringComparer.Ordinal), PlantedBugRuns.Layers.Keys.Order(StringComparer.Ordinal));
}
