using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Trustdesk.Web.Tests.Infrastructure;

/// <summary>A response read completely: status, headers and body bytes, with helpers that assert on them.</summary>
public sealed class ApiResponse
{
    private JsonNode? _json;

    private ApiResponse(string request, int status, byte[] body, HttpResponseHeaders headers, HttpContentHeaders contentHeaders)
    {
        Request = request;
        Status = status;
        Body = body;
        Headers = headers;
        ContentHeaders = contentHeaders;
    }

    /// <summary>Method and path, so a failing assertion says which call it was about.</summary>
    public string Request { get; }
    public int Status { get; }
    public byte[] Body { get; }
    public HttpResponseHeaders Headers { get; }
    public HttpContentHeaders ContentHeaders { get; }

    public string Text => Encoding.UTF8.GetString(Body);
    public string? ContentType => ContentHeaders.ContentType?.ToString();
    public JsonNode Json => _json ??= JsonNode.Parse(Body) ?? throw new InvalidOperationException($"{Request}: body is JSON null");
    public JsonObject Record => Json.AsObject();
    public JsonArray Items => Json.AsArray();

    public long Id => Record["id"]!.GetValue<long>();

    /// <summary>The header's value (all values joined by ", "), or null when absent.</summary>
    public string? Header(string name) =>
        Headers.TryGetValues(name, out var values) || ContentHeaders.TryGetValues(name, out values) ? string.Join(", ", values) : null;

    public bool HasHeader(string name) => Header(name) is not null;

    /// <summary>Asserts the status code, showing the body when it differs.</summary>
    public ApiResponse Expect(int status)
    {
        Assert.True(status == Status, $"{Request}: expected {status}, got {Status}: {Text}");
        return this;
    }

    /// <summary>Asserts status and the exact JSON body (compared as parsed JSON).</summary>
    public ApiResponse Expect(int status, string json)
    {
        Expect(status);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), Json), $"{Request}: expected body {json}, got {Text}");
        return this;
    }

    /// <summary>Asserts a 422 whose errors are exactly <paramref name="errors"/>, as <c>[field, text]</c> pairs.</summary>
    public ApiResponse ExpectValidation(params (string Field, string Text)[] errors)
    {
        var list = new JsonArray();
        foreach (var (field, text) in errors) list.Add(new JsonArray(field, text));
        return Expect(422, new JsonObject { ["message"] = "Validation Failed", ["errors"] = list }.ToJsonString());
    }

    /// <summary>Asserts a 422 that names <paramref name="field"/> among its errors (whatever the text).</summary>
    public ApiResponse ExpectInvalid(string field)
    {
        Expect(422);
        Assert.Equal("Validation Failed", Record["message"]!.GetValue<string>());
        var fields = Record["errors"]!.AsArray().Select(e => e![0]!.GetValue<string>()).ToList();
        Assert.True(fields.Contains(field), $"{Request}: expected an error on {field}, got {Text}");
        return this;
    }

    public static async Task<ApiResponse> ReadAsync(HttpMethod method, string path, HttpResponseMessage response) =>
        new($"{method} {path}", (int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(),
            response.Headers, response.Content.Headers);
}
