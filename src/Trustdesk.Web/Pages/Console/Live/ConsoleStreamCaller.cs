using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Events;

namespace Trustdesk.Web.Pages.Console.Live;

/// <summary>
/// A console page's listener: the cookie session's person acting in the console's account, resolved by the rules every
/// console page applies (<c>CallerResolution.ResolvePersonAsync</c>, and a role in the account), so a disabled
/// person, a removed role or a revoked trust stops the stream at the next delivery.
/// </summary>
public sealed class ConsoleStreamCaller(long personId, string homeAccountId, string accountId) : IStreamCaller
{
    public async Task<bool> ResolveAsync(IServiceProvider services, CancellationToken cancel) =>
        await services.GetRequiredService<CallerResolution>().ResolvePersonAsync(0, personId, homeAccountId, accountId, false, cancel) is null
        && services.GetRequiredService<Caller>().HasAnyRole;
}
