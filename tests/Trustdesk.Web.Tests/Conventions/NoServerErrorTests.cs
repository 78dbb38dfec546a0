using System.Text.Json;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>No input ever produces a 500 (product.md §9): hostile bodies, query strings and paths get a 4xx.</summary>
public sealed class NoServerErrorTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    private static void NotAServerError(ApiResponse answer)
    {
        Assert.True(answer.Status < 500, $"{answer.Request}: {answer.Status} {answer.Text}");
        if (answer.Status >= 400) Answers.AssertErrorShape(answer);
    }

    /// <summary>Raw JSON bodies, each valid JSON, with values a careless server chokes on.</summary>
    private static IEnumerable<string> HostileBodies(string email)
    {
        string Person(string name) => $$"""{"name":{{name}},"primary_email":"{{email}}"}""";
        yield return Person("\"nul\\u0000inside\"");
        yield return Person("\"\\ud800 lone surrogate\"");
        yield return Person(JsonSerializer.Serialize(new string('x', 100_000)));
        yield return Person("[\"x\"]");
        yield return Person("{\"first\":\"x\"}");
        yield return Person("1e400");
        yield return Person(new string('[', 60) + new string(']', 60));
        yield return $$"""{"name":"x","primary_email":"nul\u0000@example.test"}""";
        yield return $$"""{"name":"x","primary_email":"{{email}}","organization_id":1e400}""";
        yield return $$"""{"name":"x","primary_email":"{{email}}","organization_id":99999999999999999999}""";
        yield return $$"""{"name":"x","primary_email":"{{email}}","organization_id":-1}""";
        yield return $$"""{"name":"x","primary_email":"{{email}}","site_id":0,"manager_id":-9223372036854775808}""";
        yield return $$"""{"name":"x","primary_email":"{{email}}","time_zone":"../../../../etc/passwd"}""";
        yield return $$"""{"name":"x","primary_email":"{{email}}","time_zone":"Europe/Amsterdam\u0000"}""";
        yield return $$"""{"name":"x","primary_email":"{{email}}","time_zone":""}""";
        yield return $$"""{"name":"x","primary_email":"{{email}}","vip":null,"disabled":null}""";
        yield return $$"""{"name":"x","primary_email":"{{email}}","employeeID":"\u0000"}""";
        yield return $$"""{"name":"x","primary_email":"{{JsonEncodedText.Encode(new string('a', 300) + "@example.test")}}"}""";
    }

    [Fact]
    public async Task Hostile_bodies_get_a_client_error_not_a_server_error()
    {
        var account = await _world.DirectoryAsync();
        var person = await account.AddPersonAsync();

        foreach (var body in HostileBodies(Ids.Email()))
        {
            NotAServerError(await account.Owner.SendRawAsync(HttpMethod.Post, "/v1/people", body));
            NotAServerError(await account.Owner.SendRawAsync(HttpMethod.Patch, $"/v1/people/{person}", body));
        }
        string[] paths = ["/v1/organizations", "/v1/sites", "/v1/teams", "/v1/access_tokens"];
        foreach (var path in paths)
            foreach (var name in new[] { "\"a\\u0000b\"", "\"\\ud800\"", "12", "true", "{}" })
                NotAServerError(await account.Owner.SendRawAsync(HttpMethod.Post, path, $$"""{"name":{{name}}}"""));
        NotAServerError(await account.Owner.SendRawAsync(HttpMethod.Post, "/v1/sites", """{"name":"nul country","country":"N\u0000"}"""));
        NotAServerError(await account.Owner.SendRawAsync(HttpMethod.Post, "/v1/access_tokens", """{"name":"far","expires_at":"9999-12-31T23:59:59Z"}"""));
        NotAServerError(await account.Owner.SendRawAsync(HttpMethod.Post, "/v1/access_tokens", """{"name":"early","expires_at":"0001-01-01T00:00:00Z"}"""));
        NotAServerError(await account.Owner.SendRawAsync(HttpMethod.Post, $"/v1/people/{person}/permissions/{account.Id}", """{"roles":["a\u0000b",null,1]}"""));
        NotAServerError(await account.Owner.SendRawAsync(HttpMethod.Post, $"/v1/people/{person}/permissions/{account.Id}", """{"roles":["spe\u0000cialist"]}"""));
        NotAServerError(await account.Owner.PostAsync($"/v1/people/{person}/permissions/{account.Id}?roles=a%00b"));
        var huge = $$"""{"name":"x","primary_email":"{{Ids.Email()}}","job_title":"{{new string('j', 2 * 1024 * 1024)}}"}""";
        (await account.Owner.SendRawAsync(HttpMethod.Post, "/v1/people", huge)).Expect(413, """{"message":"Request body too large"}""");
        // A chunked body announces no length: it is refused alike once it passes the limit while being read.
        (await account.Owner.SendChunkedAsync(HttpMethod.Post, "/v1/people", huge)).Expect(413, """{"message":"Request body too large"}""");
        (await account.Owner.SendChunkedAsync(HttpMethod.Patch, $"/v1/people/{person}", huge)).Expect(413, """{"message":"Request body too large"}""");
        Assert.Equal(2, (await account.Owner.GetAsync("/v1/people?name=!x")).Expect(200).TotalEntries());
        Assert.Null((await account.Owner.GetAsync($"/v1/people/{person}")).Expect(200).Record["job_title"]);
    }

    [Fact]
    public async Task Nul_characters_are_refused_alike_on_every_database_and_nothing_is_written()
    {
        var account = await _world.DirectoryAsync();
        var email = Ids.Email();
        const string NotAllowed = "must not contain NUL characters";

        (await account.Owner.SendRawAsync(HttpMethod.Post, "/v1/people", $$"""{"name":"a\u0000b","primary_email":"{{email}}"}"""))
            .ExpectValidation(("name", NotAllowed));
        (await account.Owner.SendRawAsync(HttpMethod.Post, "/v1/teams", """{"name":"\\\u0000"}""")).ExpectValidation(("name", NotAllowed));
        (await account.Owner.SendRawAsync(HttpMethod.Patch, $"/v1/people/{account.OwnerId}", """{"job_title":"x\u0000"}"""))
            .ExpectValidation(("job_title", NotAllowed));
        (await _world.Server.Operator.SendRawAsync(HttpMethod.Post, "/v1/accounts",
                $$$"""{"id":"{{{Ids.Account()}}}","name":"x","owner":{"name":"\u0000","primary_email":"{{{Ids.Email()}}}"}}"""))
            .ExpectValidation(("owner", NotAllowed));
        (await account.Owner.GetAsync("/v1/people?name=a%00b")).Expect(400);

        // An escaped backslash followed by "u0000" is plain text, not a NUL.
        var plain = (await account.Owner.SendRawAsync(HttpMethod.Post, "/v1/people", $$"""{"name":"a\\u0000b","primary_email":"{{email}}"}"""))
            .Expect(201);
        Assert.Equal("a\\u0000b", plain.Record.Str("name"));
        Assert.Equal(2, (await account.Owner.GetAsync("/v1/people")).Expect(200).TotalEntries());
        Assert.Null((await account.Owner.GetAsync($"/v1/people/{account.OwnerId}")).Expect(200).Record["job_title"]);
    }

    [Fact]
    public async Task Hostile_account_bodies_get_a_client_error_not_a_server_error()
    {
        var operatorClient = _world.Server.Operator;
        var owner = new { name = "x", primary_email = Ids.Email() };

        foreach (var body in new object[]
                 {
                     new { id = "t-nul\u0000", name = "x", owner },
                     new { id = Ids.Account(), name = "x", kind = "directory\u0000", owner },
                     new { id = Ids.Account(), name = "x", directory_account_id = "t-nul\u0000", owner },
                     new { id = Ids.Account(), name = "x", directory_account_id = new string('d', 10_000), owner },
                     new { id = Ids.Account(), name = "x\u0000", owner },
                     new { id = Ids.Account(), name = "x", owner = new { name = "x", primary_email = "a\u0000@example.test" } },
                     new { id = Ids.Account(), name = "x", owner = new { name = "x", primary_email = Ids.Email(), extra = 1 } },
                     new { id = Ids.Account(), name = "x", owner = "me" },
                 })
            NotAServerError(await operatorClient.PostAsync("/v1/accounts", body));
    }

    [Fact]
    public async Task Hostile_query_strings_and_paths_get_a_client_error_not_a_server_error()
    {
        var account = await _world.DirectoryAsync();
        var owner = account.Owner;
        string[] queries =
        [
            "name=%00", "name=a%00b", "primary_email=%00", "id=%00", "sort=%00", "fields=%00", "created_at=%00", "employeeID=%00",
            "name=" + new string('n', 5000), "name=%27%20OR%201%3D1%20--", "sort=name;DROP TABLE people", "per_page=%00", "page=%00",
            "name=%E0%A4%A", "name=%FF%FE", "disabled=%00", "created_at=%3E%00",
        ];
        foreach (var query in queries)
        {
            NotAServerError(await owner.GetAsync("/v1/people?" + query));
            NotAServerError(await owner.GetAsync("/v1/sites?" + query));
        }

        // (A NUL in the path never reaches the app: ASP.NET Core refuses such a request line itself.)
        string[] paths =
        [
            "/v1/accounts/" + new string('a', 3000), "/v1/accounts/%27%20OR%201%3D1", "/v1/accounts/%E2%80%AE", "/v1/people/-1",
            "/v1/people/0", $"/v1/people/{account.OwnerId}/permissions/%27", "/v1/teams/-1/members", "/v1/people/1e3",
        ];
        foreach (var path in paths) NotAServerError(await owner.GetAsync(path));
        foreach (var path in paths) NotAServerError(await _world.Server.Operator.GetAsync(path));
        NotAServerError(await _world.Server.Operator.PatchAsync("/v1/accounts/" + new string('a', 3000), new { name = "x" }));
        NotAServerError(await owner.DeleteAsync("/v1/access_tokens/-1"));
        NotAServerError(await owner.DeleteAsync($"/v1/people/{account.OwnerId}/permissions/%27"));
    }
}
