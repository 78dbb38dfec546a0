namespace Trustdesk.Web.Tests.Fuzz;

/// <summary>Sends a <see cref="FuzzCall"/> as it is and reads what comes back, whatever it is.</summary>
public static class FuzzSending
{
    /// <summary>Far longer than any call takes: a call still unanswered then is stuck, which the fuzz reports.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static async Task<FuzzAnswer> SendAsync(this HttpClient http, FuzzCall call)
    {
        using var request = new HttpRequestMessage(new HttpMethod(call.Method), call.Path);
        foreach (var (name, value) in call.Headers)
            if (!request.Headers.TryAddWithoutValidation(name, value))
                throw new InvalidOperationException($"the fuzz made a header HttpClient cannot send: {name}");
        if (call.Body is not null)
        {
            request.Content = call.Chunked ? new StreamContent(new MemoryStream(call.Body)) : new ByteArrayContent(call.Body);
            if (call.ContentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", call.ContentType);
        }
        if (call.Chunked) request.Headers.TransferEncodingChunked = true;

        using var patience = new CancellationTokenSource(Patience);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, patience.Token);
            var contentType = response.Content.Headers.ContentType?.ToString();
            var headers = response.Headers.Concat(response.Content.Headers)
                .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => string.Join(", ", g.SelectMany(h => h.Value)), StringComparer.OrdinalIgnoreCase);
            // A live event stream never ends: its status and headers are all there is to check, and disposing the
            // response closes it (the server sees the client leave).
            var body = contentType?.StartsWith("text/event-stream", StringComparison.Ordinal) == true
                ? [] : await response.Content.ReadAsByteArrayAsync(patience.Token);
            return new FuzzAnswer((int)response.StatusCode, contentType, body, headers) { SentPath = request.RequestUri?.AbsolutePath ?? "" };
        }
        // In memory, an exception that escapes the application reaches the client as itself: the call got no answer.
        catch (Exception e)
        {
            var failure = patience.IsCancellationRequested ? $"no answer within {Patience.TotalSeconds} s" : $"no answer: {e.GetType().Name}: {e.Message}";
            return new FuzzAnswer(0, null, [], new Dictionary<string, string>()) { Failure = failure };
        }
    }
}
