using System.Net.Http.Headers;
using System.Text;
using Trustdesk.Bench.Measuring;

namespace Trustdesk.Bench.Http;

/// <summary>
/// The clients of an open-loop load: one connection pool whose connections are opened as calls overlap (as many
/// users' browsers and integrations would hold), no cookies, a timeout per call. Answers are read whole and, unless
/// asked for, dropped.
/// </summary>
internal sealed class LoadClient(Uri baseAddress) : IDisposable
{
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);

    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        UseCookies = false,
        MaxConnectionsPerServer = 1_024,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
    })
    {
        BaseAddress = baseAddress,
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public async Task<(CallEnd End, int Status, string? Body)> SendAsync(
        HttpMethod method, string path, string token, string? account, string? json, bool keepBody, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (account is not null) request.Headers.Add("X-4me-Account", account);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CallTimeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
            var status = (int)response.StatusCode;
            string? body = keepBody || status >= 400 ? await response.Content.ReadAsStringAsync(timeout.Token) : null;
            var end = status == 503 ? CallEnd.Shed : status >= 400 ? CallEnd.Refused : CallEnd.Answered;
            return (end, status, body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (CallEnd.TimedOut, 0, null);
        }
        catch (HttpRequestException e)
        {
            return (CallEnd.ConnectionFailed, 0, e.Message);
        }
    }

    public void Dispose() => _http.Dispose();
}
