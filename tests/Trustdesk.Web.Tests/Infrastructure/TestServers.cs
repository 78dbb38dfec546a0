namespace Trustdesk.Web.Tests.Infrastructure;

/// <summary>
/// The one server that nearly every test shares, started on first use and kept for the whole run; each test
/// makes its own accounts on it, so tests stay independent and run in parallel.
/// </summary>
public static class TestServers
{
    private static readonly Lazy<TrustdeskServer> SharedServer = new(() => new TrustdeskServer().Started());

    public static TrustdeskServer Shared => SharedServer.Value;
}
