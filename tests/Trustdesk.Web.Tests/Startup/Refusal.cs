namespace Trustdesk.Web.Tests.Startup;

/// <summary>What every refused start looks like, whatever was wrong.</summary>
public static class Refusal
{
    /// <summary>
    /// Exit code 1 and one line on stderr, "Trustdesk cannot start: …", holding each of <paramref name="says"/> (the
    /// setting that is wrong, what to set); no unhandled exception and no stack trace anywhere.
    /// </summary>
    public static string Expect(AppExit exit, params string[] says)
    {
        Assert.True(exit.ExitCode == 1, $"Expected a refused start (exit code 1), got {exit}");
        foreach (var trace in new[] { "Unhandled exception", "   at " })
            Assert.False((exit.Output + exit.Errors).Contains(trace, StringComparison.Ordinal), $"A stack trace: {exit}");
        var line = Assert.Single(exit.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("Trustdesk cannot start: ", line, StringComparison.Ordinal);
        foreach (var text in says) Assert.Contains(text, line, StringComparison.Ordinal);
        return line;
    }
}
