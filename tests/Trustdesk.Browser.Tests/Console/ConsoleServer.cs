using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Trustdesk.Browser.Tests.Infrastructure;
using Trustdesk.Web.Demo;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Browser.Tests.Console;

/// <summary>
/// A second server with the reference scenario, for the console's tests: they change the scenario (revoke a trust, add
/// notes) in ways the portal's tests on <see cref="PortalServer"/> must not see. Pages are addressed absolutely.
/// </summary>
public static class ConsoleServer
{
    private static readonly Lazy<Uri> Address = new(() =>
    {
        var server = new TrustdeskServer(new Dictionary<string, string> { ["Demo:LoadReferenceScenario"] = "true", ["Demo:AllowOutsideDevelopment"] = "true" });
        server.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        server.StartServer();
        TestRunCleanup.Register(server.Dispose);
        return new Uri(server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    });

    public static string At(string path) => new Uri(Address.Value, path).ToString();

    public static ReferenceScenario.DemoPerson Person(string email) => ReferenceScenario.People.Single(p => p.Email == email);

    /// <summary>Signs the demo person with this e-mail in, as they would; answers their browser's page, on the portal.</summary>
    public static async Task<IPage> SignInAsync(Chromium chromium, string email)
    {
        var page = chromium.Page;
        var person = Person(email);
        await page.GotoAsync(At("/sign-in"));
        await page.GetByLabel("E-mail address").FillAsync(person.Email);
        await page.GetByLabel("Password").FillAsync(person.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.ArrivesAtAsync("**/portal");
        return page;
    }

    /// <summary>Opens a console page and waits until its live stream is connected: a change made after this is announced to it.</summary>
    public static async Task OpenLiveAsync(IPage page, string path)
    {
        var account = path.Split('/')[2];
        var streaming = page.WaitForResponseAsync(r => r.Url.EndsWith($"/console/{account}/events", StringComparison.Ordinal));
        await page.GotoAsync(At(path));
        await streaming;
    }

    /// <summary>A client of the API with a demo person's token, acting in <paramref name="account"/>.</summary>
    public static HttpClient Api(string email, string account)
    {
        var client = new HttpClient { BaseAddress = new Uri(At("/")) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", Person(email).Token);
        client.DefaultRequestHeaders.Add("X-4me-Account", account);
        return client;
    }
}
