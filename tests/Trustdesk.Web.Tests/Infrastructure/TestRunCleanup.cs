using System.Collections.Concurrent;
using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("Trustdesk.Web.Tests.Infrastructure.TestRunCleanup", "Trustdesk.Web.Tests")]

namespace Trustdesk.Web.Tests.Infrastructure;

/// <summary>
/// Work to do once every test has run, such as dropping the shared server's PostgreSQL database. xunit v2 has no
/// assembly fixture, and both a process-exit handler and the framework's own disposal race with the runner ending
/// the test host (they were seen cut short). So this framework runs the work inside the run itself: just before the
/// assembly reports that it has finished, which the runner waits for.
/// </summary>
public sealed class TestRunCleanup(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    private static readonly ConcurrentStack<Action> Actions = new();

    public static void Register(Action action) => Actions.Push(action);

    /// <summary>Runs the registered actions, last registered first; safe to call more than once.</summary>
    public static void RunAll()
    {
        while (Actions.TryPop(out var action)) action();
    }

    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformation, IMessageSink diagnostics)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformation, diagnostics)
    {
        // Same as the base: the runner learns the end of the run from the messages, not from this method returning.
        protected override async void RunTestCases(
            IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        {
            using var runner = new AssemblyRunner(TestAssembly, testCases, DiagnosticMessageSink, executionMessageSink, executionOptions);
            await runner.RunAsync();
        }
    }

    private sealed class AssemblyRunner(
        ITestAssembly testAssembly, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnostics, IMessageSink execution,
        ITestFrameworkExecutionOptions options)
        : XunitTestAssemblyRunner(testAssembly, testCases, diagnostics, execution, options)
    {
        protected override Task BeforeTestAssemblyFinishedAsync()
        {
            RunAll();
            return base.BeforeTestAssemblyFinishedAsync();
        }
    }
}
