using System.Text.Json;
using System.Text.Json.Nodes;

namespace Trustdesk.Web.Api;

/// <summary>
/// Every API response: a JSON body written with a Content-Length (some 4me clients lose chunked error bodies),
/// a status code and optional headers.
/// </summary>
public sealed class ApiResult(int statusCode, JsonNode? body) : IResult, IStatusCodeHttpResult
{
    private readonly List<KeyValuePair<string, string>> _headers = [];

    public int StatusCode { get; } = statusCode;
    int? IStatusCodeHttpResult.StatusCode => StatusCode;
    public JsonNode? Body { get; } = body;

    /// <summary>The answer's own headers (an ETag, say), not those every response gets on its way out.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers => _headers;

    public ApiResult WithHeader(string name, string value)
    {
        _headers.Add(new(name, value));
        return this;
    }

    /// <summary>The record's version as a weak ETag; send it back in <c>If-Match</c> to update only that version.</summary>
    public ApiResult WithETag(int lockVersion) => WithHeader("ETag", Preconditions.ETag(lockVersion));

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        foreach (var (name, value) in _headers) response.Headers.Append(name, value);
        if (StatusCode == StatusCodes.Status204NoContent) return;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(Body ?? new JsonObject(), ApiJson.Options);
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }

    /// <summary>The field errors of a 422 (<see cref="ApiErrors.Validation(IEnumerable{ValueTuple{string, string}})"/>), none for any other answer.</summary>
    public IReadOnlyList<(string Field, string Text)> FieldErrors =>
        StatusCode == StatusCodes.Status422UnprocessableEntity && Body?["errors"] is JsonArray errors
            ? errors.OfType<JsonArray>().Select(e => (e[0]!.GetValue<string>(), e[1]!.GetValue<string>())).ToList()
            : [];

    public static ApiResult Ok(JsonNode body) => new(StatusCodes.Status200OK, body);
    public static ApiResult Created(JsonNode body) => new(StatusCodes.Status201Created, body);
    public static ApiResult NoContent() => new(StatusCodes.Status204NoContent, null);
}
