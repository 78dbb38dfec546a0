// The end-of-run cleanup of the HTTP tests drops this run's test databases too.
[assembly: TestFramework("Trustdesk.Web.Tests.Infrastructure.TestRunCleanup", "Trustdesk.Web.Tests")]

namespace Trustdesk.Browser.Tests.Infrastructure;

/// <summary>
/// Every test class joins this one collection, so tests run one at a time: the machines have two cores, and each test
/// drives a whole Chromium. (The runner settings that come with the HTTP tests' project parallelize collections.)
/// </summary>
[CollectionDefinition(Name)]
public sealed class OneAtATime
{
    public const string Name = "One browser at a time";
}
