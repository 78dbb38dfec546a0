using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace Trustdesk.Bench.Http;

/// <summary>
/// Calls the API over one kept-alive loopback connection, one call at a time, as a single integration would.
/// The clock runs from sending the request to having the whole body, so it includes Kestrel and the network stack.
/// </summary>
internal sealed class ApiClient(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 1, UseCookies = false })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(60),
    };

    public async Task<TimedResponse> GetAsync(string path, string token, string? account, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Get, path, token, account);
        return await SendAsync(request, cancellationToken);
    }

    public async Task<TimedResponse> PostJsonAsync(string path, string json, string token, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Post, path, token, account: null);
        request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return await SendAsync(request, cancellationToken);
    }

    public Task<TimedResponse> SendJsonAsync(
        HttpMethod method, string path, string? json, string token, string? account, CancellationToken cancellationToken) =>
        SendJsonAsync(method, path, json, token, account, [], cancellationToken);

    /// <summary>With headers of the call's own: an <c>Idempotency-Key</c>, an <c>If-Match</c>.</summary>
    public async Task<TimedResponse> SendJsonAsync(HttpMethod method, string path, string? json, string token, string? account,
        IEnumerable<KeyValuePair<string, string>> headers, CancellationToken cancellationToken)
    {
        using var request = Request(method, path, token, account);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return await SendAsync(request, cancellationToken);
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string token, string? account)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (account is not null) request.Headers.Add("X-4me-Account", account);
        return request;
    }

    private async Task<TimedResponse> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        // ResponseContentRead (the default) buffers the whole body before returning, so it is inside the timing.
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return new TimedResponse(response.StatusCode, response.Headers, body, elapsed.TotalMilliseconds);
    }

    public void Dispose() => _http.Dispose();
}
