using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Trustdesk.Web.Tests.Infrastructure;

/// <summary>
/// The in-memory test server has no network, so every call comes from no address at all. Ahead of the app's whole
/// pipeline, this sets the connection's remote address from <see cref="Header"/>, so a test can call as several
/// clients. Test servers only: the app itself never reads the header.
/// </summary>
public sealed class ClientAddresses : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    private static int _last;

    /// <summary>An address no other call of this test run has used (from 198.18.0.0/15, kept for tests), for a client of its own.</summary>
    public static string NewIPv4()
    {
        var n = Interlocked.Increment(ref _last);
        return $"198.{18 + (n >> 16 & 1)}.{n >> 8 & 255}.{n & 255}";
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, call) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value, out var address))
                context.Connection.RemoteIpAddress = address;
            await call(context);
        });
        next(app);
    };
}
