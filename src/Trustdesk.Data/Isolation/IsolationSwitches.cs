namespace Trustdesk.Data.Isolation;

/// <summary>
/// Test-only switches that take one isolation layer away, or plant a known isolation bug, so tests can show the other
/// layers hold alone and that the isolation suite catches each bug. Production code never sets them; the defaults keep
/// every layer on, and <see cref="RefuseOutsideTests"/> stops an app that has them set outside a test environment.
/// </summary>
public sealed class IsolationSwitches
{
    /// <summary>Drops the EF account query filter (the model is cached per value of this switch).</summary>
    public bool AccountFilterDisabled { get; init; }

    /// <summary>TEST ONLY: the name of one of <see cref="PlantedBugs"/> to plant, or null (the model is cached per value).</summary>
    public string? PlantedBug { get; init; }

    /// <summary>True when <paramref name="bug"/> is the planted one; always false in a real deployment.</summary>
    public bool Plants(string bug) => PlantedBug == bug;

    /// <summary>
    /// Throws when a switch is set in an environment that is not a test one (Production, Development, Staging, …), or
    /// names no known planted bug: a layer taken away must never reach a real deployment.
    /// </summary>
    public void RefuseOutsideTests(string environmentName)
    {
        if (!AccountFilterDisabled && PlantedBug is null) return;
        if (environmentName != "Testing")
            throw new StartRefusedException(
                $"Isolation:AccountFilterDisabled and Isolation:PlantedBug are test-only switches, refused in environment '{environmentName}': remove them.");
        if (PlantedBug is not null && !PlantedBugs.All.Contains(PlantedBug))
            throw new StartRefusedException($"Isolation:PlantedBug '{PlantedBug}' is not a known planted bug: set one of {string.Join(", ", PlantedBugs.All)}.");
    }
}
