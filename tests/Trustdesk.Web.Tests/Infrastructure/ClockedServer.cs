using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Trustdesk.Web.Tests.Infrastructure;

/// <summary>
/// A server of its own (own database) whose clock the tests move: the app's <see cref="TimeProvider"/> singleton
/// is replaced by a <see cref="FakeTimeProvider"/>. Used as an xunit class fixture, so it lives as long as one
/// test class and its clock moves for that class alone.
/// </summary>
public abstract class ClockedServer : IDisposable
{
    /// <summary>A server whose clock starts at <paramref name="start"/>, or (when null) at the current second.</summary>
    protected ClockedServer(IReadOnlyDictionary<string, string>? settings = null, DateTimeOffset? start = null)
    {
        // Whole seconds, so expiry instants sent and compared as 4me timestamps match the clock exactly.
        var now = start ?? DateTimeOffset.UtcNow;
        Clock = new FakeTimeProvider(now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)));
        Server = new TrustdeskServer(settings, services => services.AddSingleton<TimeProvider>(Clock)).Started();
        World = new TestWorld(Server);
    }

    public FakeTimeProvider Clock { get; }
    public TrustdeskServer Server { get; }
    public TestWorld World { get; }

    public void Dispose()
    {
        Server.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>A server whose clock moves, with the normal (high) rate limit.</summary>
public sealed class FakeClockServer : ClockedServer;

/// <summary>
/// A server whose clock starts at <see cref="Start"/> whatever today's date, for tests that set the clock to instants they
/// name (a clock only moves forward). For the API only: the web UI's cookies would expire in the browser's own time.
/// </summary>
public sealed class NamedClockServer() : ClockedServer(start: Start)
{
    /// <summary>Monday 30 November 2026, 08:00 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
}

/// <summary>A server whose clock moves and that allows only three calls per token (or address) an hour.</summary>
public sealed class RateLimitedServer() : ClockedServer(new Dictionary<string, string> { ["RateLimit:RequestsPerHour"] = "3" })
{
    public const int Limit = 3;
}
