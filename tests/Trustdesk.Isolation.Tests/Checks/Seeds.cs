namespace Trustdesk.Isolation.Tests.Checks;

/// <summary>The run's seed: <c>TRUSTDESK_ISOLATION_SEED</c> to replay a failing run, else a new random one.</summary>
public static class Seeds
{
    public const string Variable = "TRUSTDESK_ISOLATION_SEED";

    public static int Current { get; } =
        int.TryParse(Environment.GetEnvironmentVariable(Variable), System.Globalization.CultureInfo.InvariantCulture, out var seed)
            ? seed : Random.Shared.Next(1, int.MaxValue);
}
