using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Events;
using Trustdesk.Web.Pages.Session;

namespace Trustdesk.Web.Pages.Console.Live;

/// <summary>
/// A console page's listener: the cookie session's person acting in the console's account, resolved by the rules every
/// console page applies (<c>CallerResolution.ResolvePersonAsync</c>, a role in the account, a live session opened with
/// the password the person has now), so a disabled person, a removed role, a revoked trust, a new password or signing
/// out stops the stream at the next delivery.
/// </summary>
public sealed class ConsoleStreamCaller(SessionCookie session, string accountId) : IStreamCaller
{
    public string Listener { get; } = "console:" + session.PersonId;

    public async Task<bool> ResolveAsync(IServiceProvider services, CancellationToken cancel)
    {
        if (await services.GetRequiredService<CallerResolution>().ResolvePersonAsync(0, session.PersonId, session.AccountId, accountId, false, cancel) is not null)
            return false;
        return services.GetRequiredService<Caller>().HasAnyRole
            && await services.GetRequiredService<WebSessions>().IsLiveAsync(session, cancel);
    }
}
