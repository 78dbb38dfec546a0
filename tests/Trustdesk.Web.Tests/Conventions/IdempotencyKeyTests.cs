using Trustdesk.Web.Api.Idempotency;
using Trustdesk.Web.Tests.Features.Events;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>
/// Issue 14, ADR 36: a client whose answer was lost sends its POST again with the same <c>Idempotency-Key</c> and gets
/// the first answer again, while the work is done once, even when the retries come all at once; the same key for another
/// request is refused; another caller's key is another key. Records are counted through the API.
/// </summary>
public sealed class IdempotencyKeyTests
{
    private static (string, string) Key(string key) => (IdempotencyKeyHeader.Name, key);

    private static string NewKey() => Guid.NewGuid().ToString();

    private static async Task<int> CountAsync(ApiClient reader, string subject) =>
        (await reader.GetAsync($"/v1/requests?subject={Uri.EscapeDataString(subject)}")).Expect(200).TotalEntries();

    private static void Replays(ApiResponse first, ApiResponse retry)
    {
        Assert.Equal(first.Status, retry.Status);
        Assert.Equal(first.Text, retry.Text);
        Assert.Equal(first.Body, retry.Body);
        Assert.Equal(first.ContentType, retry.ContentType);
        Assert.Equal(first.Header("ETag"), retry.Header("ETag"));
        Assert.Equal(first.Header("Location"), retry.Header("Location"));
        Assert.Null(first.Header(IdempotencyFilter.ReplayedHeader));
        Assert.Equal("true", retry.Header(IdempotencyFilter.ReplayedHeader));
    }

    [Fact]
    public async Task A_retry_gets_the_first_answer_again_and_registers_nothing()
    {
        var account = await TestWorld.Shared.SupportDomainAsync();
        // Characters the API's JSON writes unescaped or escaped: the replay is the first answer byte for byte.
        var subject = "Printer <jammed> & \"stuck\" — Zoë " + Ids.Hex(6);
        var body = new { subject, impact = "low" };
        var key = NewKey();

        var first = (await account.Owner.PostAsync("/v1/requests", body, Key(key))).Expect(201);
        Assert.NotNull(first.Header("ETag"));
        Replays(first, (await account.Owner.PostAsync("/v1/requests", body, Key(key))).Expect(201));
        Assert.Equal(1, await CountAsync(account.Owner, subject));

        // The first answer, not the record as it is now: the retry asks what became of that call.
        (await account.Owner.PatchAsync($"/v1/requests/{first.Id}", new { impact = "high" })).Expect(200);
        Replays(first, await account.Owner.PostAsync("/v1/requests", body, Key(key)));

        // A note under its own key is added once too.
        var note = new { text = "Tried turning it off and on" };
        var noteKey = NewKey();
        var added = (await account.Owner.PostAsync($"/v1/requests/{first.Id}/notes", note, Key(noteKey))).Expect(201);
        Replays(added, await account.Owner.PostAsync($"/v1/requests/{first.Id}/notes", note, Key(noteKey)));
        Assert.Equal(1, (await account.Owner.GetAsync($"/v1/requests/{first.Id}/notes")).Expect(200).TotalEntries());
    }

    [Fact]
    public async Task Without_the_header_every_post_does_its_work_as_before()
    {
        var account = await TestWorld.Shared.SupportDomainAsync();
        var subject = "No key " + Ids.Hex(6);
        var first = (await account.Owner.PostAsync("/v1/requests", new { subject })).Expect(201);
        var second = (await account.Owner.PostAsync("/v1/requests", new { subject })).Expect(201);
        Assert.NotEqual(first.Id, second.Id);
        Assert.Null(second.Header(IdempotencyFilter.ReplayedHeader));
        Assert.Equal(2, await CountAsync(account.Owner, subject));
    }

    [Fact]
    public async Task The_same_key_for_another_request_is_refused_and_writes_nothing()
    {
        var account = await TestWorld.Shared.SupportDomainAsync();
        var key = NewKey();
        var subject = "Original " + Ids.Hex(6);
        var first = (await account.Owner.PostAsync("/v1/requests", new { subject }, Key(key))).Expect(201);

        var other = "Other " + Ids.Hex(6);
        (await account.Owner.PostAsync("/v1/requests", new { subject = other }, Key(key)))
            .ExpectValidation((IdempotencyKeyHeader.Name, IdempotencyFilter.OtherRequest));
        // The same body sent to another path is another request too.
        var teams = (await account.Owner.GetAsync("/v1/teams")).Expect(200).TotalEntries();
        (await account.Owner.PostAsync("/v1/teams", new { name = subject }, Key(key)))
            .ExpectValidation((IdempotencyKeyHeader.Name, IdempotencyFilter.OtherRequest));

        Assert.Equal(0, await CountAsync(account.Owner, other));
        Assert.Equal(teams, (await account.Owner.GetAsync("/v1/teams")).Expect(200).TotalEntries());
        // The key still answers its own request.
        Replays(first, await account.Owner.PostAsync("/v1/requests", new { subject }, Key(key)));
        Assert.Equal(1, await CountAsync(account.Owner, subject));
    }

    [Fact]
    public async Task A_refused_call_keeps_no_answer_so_its_retry_runs_again()
    {
        var account = await TestWorld.Shared.SupportDomainAsync();
        var name = "Field services " + Ids.Hex(6);
        var existing = await account.AddTeamAsync(name);
        var key = NewKey();

        (await account.Owner.PostAsync("/v1/teams", new { name }, Key(key))).ExpectValidation(("name", "has already been taken"));
        (await account.Owner.PatchAsync($"/v1/teams/{existing}", new { name = name + " (old)" })).Expect(200);

        var created = (await account.Owner.PostAsync("/v1/teams", new { name }, Key(key))).Expect(201);
        Assert.Null(created.Header(IdempotencyFilter.ReplayedHeader));
        Replays(created, await account.Owner.PostAsync("/v1/teams", new { name }, Key(key)));
        Assert.Equal(1, (await account.Owner.GetAsync($"/v1/teams?name={Uri.EscapeDataString(name)}")).Expect(200).TotalEntries());
    }

    [Fact]
    public async Task Eight_posts_at_once_with_one_key_register_one_request()
    {
        var account = await TestWorld.Shared.SupportDomainAsync();
        var subject = "At once " + Ids.Hex(6);
        var key = NewKey();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(_ => account.Owner.PostAsync("/v1/requests", new { subject }, Key(key))));

        // None was told to come back later: each one that lost waited for the first and got its answer.
        var first = Assert.Single(answers, a => a.Header(IdempotencyFilter.ReplayedHeader) is null).Expect(201);
        Assert.All(answers.Where(a => a != first), retry => Replays(first, retry));
        Assert.Equal(1, await CountAsync(account.Owner, subject));
    }

    [Fact]
    public async Task A_key_belongs_to_its_person_in_the_account_they_act_in()
    {
        var directory = await TestWorld.Shared.DirectoryAsync();
        var linked = await TestWorld.Shared.SupportDomainAsync(directory);
        var body = new { name = "deploy" };
        var key = NewKey();
        var tokens = (await directory.Owner.GetAsync("/v1/access_tokens")).Expect(200).TotalEntries();

        // A token's secret is shown once; a retry whose answer was lost shows it again, and makes no second token.
        var first = (await directory.Owner.PostAsync("/v1/access_tokens", body, Key(key))).Expect(201);
        Replays(first, await directory.Owner.PostAsync("/v1/access_tokens", body, Key(key)));
        // The same person with another of their tokens is the same caller.
        var otherToken = directory.Owner.As(await directory.NewOwnerTokenAsync());
        Replays(first, await otherToken.PostAsync("/v1/access_tokens", body, Key(key)));
        Assert.Equal(tokens + 2, (await directory.Owner.GetAsync("/v1/access_tokens")).Expect(200).TotalEntries());

        // The same person acting in another account: a key of its own there.
        var elsewhere = (await directory.Owner.In(linked.Id).PostAsync("/v1/access_tokens", body, Key(key))).Expect(201);
        Assert.Null(elsewhere.Header(IdempotencyFilter.ReplayedHeader));
        Assert.NotEqual(first.Record.Str("token"), elsewhere.Record.Str("token"));

        // Another person of the same account, and another account's owner, never meet the first answer.
        var colleagueId = await linked.AddPersonAsync();
        await linked.GrantAsync(colleagueId, "specialist");
        var colleague = linked.Owner.As(await ServerWrites.IssueTokenAsync(TestServers.Shared, linked.Id, colleagueId));
        var subject = "Same key " + Ids.Hex(6);
        var owners = (await linked.Owner.PostAsync("/v1/requests", new { subject }, Key(key))).Expect(201);
        var colleagues = (await colleague.PostAsync("/v1/requests", new { subject }, Key(key))).Expect(201);
        var stranger = await TestWorld.Shared.SupportDomainAsync();
        var strangers = (await stranger.Owner.PostAsync("/v1/requests", new { subject }, Key(key))).Expect(201);
        Assert.All(new[] { colleagues, strangers }, a => Assert.Null(a.Header(IdempotencyFilter.ReplayedHeader)));
        Assert.Equal(3, new[] { owners.Id, colleagues.Id, strangers.Id }.Distinct().Count());
        Assert.Equal(2, await CountAsync(linked.Owner, subject));
    }

    [Fact]
    public async Task The_operators_keys_are_its_own_and_its_retry_gets_the_first_owners_token_again()
    {
        var server = TestServers.Shared;
        var id = Ids.Account();
        var body = new { id, name = "Retried " + id, kind = "directory", owner = new { name = "First owner", primary_email = Ids.Email("owner") } };
        var key = NewKey();

        var first = (await server.Operator.PostAsync("/v1/accounts", body, Key(key))).Expect(201);
        // Done again, the call would be refused: the id "has already been taken".
        Replays(first, await server.Operator.PostAsync("/v1/accounts", body, Key(key)));
        var owner = server.Client(first.Record["owner"]!.Str("token"), id);
        (await owner.GetAsync("/v1/me")).Expect(200);

        // A person's key of the same text is theirs alone, and the operator's answer is not theirs to see.
        var support = new { id = Ids.Account(), name = "Support of " + id, kind = "support_domain" };
        var created = (await owner.PostAsync("/v1/accounts", support, Key(key))).Expect(201);
        Assert.Null(created.Header(IdempotencyFilter.ReplayedHeader));
        (await server.Operator.PostAsync("/v1/accounts", support, Key(key)))
            .ExpectValidation((IdempotencyKeyHeader.Name, IdempotencyFilter.OtherRequest));
    }

    [Fact]
    public async Task A_malformed_key_is_refused_before_any_work()
    {
        var account = await TestWorld.Shared.SupportDomainAsync();
        var subject = "Malformed key " + Ids.Hex(6);
        var body = new { subject };
        (await account.Owner.PostAsync("/v1/requests", body, Key(new string('k', IdempotencyKeyHeader.MaxLength + 1))))
            .ExpectValidation((IdempotencyKeyHeader.Name, "is too long (maximum is 255 characters)"));
        foreach (var unprintable in new[] { "tab\there", "Zoë-1", "bell\u0007" })
            (await account.Owner.PostAsync("/v1/requests", body, Key(unprintable)))
                .ExpectValidation((IdempotencyKeyHeader.Name, "must be printable ASCII characters"));
        (await account.Owner.PostAsync("/v1/requests", body, Key(NewKey()), Key(NewKey())))
            .ExpectValidation((IdempotencyKeyHeader.Name, "is given more than once"));
        Assert.Equal(0, await CountAsync(account.Owner, subject));

        // At the limit, and with every printable character, a key works.
        (await account.Owner.PostAsync("/v1/requests", body, Key(new string('k', IdempotencyKeyHeader.MaxLength)))).Expect(201);
        var printable = new string(Enumerable.Range(' ' + 1, '~' - ' ').Select(c => (char)c).ToArray());
        var first = (await account.Owner.PostAsync("/v1/requests", body, Key(printable))).Expect(201);
        Replays(first, await account.Owner.PostAsync("/v1/requests", body, Key(printable)));
        Assert.Equal(2, await CountAsync(account.Owner, subject));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_key_sent_empty_is_refused(string blank)
    {
        // "Idempotency-Key:" with nothing (or only spaces) after it reaches a server as such a value; the test server
        // drops or trims such a header on its way in, so this one is read directly.
        var request = new Microsoft.AspNetCore.Http.DefaultHttpContext().Request;
        request.Headers[IdempotencyKeyHeader.Name] = blank;
        var (key, refused) = IdempotencyKeyHeader.Read(request);
        Assert.Null(key);
        Assert.Equal([(IdempotencyKeyHeader.Name, "can't be blank")], refused!.FieldErrors);
    }

    [Fact]
    public async Task The_openapi_document_offers_the_header_on_every_post_and_on_nothing_else()
    {
        var document = (await TestWorld.Shared.Anonymous.GetAsync("/openapi/v1.json")).Expect(200).Record;

        var operations = document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Select(operation => (Method: operation.Key, Path: path.Key, Keyed: (operation.Value?["parameters"]?.AsArray() ?? [])
                .Any(p => p!["name"]!.GetValue<string>() == IdempotencyKeyHeader.Name && p["in"]!.GetValue<string>() == "header"))))
            .ToList();
        Assert.True(operations.Count(o => o.Method == "post") > 20, "too few POST operations in the document");
        Assert.All(operations, o => Assert.True(o.Keyed == (o.Method == "post"), $"{o.Method} {o.Path}: Idempotency-Key offered {o.Keyed}"));
    }
}
