using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Trustdesk.Web.Api;

/// <summary>Settings of section <c>RateLimit</c>: 4me allows 3600 calls an hour per token.</summary>
public sealed class RateLimitOptions
{
    public int RequestsPerHour { get; set; } = 3600;
}

/// <summary>
/// A fixed one-hour window per token (per client address without one). ASP.NET Core's limiter cannot report
/// the remaining count and reset time that 4me clients read from <c>X-RateLimit-*</c> on every response, hence
/// this small one. Windows are per server process.
/// </summary>
public sealed class RateLimits(TimeProvider time, Microsoft.Extensions.Options.IOptions<RateLimitOptions> options)
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);

    public int Limit => options.Value.RequestsPerHour;

    /// <summary>Counts one call; returns whether it is allowed, what remains and when the window resets.</summary>
    public (bool Allowed, int Remaining, DateTimeOffset Reset) Take(string key)
    {
        var now = time.GetUtcNow();
        var counter = _counters.GetOrAdd(key, _ => new Counter(now));
        lock (counter)
        {
            if (now >= counter.Start + Window)
            {
                counter.Start = now;
                counter.Count = 0;
            }
            var allowed = counter.Count < Limit;
            if (allowed) counter.Count++;
            if (_counters.Count > 100_000) Sweep(now);
            return (allowed, Math.Max(0, Limit - counter.Count), counter.Start + Window);
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, counter) in _counters)
            if (now >= counter.Start + Window) _counters.TryRemove(key, out _);
    }

    public static string KeyOf(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString().Trim();
        // Keyed on the token itself, not on how the header spells the scheme and the spaces around it: otherwise each
        // spelling of one token ("bearer x", "Bearer  x") bought a fresh window.
        const string scheme = "Bearer ";
        if (authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) authorization = authorization[scheme.Length..].Trim();
        return authorization.Length > 0
            ? "t:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(authorization)))
            : "a:" + context.Connection.RemoteIpAddress;
    }

    private sealed class Counter(DateTimeOffset start)
    {
        public DateTimeOffset Start { get; set; } = start;
        public int Count { get; set; }
    }
}

public static class RateLimitMiddleware
{
    public static IApplicationBuilder UseApiRateLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments("/v1"))
        {
            await next(context);
            return;
        }
        var limits = context.RequestServices.GetRequiredService<RateLimits>();
        var (allowed, remaining, reset) = limits.Take(RateLimits.KeyOf(context));
        var headers = context.Response.Headers;
        // Set as the response starts, so an error handler that clears the response cannot drop them.
        context.Response.OnStarting(() =>
        {
            headers["X-RateLimit-Limit"] = limits.Limit.ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Reset"] = reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
        if (allowed)
        {
            await next(context);
            return;
        }
        var wait = (long)Math.Ceiling((reset - context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()).TotalSeconds);
        headers.RetryAfter = Math.Max(1, wait).ToString(CultureInfo.InvariantCulture);
        await ApiErrors.TooManyRequests().ExecuteAsync(context);
    });
}
