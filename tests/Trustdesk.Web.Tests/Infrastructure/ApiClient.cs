using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Trustdesk.Web.Tests.Infrastructure;

/// <summary>
/// Talks to the API as one caller: <c>Authorization: Bearer</c> with its token (if any) and <c>X-4me-Account</c>
/// naming the account it acts in (if any). Bodies are sent as JSON; anonymous objects are written with their
/// member names as they are, so tests spell fields the 4me way (<c>primary_email</c>).
/// </summary>
public sealed class ApiClient(HttpClient http, string? token, string? account)
{
    public string? Token { get; } = token;
    public string? AccountId { get; } = account;

    /// <summary>The same caller acting in another account (null: the person's own).</summary>
    public ApiClient In(string? accountId) => new(http, Token, accountId);

    /// <summary>Another caller on the same server.</summary>
    public ApiClient As(string? otherToken) => new(http, otherToken, AccountId);

    public Task<ApiResponse> GetAsync(string path, params (string Name, string Value)[] headers) =>
        SendAsync(HttpMethod.Get, path, null, headers);

    public Task<ApiResponse> PostAsync(string path, object? body = null, params (string Name, string Value)[] headers) =>
        SendAsync(HttpMethod.Post, path, body is null ? null : Json(body), headers);

    public Task<ApiResponse> PatchAsync(string path, object body, params (string Name, string Value)[] headers) =>
        SendAsync(HttpMethod.Patch, path, Json(body), headers);

    public Task<ApiResponse> PutAsync(string path, object body) => SendAsync(HttpMethod.Put, path, Json(body));

    public Task<ApiResponse> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null);

    /// <summary>Sends <paramref name="rawBody"/> exactly as given, for malformed input.</summary>
    public Task<ApiResponse> SendRawAsync(HttpMethod method, string path, string rawBody, params (string Name, string Value)[] headers) =>
        SendAsync(method, path, rawBody, headers);

    /// <summary>Sends <paramref name="body"/> labelled <paramref name="contentType"/>, or with no <c>Content-Type</c> at all when null.</summary>
    public async Task<ApiResponse> SendLabelledAsync(HttpMethod method, string path, string body, string? contentType)
    {
        using var request = new HttpRequestMessage(method, path);
        if (Token is not null) request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Token);
        if (AccountId is not null) request.Headers.TryAddWithoutValidation("X-4me-Account", AccountId);
        request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var response = await http.SendAsync(request);
        return await ApiResponse.ReadAsync(method, path, response);
    }

    /// <summary>Sends <paramref name="bytes"/> as the body exactly, for bodies that are no valid UTF-8 and so no string at all.</summary>
    public async Task<ApiResponse> SendBytesAsync(HttpMethod method, string path, byte[] bytes)
    {
        using var request = new HttpRequestMessage(method, path);
        if (Token is not null) request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Token);
        if (AccountId is not null) request.Headers.TryAddWithoutValidation("X-4me-Account", AccountId);
        request.Content = new ByteArrayContent(bytes);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.SendAsync(request);
        return await ApiResponse.ReadAsync(method, path, response);
    }

    /// <summary>Sends <paramref name="rawBody"/> with chunked transfer encoding: no Content-Length announces its size.</summary>
    public async Task<ApiResponse> SendChunkedAsync(HttpMethod method, string path, string rawBody)
    {
        using var request = new HttpRequestMessage(method, path);
        if (Token is not null) request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Token);
        if (AccountId is not null) request.Headers.TryAddWithoutValidation("X-4me-Account", AccountId);
        request.Headers.TransferEncodingChunked = true;
        request.Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(rawBody)));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.SendAsync(request);
        return await ApiResponse.ReadAsync(method, path, response);
    }

    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, string? body, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, path);
        if (Token is not null) request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Token);
        if (AccountId is not null) request.Headers.TryAddWithoutValidation("X-4me-Account", AccountId);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }
        using var response = await http.SendAsync(request);
        return await ApiResponse.ReadAsync(method, path, response);
    }

    private static string Json(object body) => body as string ?? JsonSerializer.Serialize(body);
}
