using System.Collections.Concurrent;

namespace Trustdesk.Web.Tests.Infrastructure;

/// <summary>
/// Work to do once the whole test run is over (xunit v2 has no assembly fixture): the shared server lives as
/// long as the test process, so its database can only be dropped as the process exits.
/// </summary>
public static class TestRunCleanup
{
    private static readonly ConcurrentStack<Action> Actions = new();

    static TestRunCleanup() => AppDomain.CurrentDomain.ProcessExit += (_, _) => RunAll();

    public static void Register(Action action) => Actions.Push(action);

    /// <summary>Runs the registered actions (last registered first); safe to call more than once.</summary>
    public static void RunAll()
    {
        while (Actions.TryPop(out var action)) action();
    }
}
