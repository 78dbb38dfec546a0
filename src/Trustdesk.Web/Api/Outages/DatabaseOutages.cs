using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Trustdesk.Data;

namespace Trustdesk.Web.Api.Outages;

/// <summary>
/// A call the database cannot serve just now (<see cref="UnusableDatabase"/>) answers 503 with <c>Retry-After</c> instead
/// of a 500 with a stack trace in the log: the API's error shape under <c>/v1</c>, the HTML error page elsewhere. The
/// outage is logged once when it begins and once when it ends (<see cref="DatabaseOutage"/>). Nothing is held open or
/// retried here: each call tries the database afresh, so the first call after the outage is served as usual.
/// </summary>
public static class DatabaseOutages
{
    /// <summary>How long a client is asked to wait before trying again.</summary>
    public const int RetryAfterSeconds = 5;

    public static IServiceCollection AddDatabaseOutages(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseOutage>();
        services.AddSingleton<CommitsEndOutages>();
        services.ConfigureDbContext<TrustdeskDbContext>((sp, options) => options
            .AddInterceptors(sp.GetRequiredService<CommitsEndOutages>())
            // EF Core logs every failed command, query, save, connection and transaction as an error with the stack
            // trace in its text: in an outage several per call. A failure that ends a call is logged once by the app's
            // own error handling (with the request id), an outage once by DatabaseOutage, and a conflict answered 409 is
            // no error at all; so EF's copies are debug.
            .ConfigureWarnings(warnings => warnings.Log(
                (RelationalEventId.CommandError, LogLevel.Debug), (RelationalEventId.ConnectionError, LogLevel.Debug),
                (RelationalEventId.TransactionError, LogLevel.Debug), (CoreEventId.QueryIterationFailed, LogLevel.Debug),
                (CoreEventId.SaveChangesFailed, LogLevel.Debug))));
        return services;
    }

    /// <summary>Goes after the error pages and routing, so that a bodiless 503 outside <c>/v1</c> gets the HTML error page.</summary>
    public static IApplicationBuilder UseDatabaseOutages(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && UnusableDatabase.Explains(e))
        {
            context.RequestServices.GetRequiredService<DatabaseOutage>().Refused(e);
            context.Response.Clear();
            if (context.Request.Path.StartsWithSegments("/v1"))
            {
                await ApiErrors.Unavailable(RetryAfterSeconds).ExecuteAsync(context);
                return;
            }
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }
    });
}
