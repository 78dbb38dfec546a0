using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Trustdesk.Web.Tests.Infrastructure;

/// <summary>
/// The real application in memory, on its own fresh <see cref="TestDatabase"/>: no demo data, a random operator
/// token, and rate and sign-in limits high enough never to interfere unless a test asks for low ones.
/// </summary>
public sealed class TrustdeskServer : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly Action<IServiceCollection>? _services;

    public TrustdeskServer(IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
        : this(TestDatabase.Create(), settings, services)
    {
    }

    /// <summary>A server on an existing database, as a second process of one deployment would be (the first owns its cleanup).</summary>
    public TrustdeskServer(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    {
        Database = database;
        _settings = settings ?? new Dictionary<string, string>();
        _services = services;
    }

    public TestDatabase Database { get; }
    public string OperatorToken { get; } = "op_" + Ids.Hex(32);

    /// <summary>A client that sends the operator token.</summary>
    public ApiClient Operator => Client(OperatorToken);

    /// <summary>A client with <paramref name="token"/> (none when null), acting in <paramref name="account"/> if given.</summary>
    public ApiClient Client(string? token = null, string? account = null) =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), token, account);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Not Development: that environment loads the demo settings and its own error pages.
        builder.UseEnvironment("Testing");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Demo:LoadReferenceScenario", "false");
        builder.UseSetting("Platform:OperatorToken", OperatorToken);
        builder.UseSetting("RateLimit:RequestsPerHour", "1000000");
        // Outside Development a start needs its public URL (ADR 40): the in-memory server's own address.
        builder.UseSetting("Platform:PublicUrl", "http://localhost");
        // Every test client calls from one address (none, in memory): the per-client sign-in limits and the answer's
        // time floor would only slow the suite down, unless a test asks for them (SignInThrottleTests).
        builder.UseSetting("SignIn:AttemptsPerClientPerMinute", "1000000");
        builder.UseSetting("SignIn:FailuresPerClient", "1000000");
        builder.UseSetting("SignIn:MinimumMilliseconds", "0");
        foreach (var (key, value) in Database.Settings) builder.UseSetting(key, value);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        if (_services is not null) builder.ConfigureTestServices(_services);
    }

    /// <summary>Starts the server now (migrations included), so a slow start never counts against one test.</summary>
    public TrustdeskServer Started()
    {
        _ = Server;
        return this;
    }
}
