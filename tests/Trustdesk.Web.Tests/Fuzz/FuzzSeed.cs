namespace Trustdesk.Web.Tests.Fuzz;

/// <summary>
/// The fuzz's seed: fixed, so that CI makes the same calls at every run and a failure there fails again here;
/// <c>TRUSTDESK_FUZZ_SEED</c> runs another sequence (or replays the one a failure names). Every failure message names it.
/// </summary>
public static class FuzzSeed
{
    public const string Variable = "TRUSTDESK_FUZZ_SEED";

    /// <summary>Issue 14, "Hardening", where the fuzz was asked for.</summary>
    public const int Default = 14_0001;

    public static int Current { get; } =
        int.TryParse(Environment.GetEnvironmentVariable(Variable), System.Globalization.CultureInfo.InvariantCulture, out var seed) ? seed : Default;

    /// <summary>A generator of its own for each part of the fuzz, so that a change in one part leaves the others' calls as they were.</summary>
    public static Random For(string part) => new(Current ^ StableHash(part));

    // string.GetHashCode differs from one process to the next; this does not.
    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text) hash = unchecked(hash * 31 + c);
        return hash;
    }
}
