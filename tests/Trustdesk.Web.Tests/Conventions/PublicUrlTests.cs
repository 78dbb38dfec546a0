using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>The server this class's tests call: its public URL is not the address the tests reach it at.</summary>
public sealed class PublicUrlServer() : ClockedServer(MondayMorning, new Dictionary<string, string> { ["Platform:PublicUrl"] = PublicUrl })
{
    public const string PublicUrl = "https://desk.example.com/trustdesk/";
}

/// <summary>
/// Absolute links are built from <c>Platform:PublicUrl</c>, never from the <c>Host</c> header, which is the client's to
/// choose (ADR 40): a forged host cannot send a 4me client's next page, or a browser's sign-in, elsewhere.
/// </summary>
public sealed class PublicUrlTests(PublicUrlServer server) : IClassFixture<PublicUrlServer>
{
    private const string ForgedHost = "evil.example";

    [Fact]
    public async Task The_link_header_names_the_public_url_whatever_host_the_client_sent()
    {
        var account = await server.World.DirectoryAsync();
        await account.AddPersonAsync();
        await account.AddPersonAsync();

        var page = (await account.Owner.GetAsync("/v1/people?per_page=1&page=2", ("Host", ForgedHost))).Expect(200);

        var links = page.Header("Link")!;
        Assert.Contains("<https://desk.example.com/trustdesk/v1/people?per_page=1&page=1>; rel=\"first\"", links, StringComparison.Ordinal);
        Assert.Contains("<https://desk.example.com/trustdesk/v1/people?per_page=1&page=3>; rel=\"next\"", links, StringComparison.Ordinal);
        Assert.DoesNotContain(ForgedHost, links, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost", links, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_names_the_public_url_as_its_server()
    {
        var document = (await server.World.Anonymous.GetAsync("/openapi/v1.json", ("Host", ForgedHost))).Expect(200);

        var servers = document.Record["servers"]!.AsArray();
        Assert.Equal("https://desk.example.com/trustdesk", Assert.Single(servers)!["url"]!.GetValue<string>());
        Assert.DoesNotContain(ForgedHost, document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_way_to_the_sign_in_page_names_no_host()
    {
        var redirect = (await server.World.Anonymous.GetAsync("/portal/requests", ("Host", ForgedHost))).Expect(302);

        Assert.Equal("/sign-in?ReturnUrl=%2Fportal%2Frequests", redirect.Header("Location"));
    }
}
