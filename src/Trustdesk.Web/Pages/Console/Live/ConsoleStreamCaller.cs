using Trustdesk.Data;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Events;

namespace Trustdesk.Web.Pages.Console.Live;

/// <summary>
/// A console page's listener: the cookie session's person acting in the console's account, resolved by the rules every
/// console page applies (<c>CallerResolution.ResolvePersonAsync</c>, a role in the account, the password the session
/// was opened with), so a disabled person, a removed role, a revoked trust or a new password stops the stream at the
/// next delivery.
/// </summary>
public sealed class ConsoleStreamCaller(long personId, string homeAccountId, string accountId, string stamp) : IStreamCaller
{
    public string Listener { get; } = "console:" + personId;

    public async Task<bool> ResolveAsync(IServiceProvider services, CancellationToken cancel)
    {
        if (await services.GetRequiredService<CallerResolution>().ResolvePersonAsync(0, personId, homeAccountId, accountId, false, cancel) is not null)
            return false;
        var caller = services.GetRequiredService<Caller>();
        if (!caller.HasAnyRole) return false;
        using (services.GetRequiredService<TrustdeskDbContext>().Scope.EnterHomeOf(caller))
            return await services.GetRequiredService<Passwords>().HasStampAsync(personId, stamp, cancel);
    }
}
