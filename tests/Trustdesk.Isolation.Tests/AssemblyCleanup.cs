using Xunit.Abstractions;

// The Web tests' framework runs the registered clean-ups (dropping test databases) before the run ends.
[assembly: TestFramework("Trustdesk.Web.Tests.Infrastructure.TestRunCleanup", "Trustdesk.Web.Tests")]

namespace Trustdesk.Isolation.Tests;

/// <summary>Writes a line to the test output and to the console, so the seed is seen in CI logs too.</summary>
public static class Report
{
    public static void Line(ITestOutputHelper output, string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
    }
}
