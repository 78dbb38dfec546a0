using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Browser.Tests.Infrastructure;

/// <summary>
/// The real application on Kestrel at a loopback port, with the reference scenario loaded (its demo people sign in
/// with their demo passwords; outside Development it loads only when allowed explicitly), on a fresh SQLite database or,
/// with <c>TRUSTDESK_TEST_POSTGRES</c>, PostgreSQL.
/// Started on first use and shared by the whole run.
/// </summary>
public static class PortalServer
{
    private static readonly Lazy<(TrustdeskServer Server, Uri Address)> Started = new(() =>
    {
        var server = new TrustdeskServer(new Dictionary<string, string> { ["Demo:LoadReferenceScenario"] = "true", ["Demo:AllowOutsideDevelopment"] = "true" });
        server.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        server.StartServer();
        TestRunCleanup.Register(server.Dispose);
        var address = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (server, new Uri(address));
    });

    public static Uri Address => Started.Value.Address;
    public static TrustdeskServer Server => Started.Value.Server;

    /// <summary>A plain HTTP client of the running server, with its own cookies (or those given) and no automatic redirects.</summary>
    public static HttpClient Client(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies ?? new CookieContainer() }) { BaseAddress = Address };

    /// <summary>A client calling the API with a demo token, as the README's examples do.</summary>
    public static HttpClient Api(string token, string account)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        client.DefaultRequestHeaders.Add("X-4me-Account", account);
        return client;
    }
}
