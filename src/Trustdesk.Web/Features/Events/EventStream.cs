using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Events;

/// <summary>
/// <c>GET /v1/events/stream</c>: server-sent events, one per change of a request, task or workflow the caller may see
/// at the moment it is delivered. The caller was resolved by the <c>/v1</c> filters like any call; the handler only returns this
/// result, so the unit of work has committed and released its transaction and connection before the stream
/// starts (<see cref="ApiResult"/>s and this alike run after the endpoint filters). From then on each delivery
/// opens its own short read (<see cref="DeliveryCheck"/>).
/// </summary>
public sealed partial class EventStream(
    EventHub hub, DeliveryCheck check, StreamSlots slots, Caller caller, IOptions<EventsOptions> options, ILogger<EventStream> log) : IResult
{
    private IStreamCaller? _listener;

    /// <summary>This stream for <paramref name="listener"/>; without it, for the bearer token of the stream's request.</summary>
    public EventStream For(IStreamCaller listener)
    {
        _listener = listener;
        return this;
    }

    private TimeSpan KeepAlive => TimeSpan.FromSeconds(options.Value.KeepAliveSeconds);

    // How long a stream waits for the PostgreSQL listener (reconnecting) before answering 503.
    private static readonly TimeSpan LiveWait = TimeSpan.FromSeconds(10);
    private const int BatchSize = 100;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var cancel = httpContext.RequestAborted;
        var listener = _listener ?? new BearerStreamCaller(httpContext.Request, caller.TokenId);
        var (slot, refused) = slots.TryOpen(listener.Listener);
        using var held = slot;
        if (refused is { } why)
        {
            await Refusal(httpContext, why).ExecuteAsync(httpContext);
            return;
        }
        // Subscribed before the 200 goes out: a change made after the client sees the headers is never missed.
        using var subscription = hub.Subscribe();
        try
        {
            await hub.WhenLive.WaitAsync(LiveWait, cancel);
        }
        catch (TimeoutException)
        {
            // The listener reconnects within seconds (or the database is down, which DatabaseOutages answers the same way).
            httpContext.Response.Headers.RetryAfter = "5";
            await ApiErrors.Message(StatusCodes.Status503ServiceUnavailable, "Live events are reconnecting to the database: try again shortly")
                .ExecuteAsync(httpContext);
            return;
        }

        try
        {
            await StreamAsync(httpContext, listener, subscription, cancel);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // The client went away.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The response has started, so no error body can follow; ending the stream makes the client reconnect.
            LogEnded(log, e);
        }
    }

    /// <summary>
    /// Too many of the listener's own streams: 429, for the listener to close one (a stream ends only when its client
    /// goes). Too many on the server: 503, to come back later or to another server. Both say so and when to retry.
    /// </summary>
    private static ApiResult Refusal(HttpContext httpContext, StreamSlots.Refusal why)
    {
        httpContext.Response.Headers.RetryAfter = why == StreamSlots.Refusal.Listener ? "60" : "10";
        return why == StreamSlots.Refusal.Listener
            ? ApiErrors.Message(StatusCodes.Status429TooManyRequests, "Too many open event streams for this token or session: close one first")
            : ApiErrors.Message(StatusCodes.Status503ServiceUnavailable, "Too many open event streams on this server: try again shortly");
    }

    private async Task StreamAsync(HttpContext httpContext, IStreamCaller listener, EventHub.Subscription subscription, CancellationToken cancel)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        // Proxies such as nginx would otherwise hold events back in their buffers.
        response.Headers["X-Accel-Buffering"] = "no";
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        // A HEAD asks for the headers alone; a stream never ends, so it ends here.
        if (HeadRequests.IsHead(httpContext)) return;
        // The first bytes tell the client the stream is open, and how soon to come back should it break.
        await WriteAsync(response, "retry: 3000\n\n", cancel);

        long sequence = 0;
        var lastWrite = Stopwatch.GetTimestamp();
        var events = subscription.Events;
        var behind = false;
        while (true)
        {
            // Silent for a while (no event, or none this caller may see): prove the caller may still listen, and
            // keep proxies from closing an idle connection.
            var silence = KeepAlive - Stopwatch.GetElapsedTime(lastWrite);
            if (silence <= TimeSpan.Zero)
            {
                if (await check.DeliverableAsync(listener, [], cancel) is null) return;
                await WriteAsync(response, ": keep-alive\n\n", cancel);
                lastWrite = Stopwatch.GetTimestamp();
                continue;
            }
            bool more;
            using (var wait = CancellationTokenSource.CreateLinkedTokenSource(cancel))
            {
                wait.CancelAfter(silence);
                try
                {
                    more = await events.WaitToReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
                {
                    continue;
                }
            }
            // The hub ended this stream: it fell too far behind, or events may have been missed.
            if (!more) return;
            // A stream behind by more than a batch catches up at once rather than a batch per beat.
            if (!behind) await NextBeatAsync(cancel);

            var batch = new List<ChangeEvent>();
            while (batch.Count < BatchSize && events.TryRead(out var next)) batch.Add(next);
            behind = batch.Count == BatchSize;
            if (await check.DeliverableAsync(listener, batch, cancel) is not { } deliverable) return;
            if (deliverable.Count == 0) continue;
            var frames = new StringBuilder();
            foreach (var e in deliverable) Frame(frames, ++sequence, e);
            await WriteAsync(response, frames.ToString(), cancel);
            lastWrite = Stopwatch.GetTimestamp();
        }
    }

    /// <summary>
    /// Waits for the next beat of the clock every stream of this process shares (ADR 41): the events that arrive meanwhile
    /// join the batch, and streams of one listener holding the same events check them at the same instant, together.
    /// </summary>
    private Task NextBeatAsync(CancellationToken cancel)
    {
        var beat = options.Value.CheckBeatMilliseconds * Stopwatch.Frequency / 1000;
        if (beat <= 0) return Task.CompletedTask;
        var untilBeat = beat - Stopwatch.GetTimestamp() % beat;
        return Task.Delay(TimeSpan.FromSeconds((double)untilBeat / Stopwatch.Frequency), cancel);
    }

    /// <summary>Ids and kind only: the subscriber reads the record through the API.</summary>
    private static void Frame(StringBuilder frames, long sequence, ChangeEvent e)
    {
        var data = new JsonObject { ["kind"] = e.Kind };
        switch (e.Subject)
        {
            case ChangeSubject.Request:
                data["request_id"] = e.RequestId;
                break;
            case ChangeSubject.Task:
                data["task_id"] = e.TaskId;
                data["workflow_id"] = e.WorkflowId;
                break;
            case ChangeSubject.Ci:
                data["ci_id"] = e.CiId;
                break;
            default:
                data["workflow_id"] = e.WorkflowId;
                break;
        }
        if (e.NoteId is { } note) data["note_id"] = note;
        data["at"] = ApiJson.Timestamp(e.At);
        frames.Append(CultureInfo.InvariantCulture, $"id: {sequence}\nevent: {e.Kind}\ndata: {data.ToJsonString()}\n\n");
    }

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken cancel)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), cancel);
        await response.Body.FlushAsync(cancel);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live events: a stream ended on an error")]
    private static partial void LogEnded(ILogger logger, Exception exception);
}
