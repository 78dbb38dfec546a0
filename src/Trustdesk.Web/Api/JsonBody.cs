using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Trustdesk.Web.Api;

/// <summary>
/// A request body: the bound input and which fields the client actually sent, so a PATCH changes exactly
/// those (an absent field and a field sent as null mean different things).
/// </summary>
public sealed class JsonBody<T>(T value, IReadOnlySet<string> present, IReadOnlyList<(string Field, string Text)>? problems = null)
{
    public T Value { get; } = value;
    public bool Has(string field) => present.Contains(field);

    /// <summary>The fields the body sent (by their wire names).</summary>
    public IReadOnlySet<string> Present => present;

    /// <summary>Faults of single fields that were left out of <see cref="Value"/> (<see cref="JsonBody.ReadWithProblemsAsync{T}"/>).</summary>
    public IReadOnlyList<(string Field, string Text)> Problems { get; } = problems ?? [];
}

public static partial class JsonBody
{
    private const int MaxBytes = 1024 * 1024;

    /// <summary>The most items a list field of a body takes (<c>approver_ids</c>, <c>request_ids</c>, <c>roles</c>…).</summary>
    public const int MaxListItems = 500;

    public const string IdMismatch = "does not match the record's id";

    /// <summary>A typed input as a body that sent exactly <paramref name="fields"/>: how a page's form reaches a handler of the API.</summary>
    public static Task<(JsonBody<T>? Body, ApiResult? Error)> Of<T>(T input, IReadOnlySet<string> fields) =>
        Task.FromResult<(JsonBody<T>?, ApiResult?)>((new JsonBody<T>(input, fields), null));

    /// <summary>
    /// Reads the body as <typeparamref name="T"/>; on failure the error says why (400, 413 or 422). The body of an update
    /// (PATCH or PUT) may repeat the id of the record it addresses, as every 4me client does: see <see cref="AddressedId"/>.
    /// </summary>
    public static async Task<(JsonBody<T>? Body, ApiResult? Error)> ReadAsync<T>(HttpRequest request)
    {
        var (body, error) = await ReadWithProblemsAsync<T>(request);
        return body is { Problems.Count: > 0 } ? (null, ApiErrors.Validation(body.Problems)) : (body, error);
    }

    /// <summary>
    /// As <see cref="ReadAsync{T}"/>, but a body whose only faults are in single fields (unknown, repeated, a list too long,
    /// NUL, another record's id) is bound from its other fields and handed back with those faults in
    /// <see cref="JsonBody{T}.Problems"/>, so that the caller's own validation can name every fault of the body in one
    /// answer, as 4me does.
    /// </summary>
    public static async Task<(JsonBody<T>? Body, ApiResult? Error)> ReadWithProblemsAsync<T>(HttpRequest request)
    {
        JsonDocument document;
        try
        {
            if (request.ContentLength > MaxBytes) return (null, ApiErrors.TooLarge());
            if (await BoundedAsync(request) is not { } body) return (null, ApiErrors.TooLarge());
            // JSON text is UTF-8 (RFC 8259), but the parser looks at a string's bytes only when the string is read, so bytes
            // that are no UTF-8 in a name or value failed later, wherever that was (a 500). Such a body is not JSON at all;
            // nor is one with text escaped as half a surrogate pair (\ud800 alone): valid syntax, but no text, which failed
            // alike wherever it was read (a field's name, the repeated id).
            if (!Utf8.IsValid(body.Span) || HasLoneSurrogate(body.Span)) return (null, ApiErrors.InvalidJson());
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
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var accepted = new List<JsonProperty>();
            var problems = new List<(string, string)>();
            var addressed = AddressedId(request);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                // The repeated id is no field of the input: it names the record, and one that names another is refused.
                if (addressed is not null && property.Name == "id")
                {
                    if (!seen.Add("id")) problems.Add(("id", "is given more than once"));
                    else if (!SameId(property.Value, addressed)) problems.Add(("id", IdMismatch));
                }
                else if (!known.Contains(property.Name)) problems.Add((property.Name, "is not a known field"));
                else if (!seen.Add(property.Name)) problems.Add((property.Name, "is given more than once"));
                // A list of ids ends in a query with one parameter per id, which SQLite refuses past 32,766: every list
                // of every body is held to one limit, far above what a client sends, so no database decides the answer.
                else if (property.Value.ValueKind == JsonValueKind.Array && property.Value.GetArrayLength() > MaxListItems)
                    problems.Add((property.Name, $"has too many items (maximum is {MaxListItems})"));
                // PostgreSQL refuses NUL in text (a 500 on a query, a misleading 409 on a save): refuse it here, on every database.
                else if (NulEscape().IsMatch(property.Value.GetRawText())) problems.Add((property.Name, "must not contain NUL characters"));
                else accepted.Add(property);
            }

            try
            {
                // The common body, every property accepted, binds as it came; only one that lost some is written anew.
                using var fields = accepted.Count == document.RootElement.GetPropertyCount() ? null : Only(accepted);
                var value = (fields?.RootElement ?? document.RootElement).Deserialize<T>(ApiJson.Options)!;
                return (new JsonBody<T>(value, accepted.Select(p => p.Name).ToHashSet(StringComparer.Ordinal), problems), null);
            }
            catch (JsonException e)
            {
                var field = e.Path is { Length: > 2 } path ? path[2..].Split('.', '[')[0] : "body";
                return (null, ApiErrors.Validation([.. problems, (field, "has the wrong type")]));
            }
        }
    }

    /// <summary>Whether a name or string of the JSON escapes a surrogate that has no partner (malformed JSON throws <see cref="JsonException"/>).</summary>
    private static bool HasLoneSurrogate(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType is not (JsonTokenType.PropertyName or JsonTokenType.String) || !reader.ValueIsEscaped) continue;
            try
            {
                reader.GetString();
            }
            catch (InvalidOperationException)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>An object of just these properties, their values copied as sent, so binding sees exactly what was accepted.</summary>
    private static JsonDocument Only(List<JsonProperty> properties)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in properties)
            {
                writer.WritePropertyName(property.Name);
                // As sent, byte for byte: binding then meets the very text the whole body would have given it.
                writer.WriteRawValue(property.Value.GetRawText(), skipInputValidation: true);
            }
            writer.WriteEndObject();
        }
        return JsonDocument.Parse(buffer.WrittenMemory);
    }

    /// <summary>
    /// The body, read to at most <see cref="MaxBytes"/>; null when it is longer. A chunked body announces no length, so
    /// the limit is held while reading, never after the whole of it is in memory.
    /// </summary>
    internal static async Task<ReadOnlyMemory<byte>?> BoundedAsync(HttpRequest request)
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
    /// The id of the record an update addresses: the last parameter of its route (<c>/people/{id}</c>,
    /// <c>/workflow_templates/{id}/phases/{phaseId}</c>), so every PATCH and PUT route takes the repeated id without
    /// saying so. Null for any other method: a creation names no record yet, so an <c>id</c> there stays unknown.
    /// </summary>
    private static string? AddressedId(HttpRequest request) =>
        (HttpMethods.IsPatch(request.Method) || HttpMethods.IsPut(request.Method))
        && request.HttpContext.GetEndpoint() is RouteEndpoint { RoutePattern.Parameters: [.., var last] }
            ? Convert.ToString(request.RouteValues[last.Name], CultureInfo.InvariantCulture)
            : null;

    /// <summary>
    /// Whether the sent id is the addressed one: the same integer (a JSON number, or a string of digits, which some
    /// clients send for ids), or the same text for a record known by a string (an account).
    /// </summary>
    private static bool SameId(JsonElement sent, string addressed) => sent.ValueKind switch
    {
        JsonValueKind.Number => sent.TryGetInt64(out var number) && Integer(addressed) == number,
        JsonValueKind.String => sent.GetString() is { } text && (text == addressed || Integer(text) is { } number && Integer(addressed) == number),
        _ => false,
    };

    private static long? Integer(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>
    /// An escaped NUL (<c>\u0000</c> after an even number of backslashes) anywhere in a value's raw JSON; a raw NUL
    /// is not valid JSON, so this is the only way one can arrive.
    /// </summary>
    [GeneratedRegex(@"(?<!\\)(?:\\\\)*\\u0000", RegexOptions.CultureInvariant)]
    private static partial Regex NulEscape();
}
