using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace Trustdesk.Isolation.Tests.Checks;

/// <summary>A page as the server answered it, every byte kept: refusals are compared with a missing id's byte for byte.</summary>
public sealed partial record PageAnswer(string Request, int Status, string? ContentType, string? Location, byte[] Body, string Headers)
{
    public string Html => Encoding.UTF8.GetString(Body);

    /// <summary>GET without following redirects; a live stream that opens is not read (its headers are the answer).</summary>
    public static async Task<PageAnswer> GetAsync(HttpClient http, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return await ReadAsync("GET " + url, response);
    }

    public static async Task<PageAnswer> PostAsync(HttpClient http, string url, IReadOnlyDictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        using var response = await http.PostAsync(url, content);
        return await ReadAsync("POST " + url, response);
    }

    private static async Task<PageAnswer> ReadAsync(string request, HttpResponseMessage response)
    {
        var type = response.Content.Headers.ContentType?.ToString();
        var streaming = type?.StartsWith("text/event-stream", StringComparison.Ordinal) == true;
        var body = streaming ? [] : await response.Content.ReadAsByteArrayAsync();
        var headers = string.Join("\n", response.Headers.Concat(response.Content.Headers).Select(h => $"{h.Key}: {string.Join(",", h.Value)}"));
        return new PageAnswer(request, (int)response.StatusCode, type, response.Headers.Location?.ToString(), body, headers);
    }

    /// <summary>
    /// A refusal must be the same status, content type and bytes as the answer for a missing id or account — but for the
    /// antiforgery token of the layout's sign-out form, which is new in every page rendered (two answers for the same
    /// missing id differ there too) and is put aside, same length for same length.
    /// </summary>
    public bool SameAs(PageAnswer missing) =>
        Status == missing.Status && ContentType == missing.ContentType && Location == missing.Location
        && WithoutToken(Html) == WithoutToken(missing.Html);

    /// <summary>The page with its antiforgery token put aside (its length kept).</summary>
    public static string WithoutToken(string html) => AntiforgeryToken().Replace(html, m => "$token:" + m.Groups[1].Length);

    [GeneratedRegex("""(?<=name="__RequestVerificationToken" type="hidden" value=")([^"]*)""")]
    private static partial Regex AntiforgeryToken();
}
