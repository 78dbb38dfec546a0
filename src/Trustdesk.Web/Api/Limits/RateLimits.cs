using System.Globalization;
using Microsoft.Extensions.Options;

namespace Trustdesk.Web.Api.Limits;

/// <summary>Settings of section <c>RateLimit</c>: 4me allows 3600 calls an hour per token.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Calls an hour per access token; calls that name no usable token share this budget per client address.</summary>
    public int RequestsPerHour { get; set; } = 3600;

    /// <summary>Tokens and client addresses counted at once; beyond it new ones share one window (bounded memory).</summary>
    public int MaxTrackedCallers { get; set; } = 200_000;
}

/// <summary>
/// One-hour windows, as 4me's (whose clients read the remaining count and reset time from <c>X-RateLimit-*</c> on every
/// answer, which ASP.NET Core's limiter cannot report). A call is counted once its caller is known
/// (<see cref="CallerFilter"/>): an authenticated call in its token's window, any other — no token, a made-up or expired
/// one, or a path that needs none — in its client address's. So a made-up token costs no entry of its own, and
/// whatever an attacker sends, a call costs O(1) (<see cref="WindowCounters"/>). Per server process (ADR 4).
/// </summary>
public sealed class RateLimits(TimeProvider time, IOptions<RateLimitOptions> options)
{
    private readonly WindowCounters _windows = new(time, TimeSpan.FromHours(1), options.Value.MaxTrackedCallers);

    public int Limit => options.Value.RequestsPerHour;

    /// <summary>How many tokens and addresses have a window now.</summary>
    public int TrackedCallers => _windows.Count;

    /// <summary>Counts an authenticated call in its token's window (the operator's credential is one token).</summary>
    public WindowState TakeForToken(long tokenId) => _windows.Take("t:" + tokenId.ToString(CultureInfo.InvariantCulture), Limit);

    public WindowState TakeForOperator() => _windows.Take("operator", Limit);

    /// <summary>Counts a call without a usable token in its client address's window.</summary>
    public WindowState TakeForAddress(HttpContext context) => _windows.Take("a:" + ClientAddress.KeyOf(context), Limit);
}

/// <summary>The window a <c>/v1</c> call was counted in, kept on the call for its answer's headers.</summary>
public sealed class RateLimitTicket
{
    public WindowState? Window { get; set; }
}

public static class RateLimitMiddleware
{
    /// <summary>
    /// Every <c>/v1</c> answer carries <c>X-RateLimit-*</c> (one 4me SDK throws without them), errors included. The
    /// window is taken where the caller becomes known; a call that never gets there (an unknown path) is counted in its
    /// address's window as the answer starts.
    /// </summary>
    public static IApplicationBuilder UseApiRateLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments("/v1"))
        {
            await next(context);
            return;
        }
        var limits = context.RequestServices.GetRequiredService<RateLimits>();
        var ticket = new RateLimitTicket();
        context.Features.Set(ticket);
        // Set as the response starts, so an error handler that clears the response cannot drop them.
        context.Response.OnStarting(() =>
        {
            var window = ticket.Window ??= limits.TakeForAddress(context);
            var headers = context.Response.Headers;
            headers["X-RateLimit-Limit"] = limits.Limit.ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Remaining"] = window.Remaining.ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Reset"] = window.Reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
        await next(context);
    });

    /// <summary>Counts the call in <paramref name="window"/>'s; over the limit, the 429 to answer (with <c>Retry-After</c>).</summary>
    public static ApiResult? Counted(HttpContext context, WindowState window)
    {
        if (context.Features.Get<RateLimitTicket>() is { } ticket) ticket.Window = window;
        if (window.Allowed) return null;
        var wait = (long)Math.Ceiling((window.Reset - context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()).TotalSeconds);
        context.Response.Headers.RetryAfter = Math.Max(1, wait).ToString(CultureInfo.InvariantCulture);
        return ApiErrors.TooManyRequests();
    }
}
