namespace Trustdesk.Web.Tests.Scenario;

/// <summary>The scenario is loaded into the shared database by whichever test comes first; loads never overlap.</summary>
internal static class ScenarioLoading
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task RunAsync(Func<Task> load)
    {
        await Gate.WaitAsync();
        try
        {
            await load();
        }
        finally
        {
            Gate.Release();
        }
    }
}
