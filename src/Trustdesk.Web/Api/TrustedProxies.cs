using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Trustdesk.Web.Api;

/// <summary>Settings of section <c>Proxy</c>.</summary>
public sealed class ProxyOptions
{
    /// <summary>Addresses of reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed, besides loopback.</summary>
    public string[] KnownProxies { get; set; } = [];
}

/// <summary>
/// A reverse proxy in front (TLS ends there) tells the server who the client is and that it came over HTTPS, so the
/// session cookie is marked Secure and per-address limits count clients, not the proxy. Only proxies the operator
/// names are believed, and loopback (a proxy on the same host), as ASP.NET Core does by default: anyone else could
/// claim any address.
/// </summary>
public static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var configured = configuration.GetSection("Proxy").Get<ProxyOptions>() ?? new ProxyOptions();
        var proxies = configured.KnownProxies.Select(text => IPAddress.TryParse(text.Trim(), out var address)
            ? address
            : throw new InvalidOperationException($"Proxy:KnownProxies holds \"{text}\", which is not an IP address.")).ToList();
        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
        });
    }
}
