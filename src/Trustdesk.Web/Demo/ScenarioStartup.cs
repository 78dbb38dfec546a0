using Microsoft.Extensions.Options;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Startup;

namespace Trustdesk.Web.Demo;

public static class ScenarioStartup
{
    public static IServiceCollection AddReferenceScenario(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DemoOptions>().Bind(configuration.GetSection("Demo"))
            .RefuseWhen<DemoOptions, IHostEnvironment>((demo, environment) => demo.Problem(environment));
        return services.AddScoped<ScenarioLoader>()
            .AddScoped<CatalogLoader>().AddScoped<RequestsLoader>().AddScoped<WorkflowsLoader>().AddScoped<KnowledgeLoader>().AddScoped<ProblemsLoader>().AddScoped<ConfigurationItemsLoader>()
            .AddScoped<DemoCredentials>();
    }

    /// <summary>
    /// Outside Development, one warning when public demo credentials would let someone in here (<see cref="DemoCredentials"/>):
    /// a database the scenario was loaded into may end up serving real work.
    /// </summary>
    public static async Task WarnOfDemoCredentialsAsync(this WebApplication app)
    {
        if (app.Environment.IsDevelopment()) return;
        await using var scope = app.Services.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<DemoCredentials>().WorkingAsync(CancellationToken.None) is not { } working) return;
        scope.ServiceProvider.GetRequiredService<ILogger<DemoCredentials>>().LogWarning(
            "Public demo credentials work on this server: {Working}. Anyone who has read the README can sign in with them: revoke the " +
            "demo tokens, change the demo people's passwords and set Platform:OperatorToken to a long random value before real use.", working);
    }

    /// <summary>Loads the scenario when configured, then tells the person at the console where to go and which tokens and passwords to use.</summary>
    public static async Task LoadReferenceScenarioAsync(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.LoadReferenceScenario) return;
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ScenarioLoader>().LoadAsync(CancellationToken.None);

        var operatorToken = app.Services.GetRequiredService<IOptions<PlatformOptions>>().Value.OperatorToken;
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var lines = new List<string> { "", "Trustdesk is running with the reference scenario (product.md §10).", "" };
            lines.AddRange(app.Urls.Select(url => $"  Open {url}/ (sign in at {url}/sign-in, API reference at {url}/reference)"));
            lines.Add("");
            lines.Add("  Demo tokens (Authorization: Bearer <token>, X-4me-Account: <account>; the people's work for a day from this start):");
            if (operatorToken.Length > 0) lines.Add($"    {operatorToken,-32} platform operator (creates accounts)");
            foreach (var person in ReferenceScenario.People)
                lines.Add($"    {person.Token,-32} {person.Name} ({string.Join(", ", person.Roles.Select(r => r.Account).DefaultIfEmpty(person.Account + ", end user"))})");
            lines.Add("");
            lines.Add("  Demo sign-ins for the web UI (e-mail / password):");
            foreach (var person in ReferenceScenario.People)
                lines.Add($"    {person.Email,-32} {person.Password,-32} {person.Name}");
            lines.Add("");
            Console.WriteLine(string.Join(Environment.NewLine, lines));
        });
    }
}
