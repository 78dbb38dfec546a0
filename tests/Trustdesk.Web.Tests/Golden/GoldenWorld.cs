using Microsoft.Extensions.DependencyInjection;
using Trustdesk.Web.Demo;
using Trustdesk.Web.Tests.Golden.Script;

namespace Trustdesk.Web.Tests.Golden;

/// <summary>
/// The world the golden calls are made on, built the same way every time: a <see cref="GoldenServer"/> on a fresh
/// database with the reference scenario loaded (by the app's own <see cref="ScenarioLoader"/>, at the clock's first
/// instant), and the ids of the scenario's records the calls name.
/// </summary>
public sealed class GoldenWorld : IDisposable
{
    private GoldenWorld(GoldenServer server, ScenarioRecords records, string madeOf) => (Server, Records, MadeOf) = (server, records, madeOf);

    public GoldenServer Server { get; }
    public ScenarioRecords Records { get; }

    /// <summary>How long making the world took, by part.</summary>
    public string MadeOf { get; }

    public static async Task<GoldenWorld> BuildAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var server = new GoldenServer();
        try
        {
            var started = clock.Elapsed;
            await using (var scope = server.Server.Services.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<ScenarioLoader>().LoadAsync(CancellationToken.None);
            var loaded = clock.Elapsed;
            var records = await ScenarioRecords.FindAsync(server.Server);
            return new GoldenWorld(server, records,
                $"server {started.TotalSeconds:0.0} s, scenario {(loaded - started).TotalSeconds:0.0} s, its ids {(clock.Elapsed - loaded).TotalSeconds:0.0} s");
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    public void Dispose() => Server.Dispose();
}
