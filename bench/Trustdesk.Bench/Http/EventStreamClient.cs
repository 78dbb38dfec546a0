using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Trustdesk.Bench.Http;

/// <summary>An event as it reached one subscriber: which stream, which request, when (a <see cref="Stopwatch"/> timestamp), what kind.</summary>
internal readonly record struct Arrival(int Subscriber, long RequestId, long Timestamp, string? Kind = null);

/// <summary>
/// One subscriber of <c>GET /v1/events/stream</c> on a connection of its own, as an open console holds one. Every
/// event it receives is stamped on arrival and written to a channel shared by all subscribers.
/// </summary>
internal sealed class EventStreamClient : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly HttpResponseMessage _response;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reading;

    private EventStreamClient(HttpClient http, HttpResponseMessage response, Stream body, int subscriber, ChannelWriter<Arrival> arrivals)
    {
        (_http, _response) = (http, response);
        _reading = ReadAsync(body, subscriber, arrivals);
    }

    public static async Task<EventStreamClient> OpenAsync(
        Uri baseAddress, string token, string account, int subscriber, ChannelWriter<Arrival> arrivals, CancellationToken cancellationToken)
    {
        var http = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/events/stream");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("X-4me-Account", account);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            response.Dispose();
            http.Dispose();
            throw new InvalidOperationException($"GET /v1/events/stream ({account}) answered {(int)response.StatusCode}: {body}");
        }
        return new EventStreamClient(http, response, await response.Content.ReadAsStreamAsync(cancellationToken), subscriber, arrivals);
    }

    private async Task ReadAsync(Stream body, int subscriber, ChannelWriter<Arrival> arrivals)
    {
        try
        {
            using var reader = new StreamReader(body);
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (!line.StartsWith("data: ", StringComparison.Ordinal)) continue;
                var arrived = Stopwatch.GetTimestamp();
                var data = JsonNode.Parse(line["data: ".Length..])!;
                arrivals.TryWrite(new Arrival(subscriber, data["request_id"]!.GetValue<long>(), arrived, data["kind"]?.GetValue<string>()));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException)
        {
            // Closed at the end of the run.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        await _reading;
        _http.Dispose();
        _stop.Dispose();
    }
}
