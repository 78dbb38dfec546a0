using System.Text;
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
        var (records, lists) = await KeptRecordsAsync(account);
        var before = await SnapshotAsync(account.Owner, records, lists);

        foreach (var (client, method, path) in Writes(account, records))
            foreach (var body in Bodies)
                (await client.SendRawAsync(method, path, body)).Expect(400, InvalidJson);

        Assert.Equal(before, await SnapshotAsync(account.Owner, records, lists));
        Assert.Equal(0, (await _world.Server.Operator.GetAsync("/v1/accounts?name=x")).Expect(200).TotalEntries());
    }

    /// <summary>
    /// Byte sequences that are no UTF-8: a lead byte followed by no continuation, a byte UTF-8 never uses, a surrogate
    /// (U+D800) encoded as if it were a character, an overlong encoding of '/', a sequence cut short.
    /// </summary>
    private static readonly byte[][] NotUtf8 = [[0xC3, 0x28], [0xFF], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xE2, 0x82]];

    /// <summary>JSON text is UTF-8 (RFC 8259): bytes that are not, in a value or in a property name, make a body that is not JSON.</summary>
    [Fact]
    public async Task A_body_that_is_not_utf8_is_malformed_json_on_every_write_and_nothing_is_written()
    {
        var account = await _world.DirectoryAsync();
        var (records, lists) = await KeptRecordsAsync(account);
        var before = await SnapshotAsync(account.Owner, records, lists);

        foreach (var bad in NotUtf8)
        {
            // Each body would be accepted with plain text in place of the bad bytes.
            var email = Ids.Email();
            byte[][] bodies =
            [
                Bytes("{\"name\":\"Ann", bad, "\",\"primary_email\":\"" + email + "\"}"),
                Bytes("{\"name\":\"", bad, "\"}"),
                Bytes("{\"na", bad, "me\":\"x\",\"primary_email\":\"" + email + "\"}"),
                Bytes("{\"", bad, "\":\"x\"}"),
                Bytes("{\"roles\":[\"specialist", bad, "\"]}"),
            ];
            foreach (var (client, method, path) in Writes(account, records))
                foreach (var body in bodies)
                    (await client.SendBytesAsync(method, path, body)).Expect(400, InvalidJson);
        }

        Assert.Equal(before, await SnapshotAsync(account.Owner, records, lists));
        Assert.Equal(0, (await _world.Server.Operator.GetAsync("/v1/accounts?name=x")).Expect(200).TotalEntries());
    }

    /// <summary>
    /// A <c>\u</c> escape of half a surrogate pair is JSON syntax but no text: in a field's name, a value, a list or the
    /// repeated id of an update (which once answered 500), the body is malformed, as one that is no UTF-8.
    /// </summary>
    [Fact]
    public async Task A_lone_surrogate_escape_is_malformed_json_on_every_write_and_nothing_is_written()
    {
        var account = await _world.DirectoryAsync();
        var (records, lists) = await KeptRecordsAsync(account);
        var before = await SnapshotAsync(account.Owner, records, lists);

        foreach (var lone in new[] { "\\ud800", "\\udfff", "\\udc00\\ud800", "x\\ud83d" })
        {
            // Each body would be accepted with plain text in place of the escape.
            string[] bodies =
            [
                $$"""{"name":"Ann{{lone}}","primary_email":"{{Ids.Email()}}"}""",
                $$"""{"{{lone}}":1,"name":"x"}""",
                $$"""{"id":"{{lone}}","name":"x"}""",
                $$"""{"roles":["specialist{{lone}}"]}""",
            ];
            foreach (var (client, method, path) in Writes(account, records))
                foreach (var body in bodies)
                    (await client.SendRawAsync(method, path, body)).Expect(400, InvalidJson);
        }
        Assert.Equal(before, await SnapshotAsync(account.Owner, records, lists));
        Assert.Equal(0, (await _world.Server.Operator.GetAsync("/v1/accounts?name=x")).Expect(200).TotalEntries());
        // A whole pair, escaped, is text like any other.
        Assert.Equal("\U0001F600", (await account.Owner.PostAsync("/v1/teams", "{\"name\":\"\\ud83d\\ude00\"}")).Expect(201).Record.Str("name"));
    }

    private static byte[] Bytes(string before, byte[] bad, string after) =>
        [.. Encoding.UTF8.GetBytes(before), .. bad, .. Encoding.UTF8.GetBytes(after)];

    /// <summary>A record of each kind the writes address, and the lists they would add to.</summary>
    private static async Task<(string[] Records, string[] Lists)> KeptRecordsAsync(Tenant account)
    {
        var person = await account.AddPersonAsync("Kept");
        var organization = await account.AddOrganizationAsync("Kept");
        var site = await account.AddSiteAsync("Kept");
        var team = await account.AddTeamAsync("Kept");
        return ([$"/v1/people/{person}", $"/v1/organizations/{organization}", $"/v1/sites/{site}", $"/v1/teams/{team}", "/v1/account"],
            ["/v1/people", "/v1/organizations", "/v1/sites", "/v1/teams", "/v1/access_tokens", $"/v1/people/{person}/permissions"]);
    }

    /// <summary>Creations and updates of every kind, as the records of <see cref="KeptRecordsAsync"/> name them.</summary>
    private (ApiClient Client, HttpMethod Method, string Path)[] Writes(Tenant account, string[] records) =>
    [
        (account.Owner, HttpMethod.Post, "/v1/people"),
        (account.Owner, HttpMethod.Patch, records[0]),
        (account.Owner, HttpMethod.Post, "/v1/organizations"),
        (account.Owner, HttpMethod.Patch, records[1]),
        (account.Owner, HttpMethod.Post, "/v1/sites"),
        (account.Owner, HttpMethod.Put, records[2]),
        (account.Owner, HttpMethod.Post, "/v1/teams"),
        (account.Owner, HttpMethod.Patch, records[3]),
        (account.Owner, HttpMethod.Post, "/v1/access_tokens"),
        (account.Owner, HttpMethod.Post, $"{records[0]}/permissions/{account.Id}"),
        (account.Owner, HttpMethod.Patch, $"/v1/accounts/{account.Id}"),
        (_world.Server.Operator, HttpMethod.Post, "/v1/accounts"),
    ];

    /// <summary>The records' full JSON (timestamps and versions included) and the lists' sizes.</summary>
    private static async Task<List<string>> SnapshotAsync(ApiClient client, string[] records, string[] lists)
    {
        var snapshot = new List<string>();
        foreach (var path in records) snapshot.Add((await client.GetAsync(path)).Expect(200).Text);
        foreach (var path in lists) snapshot.Add($"{path}: {(await client.GetAsync(path)).Expect(200).TotalEntries()}");
        return snapshot;
    }
}
