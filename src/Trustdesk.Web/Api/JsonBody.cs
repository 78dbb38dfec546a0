using System.Text.Json;
using System.Text.RegularExpressions;

namespace Trustdesk.Web.Api;

/// <summary>
/// A request body: the bound input and which fields the client actually sent, so a PATCH changes exactly
/// those (an absent field and a field sent as null mean different things).
/// </summary>
public sealed class JsonBody<T>(T value, IReadOnlySet<string> present)
{
    public T Value { get; } = value;
    public bool Has(string field) => present.Contains(field);
}

public static partial class JsonBody
{
    private const int MaxBytes = 1024 * 1024;

    /// <summary>Reads the body as <typeparamref name="T"/>; on failure the error says why (400 or 422).</summary>
    public static async Task<(JsonBody<T>? Body, ApiResult? Error)> ReadAsync<T>(HttpRequest request)
    {
        JsonDocument document;
        try
        {
            if (request.ContentLength > MaxBytes) return (null, ApiErrors.TooLarge());
            if (await BoundedAsync(request) is not { } body) return (null, ApiErrors.TooLarge());
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return (null, ApiErrors.InvalidJson());
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object) return (null, ApiErrors.InvalidJson());

            var known = ApiJson.Options.GetTypeInfo(typeof(T)).Properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var present = new HashSet<string>(StringComparer.Ordinal);
            var errors = new List<(string, string)>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!known.Contains(property.Name)) errors.Add((property.Name, "is not a known field"));
                else if (!present.Add(property.Name)) errors.Add((property.Name, "is given more than once"));
                // PostgreSQL refuses NUL in text (a 500 on a query, a misleading 409 on a save): refuse it here, on every database.
                else if (NulEscape().IsMatch(property.Value.GetRawText())) errors.Add((property.Name, "must not contain NUL characters"));
            }
            if (errors.Count > 0) return (null, ApiErrors.Validation(errors));

            try
            {
                var value = document.RootElement.Deserialize<T>(ApiJson.Options)!;
                return (new JsonBody<T>(value, present), null);
            }
            catch (JsonException e)
            {
                var field = e.Path is { Length: > 2 } path ? path[2..].Split('.', '[')[0] : "body";
                return (null, ApiErrors.Validation(field, "has the wrong type"));
            }
        }
    }

    /// <summary>
    /// The body, read to at most <see cref="MaxBytes"/>; null when it is longer. A chunked body announces no length, so
    /// the limit is held while reading, never after the whole of it is in memory.
    /// </summary>
    private static async Task<ReadOnlyMemory<byte>?> BoundedAsync(HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + read > MaxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// An escaped NUL (<c>\u0000</c> after an even number of backslashes) anywhere in a value's raw JSON; a raw NUL
    /// is not valid JSON, so this is the only way one can arrive.
    /// </summary>
    [GeneratedRegex(@"(?<!\\)(?:\\\\)*\\u0000", RegexOptions.CultureInvariant)]
    private static partial Regex NulEscape();
}
