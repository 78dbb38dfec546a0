using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Events;

/// <summary>One frame of the stream: its id, event name and JSON data.</summary>
public sealed record EventFrame(string Id, string Event, JsonObject Data)
{
    public string Kind => Data.Str("kind")!;
    public long RequestId => Data.Number("request_id");

    /// <summary>The id of the record the kind is about: <c>task_id</c>, <c>workflow_id</c>, <c>ci_id</c> or <c>request_id</c>.</summary>
    public long SubjectId => Data.Number(Kind.StartsWith("task.", StringComparison.Ordinal) ? "task_id"
        : Kind.StartsWith("workflow.", StringComparison.Ordinal) ? "workflow_id"
        : Kind.StartsWith("ci.", StringComparison.Ordinal) ? "ci_id" : "request_id");
}

/// <summary>
/// A client of <c>GET /v1/events/stream</c>, as a console would hold one: opened with a token and an account header,
/// read in the background frame by frame. The server subscribes before it answers, so once the stream is open every
/// later change is on its way.
/// </summary>
public sealed class EventStreamReader : IAsyncDisposable
{
    /// <summary>How long a test waits before calling an event missing: a guard against hanging, not a latency figure.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    public const string Path = "/v1/events/stream";

    private readonly HttpClient _http;
    private readonly HttpResponseMessage _response;
    private readonly Channel<EventFrame> _frames = Channel.CreateUnbounded<EventFrame>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reading;
    private readonly TaskCompletionSource _keptAlive = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private readonly bool _ownsHttp;

    private EventStreamReader(HttpClient http, HttpResponseMessage response, Stream body, bool ownsHttp = true)
    {
        (_http, _response, _ownsHttp) = (http, response, ownsHttp);
        _reading = ReadAsync(body);
    }

    /// <summary>A stream at <paramref name="path"/> through a client the caller keeps (a signed-in web session); asserts it opens.</summary>
    public static async Task<EventStreamReader> OpenAsync(HttpClient http, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new EventStreamReader(http, response, await response.Content.ReadAsStreamAsync(), ownsHttp: false);
    }

    public string? ContentType => _response.Content.Headers.ContentType?.ToString();

    /// <summary>The first line the server sent, before any event.</summary>
    public string? FirstLine { get; private set; }

    public static async Task<EventStreamReader> OpenAsync(TrustdeskServer server, string token, string? account)
    {
        var (http, response) = await SendAsync(server, token, account);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var refused = await ApiResponse.ReadAsync(HttpMethod.Get, Path, response);
            Assert.Fail($"{Path}: expected the stream, got {refused.Status}: {refused.Text}");
        }
        return new EventStreamReader(http, response, await response.Content.ReadAsStreamAsync());
    }

    /// <summary>The complete answer to a stream that is refused, to compare with the API's answers.</summary>
    public static async Task<ApiResponse> RefusedAsync(TrustdeskServer server, string? token, string? account)
    {
        var (http, response) = await SendAsync(server, token, account);
        using (http)
        using (response)
            return await ApiResponse.ReadAsync(HttpMethod.Get, Path, response);
    }

    /// <summary>The next event; fails when none comes before the deadline or the stream ends.</summary>
    public async Task<EventFrame> NextAsync()
    {
        using var deadline = new CancellationTokenSource(Deadline);
        try
        {
            if (await _frames.Reader.WaitToReadAsync(deadline.Token) && _frames.Reader.TryRead(out var frame)) return frame;
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"No event arrived within {Deadline.TotalSeconds} s.");
        }
        Assert.Fail("The stream ended instead of delivering an event.");
        return null!;
    }

    /// <summary>
    /// Reads up to and including the event <paramref name="kind"/> of <paramref name="id"/>, dropping what came before:
    /// with a change made after the stream opened, this lets the announcements of earlier changes (still on their way
    /// from PostgreSQL when the stream subscribed) pass, since NOTIFYs arrive in commit order.
    /// </summary>
    public async Task SkipUntilAsync(string kind, long id)
    {
        while (await NextAsync() is var frame && (frame.Kind, frame.SubjectId) != (kind, id))
        {
        }
    }

    /// <summary>Asserts the next event is <paramref name="kind"/> of <paramref name="id"/> (a request's, a task's or a workflow's).</summary>
    public async Task<EventFrame> ExpectAsync(string kind, long id)
    {
        var frame = await NextAsync();
        Assert.Equal((kind, id), (frame.Kind, frame.SubjectId));
        return frame;
    }

    /// <summary>
    /// Asserts the next events are exactly <paramref name="expected"/>, in any order: the events of one change arrive
    /// together, in no promised order.
    /// </summary>
    public async Task<IReadOnlyList<EventFrame>> ExpectAllAsync(params (string Kind, long Id)[] expected)
    {
        var frames = new List<EventFrame>();
        foreach (var _ in expected) frames.Add(await NextAsync());
        Assert.Equal(expected.Order(), frames.Select(f => (f.Kind, Id: f.SubjectId)).Order());
        return frames;
    }

    /// <summary>Asserts the server ends the stream with no further event.</summary>
    public async Task ExpectEndAsync()
    {
        using var deadline = new CancellationTokenSource(Deadline);
        try
        {
            var more = await _frames.Reader.WaitToReadAsync(deadline.Token);
            Assert.False(more, more && _frames.Reader.TryPeek(out var frame) ? $"Expected the end, got {frame}" : "");
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"The stream was still open after {Deadline.TotalSeconds} s.");
        }
    }

    /// <summary>Waits for the first <c>: keep-alive</c> comment.</summary>
    public async Task ExpectKeepAliveAsync()
    {
        try
        {
            await _keptAlive.Task.WaitAsync(Deadline);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"No keep-alive within {Deadline.TotalSeconds} s.");
        }
    }

    private static async Task<(HttpClient, HttpResponseMessage)> SendAsync(TrustdeskServer server, string? token, string? account)
    {
        var http = server.CreateClient();
        http.Timeout = Timeout.InfiniteTimeSpan;
        using var request = new HttpRequestMessage(HttpMethod.Get, Path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (token is not null) request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        if (account is not null) request.Headers.TryAddWithoutValidation("X-4me-Account", account);
        // Headers only: the body is the stream, read as it comes.
        return (http, await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead));
    }

    /// <summary>Parses the text/event-stream format: fields until an empty line; lines starting with ':' are comments.</summary>
    private async Task ReadAsync(Stream body)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var reader = new StreamReader(body);
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                FirstLine ??= line;
                if (line.Length == 0)
                {
                    if (fields.TryGetValue("data", out var data))
                        await _frames.Writer.WriteAsync(new EventFrame(fields["id"], fields["event"], JsonNode.Parse(data)!.AsObject()));
                    fields.Clear();
                }
                else if (line == ": keep-alive")
                {
                    _keptAlive.TrySetResult();
                }
                else if (!line.StartsWith(':'))
                {
                    var colon = line.IndexOf(':', StringComparison.Ordinal);
                    fields[line[..colon]] = line[(colon + 1)..].TrimStart(' ');
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // Closed by the test, or the server ended the stream.
        }
        finally
        {
            _frames.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        await _reading;
        if (_ownsHttp) _http.Dispose();
        _stop.Dispose();
    }
}
