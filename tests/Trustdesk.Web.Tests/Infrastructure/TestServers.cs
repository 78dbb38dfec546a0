namespace Trustdesk.Web.Tests.Infrastructure;

/// <summary>
/// The one server that nearly every test shares, started on first use and kept for the whole run; each test
/// makes its own accounts on it, so tests stay independent and run in parallel.
/// </summary>
public static class TestServers
{
    private static readonly Lazy<TrustdeskServer> SharedServer = new(() =>
    {
        var server = new TrustdeskServer().Started();
        // Registered after its database, so it stops (closing its connections) before the database is dropped.
        TestRunCleanup.Register(server.Dispose);
        return server;
    });

    public static TrustdeskServer Shared => SharedServer.Value;
}
