using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>A body that is not one JSON object answers 400 "Invalid JSON string posted" on every write, and writes nothing.</summary>
public sealed class MalformedJsonTests
{
    private const string InvalidJson = """{"message":"Invalid JSON string posted"}""";
    private readonly TestWorld _world = TestWorld.Shared;

    private static readonly string[] Bodies =
    [
        "{", """{"name": "x",""", "not json", "", "[]", """[{"name":"x"}]""", "\"x\"", "42", "null", """{"name":"x",}""",
        "{'name':'x'}", """{"name":"x"} {}""", """{"name":"x" /* comment */}""", """{"name":"\x"}""", """{name:"x"}""",
        "\uFEFF{\"name\":\"x\"", new string('[', 2000),
    ];

    [Fact]
    public async Task Malformed_json_is_refused_on_every_write_and_nothing_is_written()
    {
        var account = await _world.DirectoryAsync();
        var person = await account.AddPersonAsync("Kept");
        var organization = await account.AddOrganizationAsync("Kept");
        var site = await account.AddSiteAsync("Kept");
        var team = await account.AddTeamAsync("Kept");
        string[] records = [$"/v1/people/{person}", $"/v1/organizations/{organization}", $"/v1/sites/{site}", $"/v1/teams/{team}", "/v1/account"];
        string[] lists = ["/v1/people", "/v1/organizations", "/v1/sites", "/v1/teams", "/v1/access_tokens", $"/v1/people/{person}/permissions"];
        var before = await SnapshotAsync(account.Owner, records, lists);

        var writes = new (ApiClient Client, HttpMethod Method, string Path)[]
        {
            (account.Owner, HttpMethod.Post, "/v1/people"),
            (account.Owner, HttpMethod.Patch, $"/v1/people/{person}"),
            (account.Owner, HttpMethod.Post, "/v1/organizations"),
            (account.Owner, HttpMethod.Patch, $"/v1/organizations/{organization}"),
            (account.Owner, HttpMethod.Post, "/v1/sites"),
            (account.Owner, HttpMethod.Put, $"/v1/sites/{site}"),
            (account.Owner, HttpMethod.Post, "/v1/teams"),
            (account.Owner, HttpMethod.Patch, $"/v1/teams/{team}"),
            (account.Owner, HttpMethod.Post, "/v1/access_tokens"),
            (account.Owner, HttpMethod.Post, $"/v1/people/{person}/permissions/{account.Id}"),
            (account.Owner, HttpMethod.Patch, $"/v1/accounts/{account.Id}"),
            (_world.Server.Operator, HttpMethod.Post, "/v1/accounts"),
        };
        foreach (var (client, method, path) in writes)
            foreach (var body in Bodies)
                (await client.SendRawAsync(method, path, body)).Expect(400, InvalidJson);

        Assert.Equal(before, await SnapshotAsync(account.Owner, records, lists));
        Assert.Equal(0, (await _world.Server.Operator.GetAsync("/v1/accounts?name=x")).Expect(200).TotalEntries());
    }

    /// <summary>The records' full JSON (timestamps and versions included) and the lists' sizes.</summary>
    private static async Task<List<string>> SnapshotAsync(ApiClient client, string[] records, string[] lists)
    {
        var snapshot = new List<string>();
        foreach (var path in records) snapshot.Add((await client.GetAsync(path)).Expect(200).Text);
        foreach (var path in lists) snapshot.Add($"{path}: {(await client.GetAsync(path)).Expect(200).TotalEntries()}");
        return snapshot;
    }
}
