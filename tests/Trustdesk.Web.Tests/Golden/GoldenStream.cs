using Trustdesk.Web.Tests.Fuzz;

namespace Trustdesk.Web.Tests.Golden;

/// <summary>
/// A golden call whose answer never ends (<c>GET /v1/events/stream</c>): recorded as its status, headers and first
/// bytes, up to the end of its first event (the opening <c>retry:</c> block, then one frame; each ends in a blank line).
/// </summary>
public sealed class GoldenStream : IAsyncDisposable
{
    /// <summary>How long the first event may take before the stream is called broken: a guard against hanging, no latency figure.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private static readonly byte[] BlankLine = "\n\n"u8.ToArray();

    private readonly GoldenRecorder _recorder;
    private readonly GoldenCall _call;
    private readonly ApiOperation? _reached;
    private readonly HttpClient _http;
    private readonly HttpResponseMessage _response;
    private readonly Stream _body;

    private GoldenStream(GoldenRecorder recorder, GoldenCall call, ApiOperation? reached, HttpClient http, HttpResponseMessage response, Stream body) =>
        (_recorder, _call, _reached, _http, _response, _body) = (recorder, call, reached, http, response, body);

    /// <summary>Opens the stream; the answer's headers are in, and the server has subscribed, when this returns.</summary>
    public static async Task<GoldenStream> OpenAsync(GoldenRecorder recorder, GoldenCaller caller, string path)
    {
        var call = new GoldenCall(caller, HttpMethod.Get, path, null, []);
        recorder.Starting();
        var http = recorder.Server.Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (caller.Token is not null) request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + caller.Token);
        if (caller.Account is not null) request.Headers.TryAddWithoutValidation("X-4me-Account", caller.Account);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new GoldenStream(recorder, call, recorder.Server.Reached.Last, http, response, await response.Content.ReadAsStreamAsync());
    }

    /// <summary>Reads up to the end of the first event and files what came, cut there.</summary>
    public async Task KeepUntilFirstEventAsync()
    {
        using var deadline = new CancellationTokenSource(Deadline);
        var received = new List<byte>();
        var buffer = new byte[4096];
        int end;
        while ((end = EndOfSecondBlock(received)) < 0)
        {
            var read = await _body.ReadAsync(buffer, deadline.Token);
            if (read == 0) throw new InvalidOperationException($"{_call.Path}: the stream ended before its first event");
            received.AddRange(buffer.AsSpan(0, read));
        }
        var bytes = received.Take(end).ToArray();
        var headers = _response.Headers.Concat<KeyValuePair<string, IEnumerable<string>>>(_response.Content.Headers);
        _recorder.Keep(_reached, _call, AnswerText.Of(_call, (int)_response.StatusCode, headers, bytes), "");
    }

    private static int EndOfSecondBlock(List<byte> received)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(received);
        var first = span.IndexOf(BlankLine);
        if (first < 0) return -1;
        var second = span[(first + BlankLine.Length)..].IndexOf(BlankLine);
        return second < 0 ? -1 : first + BlankLine.Length + second + BlankLine.Length;
    }

    public async ValueTask DisposeAsync()
    {
        await _body.DisposeAsync();
        _response.Dispose();
        _http.Dispose();
    }
}
