using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Trustdesk.Web.Tests.Infrastructure;

/// <summary>
/// A server of its own (own database) whose clock the tests move: the app's <see cref="TimeProvider"/> singleton
/// is replaced by a <see cref="FakeTimeProvider"/> that starts at an instant the fixture names, never at the
/// machine's now, so the tests give the same result on any day, at any hour, in any time zone. Used as an xunit
/// class fixture, so it lives as long as one test class and its clock moves (forward only) for that class alone.
/// </summary>
public abstract class ClockedServer : IDisposable
{
    /// <summary>Monday 7 January 2030, 09:00 UTC: a working morning, far from any day boundary in Europe.</summary>
    public static readonly DateTimeOffset MondayMorning = new(2030, 1, 7, 9, 0, 0, TimeSpan.Zero);

    /// <param name="services">Services a fixture adds to the server's own (after the clock).</param>
    protected ClockedServer(DateTimeOffset start, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    {
        // Whole seconds, so expiry instants sent and compared as 4me timestamps match the clock exactly.
        if (start.Ticks % TimeSpan.TicksPerSecond != 0) throw new ArgumentException("A test clock starts on a whole second.", nameof(start));
        Clock = new FakeTimeProvider(start);
        Server = new TrustdeskServer(settings, collection =>
        {
            collection.AddSingleton<TimeProvider>(Clock);
            collection.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, ClientAddresses>();
            services?.Invoke(collection);
        }).Started();
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

/// <summary>A server whose clock starts on <see cref="ClockedServer.MondayMorning"/> and moves, with the normal (high) rate limit.</summary>
public sealed class FakeClockServer() : ClockedServer(MondayMorning);

/// <summary>A server whose clock moves and that allows only three calls per token (or address) an hour.</summary>
public sealed class RateLimitedServer() : ClockedServer(MondayMorning, new Dictionary<string, string> { ["RateLimit:RequestsPerHour"] = "3" })
{
    public const int Limit = 3;
}
