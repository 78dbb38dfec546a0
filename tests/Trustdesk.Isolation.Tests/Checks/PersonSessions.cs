using System.Collections.Concurrent;
using Trustdesk.Isolation.Tests.World;
using Trustdesk.Web.Tests.Infrastructure;
using Trustdesk.Web.Tests.Pages;

namespace Trustdesk.Isolation.Tests.Checks;

/// <summary>
/// The web UI's cookie sessions of the world's people on one server, signed in once each as Web.Tests' console tests
/// do it (<see cref="ConsoleWorld.SignInAsync"/>: a password set through the server, since no API sets one).
/// </summary>
public sealed class PersonSessions(TrustdeskServer server) : IDisposable
{
    private readonly ConcurrentDictionary<long, Lazy<Task<PageSession>>> _sessions = new();

    public TrustdeskServer Server { get; } = server;

    public Task<PageSession> OfAsync(WPerson person) =>
        _sessions.GetOrAdd(person.Id, _ => new Lazy<Task<PageSession>>(() => ConsoleWorld.SignInAsync(Server, person.Account, person.Id))).Value;

    public void Dispose()
    {
        foreach (var session in _sessions.Values.Where(s => s.IsValueCreated && s.Value.IsCompletedSuccessfully)) session.Value.Result.Dispose();
    }
}
