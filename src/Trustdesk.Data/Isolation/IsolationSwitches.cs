namespace Trustdesk.Data.Isolation;

/// <summary>
/// Test-only switches that take one isolation layer away, so tests can show the other layers hold alone.
/// Production code never sets them; the defaults keep every layer on.
/// </summary>
public sealed class IsolationSwitches
{
    /// <summary>Drops the EF account query filter (the model is cached per value of this switch).</summary>
    public bool AccountFilterDisabled { get; init; }
}
