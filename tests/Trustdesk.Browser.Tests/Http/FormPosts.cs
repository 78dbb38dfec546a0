using System.Net;
using System.Text.RegularExpressions;
using Trustdesk.Browser.Tests.Infrastructure;
using Trustdesk.Web.Demo;

namespace Trustdesk.Browser.Tests.Http;

/// <summary>The web UI over plain HTTP, as a browser would post its forms (or a forger would try to).</summary>
public static partial class FormPosts
{
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return Token().Match(html).Groups[1].Value;
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, params (string Name, string Value)[] fields) =>
        client.PostAsync(path, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))));

    /// <summary>
    /// A client with a session of <paramref name="person"/>, signed in through the sign-in form, keeping its cookies in
    /// <paramref name="cookies"/> when given.
    /// </summary>
    public static async Task<HttpClient> SignedInAsync(ReferenceScenario.DemoPerson person, CookieContainer? cookies = null)
    {
        var client = PortalServer.Client(cookies);
        var token = await AntiforgeryTokenAsync(client, "/sign-in");
        using var response = await PostAsync(client, "/sign-in", ("Email", person.Email), ("Password", person.Password), ("__RequestVerificationToken", token));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
