namespace Trustdesk.Web.Tests.Infrastructure;

/// <summary>
/// A server of its own with the test-only switch <c>Isolation:AccountFilterDisabled</c> on: no EF account query
/// filter, so on PostgreSQL only row-level security stands between accounts. Started on first use only, so a
/// SQLite run that leaves the PostgreSQL tests out never starts it.
/// </summary>
public sealed class FilterDisabledServer : IDisposable
{
    private readonly Lazy<TrustdeskServer> _server =
        new(() => new TrustdeskServer(new Dictionary<string, string> { ["Isolation:AccountFilterDisabled"] = "true" }).Started());

    public TrustdeskServer Server => _server.Value;

    public void Dispose()
    {
        if (_server.IsValueCreated) _server.Value.Dispose();
    }
}
