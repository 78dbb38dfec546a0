using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Trustdesk.Web.Startup;

namespace Trustdesk.Web.Api;

/// <summary>Settings of section <c>Proxy</c>.</summary>
public sealed class ProxyOptions
{
    /// <summary>Addresses of reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed, besides loopback.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>The addresses; null for an entry that is not one.</summary>
    public IEnumerable<IPAddress?> Addresses() =>
        KnownProxies.Select(text => IPAddress.TryParse(text.Trim(), out var address) ? address : null);

    /// <summary>The first entry that is not an IP address, in the operator's words, or null.</summary>
    public string? Problem() =>
        KnownProxies.Zip(Addresses()).FirstOrDefault(entry => entry.Second is null).First is { } text
            ? $"Proxy:KnownProxies holds \"{text}\", which is not an IP address: set IP addresses (Proxy__KnownProxies__0=10.0.0.5)."
            : null;
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
        services.AddOptions<ProxyOptions>().Bind(configuration.GetSection("Proxy")).RefuseWhen(proxies => proxies.Problem());
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((options, proxies) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies.Value.Addresses()) options.KnownProxies.Add(proxy!);
        });
        return services;
    }
}
