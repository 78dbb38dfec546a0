using Microsoft.Extensions.Options;
using Trustdesk.Data;
using Trustdesk.Web.Api.Contracts;
using Trustdesk.Web.Data;
using Trustdesk.Web.Startup;

namespace Trustdesk.Web.Features.Events;

/// <summary>
/// <c>/v1/events</c>: live updates of requests, tasks and workflows (product.md §5: every change reaches every seeing
/// account's open consoles within a second, without copying the record; §6: who sees a task). Emitted by
/// <see cref="ChangeEventInterceptor"/> with each save, carried between servers by PostgreSQL LISTEN/NOTIFY
/// (<see cref="PostgresEventListener"/>), fanned out by the <see cref="EventHub"/>, and filtered per subscriber at
/// delivery (<see cref="DeliveryCheck"/>). ADR 17.
/// </summary>
public static class EventsApi
{
    public static IServiceCollection AddEvents(this IServiceCollection services, IConfiguration configuration)
    {
        var postgres = DatabaseSetup.UsesPostgres(configuration);
        services.AddOptions<EventsOptions>().Bind(configuration.GetSection("Events")).RefuseWhen(events => SettingsRefusals.BelowLeast("Events", 1,
            ("KeepAliveSeconds", events.KeepAliveSeconds), ("MaxStreamsPerListener", events.MaxStreamsPerListener), ("MaxStreams", events.MaxStreams))
            ?? SettingsRefusals.BelowLeast("Events", 0, ("CheckBeatMilliseconds", events.CheckBeatMilliseconds)));
        services.AddSingleton(new EventHub(liveFromStart: !postgres));
        services.AddSingleton<ChangeEventInterceptor>();
        services.ConfigureDbContext<TrustdeskDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<ChangeEventInterceptor>()));
        services.AddSingleton<DeliveryCheck>();
        services.AddSingleton<StreamSlots>();
        services.AddTransient<EventStream>();
        if (postgres)
        {
            services.AddHostedService(sp => new PostgresEventListener(sp.GetRequiredService<EventHub>(),
                sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Connection!, sp.GetRequiredService<ILogger<PostgresEventListener>>()));
        }
        return services;
    }

    public static RouteGroupBuilder MapEventsApi(this RouteGroupBuilder v1)
    {
        var events = v1.MapGroup("/events").WithTags("Events");
        events.MapGet("/stream", (EventStream stream) => stream)
            .WithSummary("Live updates as server-sent events: one per change of a request, task or workflow the caller may see "
                + "when it is delivered, naming its kind and ids (read the record through the API); a keep-alive comment when quiet")
            .Produces<string>(StatusCodes.Status200OK, "text/event-stream")
            // 429: too many streams open for this token or console session; 503: too many on this server, or reconnecting
            // to the database. Both say when to try again (Retry-After).
            .Refuses(StatusCodes.Status429TooManyRequests, StatusCodes.Status503ServiceUnavailable);
        return events;
    }
}

/// <summary>Settings of section <c>Events</c>.</summary>
public sealed class EventsOptions
{
    /// <summary>
    /// After this many seconds without output a stream sends a <c>: keep-alive</c> comment, having checked that the
    /// caller may still listen.
    /// </summary>
    public int KeepAliveSeconds { get; set; } = 15;

    /// <summary>Streams one access token (or one person's console sessions) may have open at once.</summary>
    public int MaxStreamsPerListener { get; set; } = 10;

    /// <summary>Streams one server process keeps open at once (see docs/benchmarks.md: delivery stays fast at this many).</summary>
    public int MaxStreams { get; set; } = 500;

    /// <summary>
    /// Streams check what they may deliver on a common beat of this many milliseconds (ADR 41): the events that arrive
    /// between two beats are checked together, so one stream checks at most this often whatever the write rate, and a
    /// listener's streams check the same events at the same instant (one check for all of them, ADR 39). 0 checks each
    /// arrival at once.
    /// </summary>
    public int CheckBeatMilliseconds { get; set; } = 200;
}
