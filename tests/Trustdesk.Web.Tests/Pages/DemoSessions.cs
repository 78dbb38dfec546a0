using Microsoft.Extensions.DependencyInjection;
using Trustdesk.Web.Demo;
using Trustdesk.Web.Tests.Infrastructure;
using Trustdesk.Web.Tests.Scenario;

namespace Trustdesk.Web.Tests.Pages;

/// <summary>The reference scenario on the shared server, and its demo people signed in with their demo passwords.</summary>
public static class DemoSessions
{
    public static TrustdeskServer Server => TestServers.Shared;

    public static async Task LoadAsync()
    {
        await using var scope = Server.Services.CreateAsyncScope();
        await ScenarioLoading.RunAsync(() => scope.ServiceProvider.GetRequiredService<ScenarioLoader>().LoadAsync(CancellationToken.None));
    }

    /// <summary>The demo person whose demo token is <paramref name="token"/> (e.g. <c>td_demo_nl_analyst</c>), signed in.</summary>
    public static async Task<PageSession> SignInAsync(string token)
    {
        await LoadAsync();
        var person = ReferenceScenario.People.Single(p => p.Token == token);
        return await PageSession.SignInAsync(Server, person.Email, person.Password);
    }

    public static async Task<long> RequestIdAsync(string subject)
    {
        await LoadAsync();
        return (await Server.Client("td_demo_nl_analyst", "widget-it-nl").GetAsync("/v1/requests?per_page=100")).Expect(200).Items
            .Single(r => r!.Str("subject") == subject)!.Number("id");
    }
}
