using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Trustdesk.Web.Api.Limits;

/// <summary>Settings of section <c>Overload</c>; 0 derives the value from the processor count (docs/operations.md).</summary>
public sealed class OverloadOptions
{
    /// <summary>Calls worked on at once (default: 8 per processor).</summary>
    public int MaxConcurrentCalls { get; set; }

    /// <summary>Calls waiting for one of those places, oldest first (default: 16 per processor); any more are refused.</summary>
    public int QueueLength { get; set; }

    public int ConcurrentCalls => MaxConcurrentCalls > 0 ? MaxConcurrentCalls : 8 * Environment.ProcessorCount;
    public int Queue => QueueLength > 0 ? QueueLength : 16 * Environment.ProcessorCount;
}

/// <summary>
/// Sheds what cannot be served in time (ADR 33): offered twice what it could serve, the server once queued every call
/// (p50 17 s, p99 32 s). Now a bounded number of calls is worked on at once, a bounded queue waits (so a queued call
/// waits at most a queue's worth of calls), and the rest are answered 503 with <c>Retry-After</c> at once, so the calls
/// accepted stay fast. ASP.NET Core's own concurrency limiter; live event streams, which stay open, are not counted.
/// </summary>
public static class Overload
{
    public static IServiceCollection AddOverloadShedding(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection("Overload").Get<OverloadOptions>() ?? new OverloadOptions();
        return services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsStream(context)
                ? RateLimitPartition.GetNoLimiter("streams")
                : RateLimitPartition.GetConcurrencyLimiter("calls", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = settings.ConcurrentCalls,
                    QueueLimit = settings.Queue,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                }));
            limiter.OnRejected = RefuseAsync;
        });
    }

    private static bool IsStream(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/v1/events/stream") ||
        (context.Request.Path.StartsWithSegments("/console") && context.Request.Path.Value!.EndsWith("/events", StringComparison.Ordinal));

    private static async ValueTask RefuseAsync(OnRejectedContext rejected, CancellationToken cancel)
    {
        var context = rejected.HttpContext;
        context.Response.Headers.RetryAfter = "1";
        if (context.Request.Path.StartsWithSegments("/v1"))
        {
            await ApiErrors.Message(StatusCodes.Status503ServiceUnavailable, "Service Unavailable").ExecuteAsync(context);
            return;
        }
        // Pages get the short answer too: rendering the error page is work the server has no room for.
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("The service is busy. Try again in a moment.", cancel);
    }
}
