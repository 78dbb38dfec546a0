using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Golden;

/// <summary>
/// A call and its answer as the text of a golden file: what was sent, then the status, the headers of the contract
/// (sorted by name) and the body exactly as it came, bytes unchanged. For example:
/// <code>
/// ### PATCH /v1/people/2
/// Authorization: Bearer td_demo_widget_admin
/// X-4me-Account: widget
/// Content-Type: application/json
///
/// {"job_title":"Analyst"}
///
/// --> 200
/// Content-Length: 512
/// Content-Type: application/json; charset=utf-8
/// ETag: W/"1"
/// X-RateLimit-Limit: 1000000
///
/// {"id":2,…}
/// </code>
/// </summary>
public static class AnswerText
{
    /// <summary>
    /// Response headers left out. Date and X-Request-Id differ at every call; X-RateLimit-Remaining and -Reset count the
    /// calls of the token's window and the time left of it, so one call added to the script would change every later
    /// answer (their rule is held by <c>Conventions/RateLimitHeadersTests</c>). The security headers are written by
    /// middleware on every answer of the server, pages included, and held by <c>Conventions/SecurityHeadersTests</c>: no
    /// handler writes them, and they would add five lines to every answer here.
    /// </summary>
    public static readonly IReadOnlySet<string> Unrecorded = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Date", "X-Request-Id", "X-RateLimit-Remaining", "X-RateLimit-Reset",
        "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Cross-Origin-Opener-Policy", "Content-Security-Policy",
    };

    /// <summary>What begins a call's text, and what begins its answer's.</summary>
    private const string CallMark = "### ", AnswerMark = "--> ";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Of(GoldenCall call, int status, IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers, byte[] body)
    {
        var text = new StringBuilder();
        text.Append(CallMark).Append(call.Method.Method).Append(' ').Append(call.Path).Append('\n');
        if (call.Caller.Token is { } token) text.Append("Authorization: Bearer ").Append(token).Append('\n');
        if (call.Caller.Account is { } account) text.Append("X-4me-Account: ").Append(account).Append('\n');
        foreach (var (name, value) in call.Headers) text.Append(name).Append(": ").Append(value).Append('\n');
        if (call.Body is not null) text.Append("Content-Type: application/json\n\n").Append(call.Body).Append('\n');

        text.Append('\n').Append(AnswerMark).Append(status).Append('\n');
        foreach (var (name, values) in headers.Where(h => !Unrecorded.Contains(h.Key)).OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
            text.Append(name).Append(": ").Append(string.Join(", ", values)).Append('\n');
        // Decoded strictly, so the text holds the very bytes that were sent (an answer that is no UTF-8 fails here).
        if (body.Length > 0) text.Append('\n').Append(StrictUtf8.GetString(body)).Append('\n');
        return text.Append('\n').ToString();
    }

    public static string Of(GoldenCall call, ApiResponse answer) =>
        Of(call, answer.Status, answer.Headers.Concat<KeyValuePair<string, IEnumerable<string>>>(answer.ContentHeaders), answer.Body);

    /// <summary>The answers of a golden file's text, read back: each call's first line, its status, and its body when JSON.</summary>
    public static IEnumerable<RecordedAnswer> Read(string text)
    {
        foreach (var section in text.Split(CallMark, StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = section.Split('\n');
            var statusLine = Array.FindIndex(lines, l => l.StartsWith(AnswerMark, StringComparison.Ordinal));
            if (statusLine < 0) continue;
            var status = int.Parse(lines[statusLine][AnswerMark.Length..], CultureInfo.InvariantCulture);
            var blank = Array.FindIndex(lines, statusLine, l => l.Length == 0);
            var headers = lines[(statusLine + 1)..(blank < 0 ? lines.Length : blank)];
            var json = headers.Any(h => h.StartsWith("Content-Type: application/json", StringComparison.OrdinalIgnoreCase));
            var body = blank < 0 ? "" : string.Join('\n', lines[(blank + 1)..]).Trim();
            yield return new RecordedAnswer(lines[0].Trim(), status, json && body.Length > 0 ? JsonNode.Parse(body) : null);
        }
    }
}

/// <summary>One answer of a golden file (<see cref="AnswerText.Read"/>): the call, its status, and its body when it is JSON.</summary>
public sealed record RecordedAnswer(string Call, int Status, JsonNode? Json);
