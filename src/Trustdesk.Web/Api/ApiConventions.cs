using Trustdesk.Web.Api.Audit;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Idempotency;
using Trustdesk.Web.Api.Limits;
using Trustdesk.Web.Api.Outages;
using Trustdesk.Web.Startup;

namespace Trustdesk.Web.Api;

/// <summary>The services behind the API conventions: caller resolution, references, rate limits, time, database outages.</summary>
public static class ApiConventions
{
    public static IServiceCollection AddApiConventions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<PlatformOptions>().Bind(configuration.GetSection("Platform"))
            .RefuseWhen<PlatformOptions, IHostEnvironment>((platform, environment) => platform.Problem(environment));
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection("RateLimit")).RefuseWhen(limits => SettingsRefusals.BelowLeast(
            "RateLimit", 1, ("RequestsPerHour", limits.RequestsPerHour), ("MaxTrackedCallers", limits.MaxTrackedCallers)));
        services.AddSingleton<RateLimits>();
        services.AddScoped<Caller>();
        services.AddScoped<CallerResolution>();
        services.AddScoped<Passwords>();
        services.AddScoped<References>();
        services.AddScoped<NamesInAccounts>();
        services.AddScoped<AuditTrails>();
        services.AddScoped<NoteJson>();
        services.AddScoped<NotedRecords>();
        services.AddScoped<RecordWrites>();
        services.AddScoped<RecordReads>();
        services.AddScoped<KeptAnswers>();
        services.AddDatabaseOutages();
        return services;
    }

    /// <summary>Unknown paths under <c>/v1</c> answer the API's JSON 404, not an empty page.</summary>
    public static void MapApiFallback(this IEndpointRouteBuilder app) =>
        app.MapFallback("/v1/{**path}", () => ApiErrors.NotFound()).ExcludeFromDescription();
}
