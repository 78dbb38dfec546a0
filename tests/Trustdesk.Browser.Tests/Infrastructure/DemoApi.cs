using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Trustdesk.Web.Demo;

namespace Trustdesk.Browser.Tests.Infrastructure;

/// <summary>The API as a demo person calls it with their demo token: to set things up, and to check what a page wrote.</summary>
public static class DemoApi
{
    public static async Task<JsonNode> GetAsync(ReferenceScenario.DemoPerson person, string account, string path)
    {
        using var api = PortalServer.Api(person.Token, account);
        using var response = await api.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode}");
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    public static async Task<long> PostAsync(ReferenceScenario.DemoPerson person, string account, string path, object body)
    {
        using var api = PortalServer.Api(person.Token, account);
        using var response = await api.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode}");
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<long>();
    }

    /// <summary>Sends <paramref name="body"/> (none when null) and expects success.</summary>
    public static async Task SendAsync(ReferenceScenario.DemoPerson person, string account, HttpMethod method, string path, object? body = null)
    {
        using var api = PortalServer.Api(person.Token, account);
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await api.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode}");
    }

    /// <summary>The id of a demo person of the directory, as its administrator finds them.</summary>
    public static async Task<long> PersonIdAsync(ReferenceScenario.DemoPerson person) =>
        (await GetAsync(Demo.WidgetAdmin, person.Account, $"/v1/people?primary_email={Uri.EscapeDataString(person.Email)}"))
            .AsArray().Single()!["id"]!.GetValue<long>();

    /// <summary>The subjects of the person's own requests, across accounts (<c>GET /v1/requests</c> for an end user).</summary>
    public static async Task<IReadOnlyList<string>> OwnSubjectsAsync(ReferenceScenario.DemoPerson person) =>
        (await GetAsync(person, person.Account, "/v1/requests?per_page=100")).AsArray().Select(r => r!["subject"]!.GetValue<string>()).ToList();
}
