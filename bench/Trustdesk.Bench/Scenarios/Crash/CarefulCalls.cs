using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Trustdesk.Bench.Http;

namespace Trustdesk.Bench.Scenarios.Crash;

/// <summary>
/// How a careful client calls a server that may vanish. A call whose answer is lost — the connection broke, or a 5xx,
/// which does not say whether the work was committed — is sent again unchanged (the same <c>Idempotency-Key</c>, the
/// same <c>If-Match</c>) once the server is back, after the <c>Retry-After</c> of a 503. A share of lost writes, drawn
/// from the seed, is deliberately not retried: such a write must be there at most once. Reads are always retried.
/// </summary>
internal sealed class CarefulCalls(ApiClient http, ServerLives lives, CrashTally tally, Random random)
{
    public const double AbandonedShare = 0.25;
    public const string ReplayedHeader = "Idempotent-Replayed";
    private const int MaxAttempts = 40;

    /// <summary>The write's answer (2xx or 4xx), or null when it was abandoned or never answered.</summary>
    public async Task<TimedResponse?> WriteAsync(Write write, CancellationToken cancel)
    {
        while (true)
        {
            var answer = await OnceAsync(write.Method, write.Path, write.Body, write.By, write.Headers, cancel);
            write.Attempts++;
            if (answer is not null && !Unanswered(answer))
            {
                write.Status = (int)answer.Status;
                write.Replayed = answer.Header(ReplayedHeader) == "true";
                if (write.Acknowledged) tally.Acknowledge();
                return answer;
            }
            write.Lost = true;
            write.Unavailable |= answer?.Status == HttpStatusCode.ServiceUnavailable;
            if (!write.Retried && random.NextDouble() < AbandonedShare)
            {
                write.Abandoned = true;
                return null;
            }
            if (write.Attempts >= MaxAttempts)
            {
                write.GaveUp = true;
                return null;
            }
            write.Retried = true;
            await WaitAsync(answer, cancel);
        }
    }

    public async Task<TimedResponse> ReadAsync(string path, Actor by, CancellationToken cancel)
    {
        for (var attempt = 1; ; attempt++)
        {
            var answer = await OnceAsync(HttpMethod.Get, path, null, by, [], cancel);
            if (answer is not null && !Unanswered(answer)) return answer;
            if (attempt >= MaxAttempts) throw new InvalidOperationException($"GET {path} was not answered in {MaxAttempts} attempts.");
            await WaitAsync(answer, cancel);
        }
    }

    private async Task<TimedResponse?> OnceAsync(
        HttpMethod method, string path, string? body, Actor by, IEnumerable<KeyValuePair<string, string>> headers, CancellationToken cancel)
    {
        // No new call while the server is known to be down; a call already on its way when it was killed loses its answer.
        await lives.UpAsync(cancel);
        var life = lives.Life;
        var sentAt = tally.Now;
        try
        {
            var answer = await http.SendJsonAsync(method, path, body, by.Token, by.AccountId, headers, cancel);
            tally.Answered(answer, sentAt);
            return answer;
        }
        // The connection broke, or could not be made: mostly an HttpRequestException, but a connection reset while it is
        // being set up can surface as the socket's own exception; a call past the client's timeout is cancelled.
        catch (Exception e) when (e is HttpRequestException or SocketException or IOException
            || (e is TaskCanceledException && !cancel.IsCancellationRequested))
        {
            if (lives.Life == life && lives.IsUp) tally.StrayFailure();
            return null;
        }
    }

    private static bool Unanswered(TimedResponse answer) => (int)answer.Status >= 500;

    private async Task WaitAsync(TimedResponse? answer, CancellationToken cancel)
    {
        if (answer?.Header("Retry-After") is { } header && int.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            await Task.Delay(TimeSpan.FromSeconds(Math.Min(seconds, 10)), cancel);
        else if (answer is not null)
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancel);
        else
        {
            await lives.UpAsync(cancel);
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancel);
        }
    }
}
