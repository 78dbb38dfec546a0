using System.Text;

namespace Trustdesk.Web.Tests.Fuzz;

/// <summary>
/// One call of the fuzz, exactly as it is sent: who makes it, the method and path (query included), every header of
/// its own (the caller's credentials among them, so a failure shows what was sent), and the body as bytes (hostile
/// bodies are not always text). <see cref="Operation"/> names what was fuzzed (a route pattern, a page handler), so a
/// failure report can group calls by it.
/// </summary>
public sealed record FuzzCall(string Caller, string Operation, string Method, string Path, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    public byte[]? Body { get; init; }

    /// <summary>The body's Content-Type; null sends the body without one.</summary>
    public string? ContentType { get; init; }

    /// <summary>Sent with chunked transfer encoding: no Content-Length announces the body's size.</summary>
    public bool Chunked { get; init; }

    public bool HasHeader(string name) => Headers.Any(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase));

    public FuzzCall WithHeader(string name, string value) => this with
    {
        Headers = [.. Headers.Where(h => !h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)), new(name, value)],
    };

    /// <summary>The call in a few lines, long values cut short: for failure messages, which must stay readable.</summary>
    public string Describe()
    {
        var text = new StringBuilder($"{Method} {Excerpt(Path, 300)} as {Caller}");
        foreach (var (name, value) in Headers) text.Append($"\n      {name}: {Excerpt(value, 120)}");
        if (ContentType is not null) text.Append($"\n      Content-Type: {Excerpt(ContentType, 120)}");
        if (Chunked) text.Append("\n      Transfer-Encoding: chunked");
        if (Body is not null) text.Append($"\n      body ({Body.Length} bytes): {Excerpt(Printable(Body), 300)}");
        return text.ToString();
    }

    /// <summary>Bytes as text, with what is no printable UTF-8 shown as escapes, so the message itself stays readable.</summary>
    public static string Printable(byte[] bytes)
    {
        var text = new StringBuilder();
        var decoded = new UTF8Encoding(false, false).GetString(bytes, 0, Math.Min(bytes.Length, 2000));
        foreach (var c in decoded)
            text.Append(c is < ' ' or '\u007f' or '\ufffd' || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString());
        return text.ToString();
    }

    public static string Excerpt(string text, int length) =>
        text.Length <= length ? text : $"{text[..length]}… ({text.Length} characters)";
}

/// <summary>What came back: the status, the content type and the body (not read for an event stream, which never ends).</summary>
public sealed record FuzzAnswer(int Status, string? ContentType, byte[] Body, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>The path as it was sent, after the client made it canonical (<c>/v1/a/%2e%2e/b</c> is sent as <c>/v1/b</c>).</summary>
    public string SentPath { get; init; } = "";

    /// <summary>No answer at all (the server broke the call off, or took longer than the fuzz waits): always an offense.</summary>
    public string? Failure { get; init; }

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string Describe() => Failure ?? $"{Status} {ContentType ?? "(no content type)"}: {FuzzCall.Excerpt(FuzzCall.Printable(Body), 300)}";
}
