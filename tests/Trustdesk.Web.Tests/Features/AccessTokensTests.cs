using System.Globalization;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features;

/// <summary><c>/v1/access_tokens</c>: a person's own personal access tokens.</summary>
public sealed class AccessTokensTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    private static string InDays(double days) =>
        DateTime.UtcNow.AddDays(days).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_new_token_is_shown_once_works_and_is_listed_without_its_secret()
    {
        var account = await _world.DirectoryAsync();
        var expiresAt = InDays(30);

        var created = (await account.Owner.PostAsync("/v1/access_tokens", new { name = "CI pipeline", expires_at = expiresAt })).Expect(201);
        var secret = created.Record.Str("token")!;
        Assert.Equal("CI pipeline", created.Record.Str("name"));
        Assert.Equal(expiresAt, created.Record.Str("expires_at"));
        Assert.Equal(secret[..10], created.Record.Str("prefix"));
        Assert.Null(created.Record["revoked_at"]);

        Assert.Equal(account.OwnerId, (await account.Owner.As(secret).GetAsync("/v1/me")).Expect(200).Id);

        var list = (await account.Owner.GetAsync("/v1/access_tokens")).Expect(200);
        Assert.Equal(2, list.TotalEntries());
        Assert.DoesNotContain(secret, list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(account.OwnerToken, list.Text, StringComparison.Ordinal);
        Assert.Contains("CI pipeline", list.Values("name"));
        Assert.All(list.Items, item => Assert.Equal(["id", "name", "prefix", "expires_at", "revoked_at"], item!.Members()));
    }

    [Fact]
    public async Task A_revoked_token_stops_working_at_once()
    {
        var account = await _world.DirectoryAsync();
        var created = (await account.Owner.PostAsync("/v1/access_tokens", new { name = "short-lived" })).Expect(201);
        var secret = created.Record.Str("token")!;
        (await account.Owner.As(secret).GetAsync("/v1/me")).Expect(200);

        (await account.Owner.DeleteAsync($"/v1/access_tokens/{created.Id}")).Expect(204);

        (await account.Owner.As(secret).GetAsync("/v1/me")).Expect(401, """{"message":"Unauthorized"}""");
        (await account.Owner.DeleteAsync($"/v1/access_tokens/{created.Id}")).Expect(404);
        var listed = (await account.Owner.GetAsync($"/v1/access_tokens?id={created.Id}&fields=revoked_at")).Expect(200).Items.Single()!;
        Assert.NotNull(listed["revoked_at"]);
        (await account.Owner.GetAsync("/v1/me")).Expect(200);
    }

    [Fact]
    public async Task A_person_can_revoke_the_token_they_are_calling_with()
    {
        var account = await _world.DirectoryAsync();
        var secret = await account.NewOwnerTokenAsync();
        var own = account.Owner.As(secret);
        var id = (await own.GetAsync("/v1/access_tokens?sort=-id&per_page=1")).Expect(200).Ids().Single();

        (await own.DeleteAsync($"/v1/access_tokens/{id}")).Expect(204);

        (await own.GetAsync("/v1/me")).Expect(401);
    }

    [Fact]
    public async Task Tokens_are_filtered_sorted_and_paged()
    {
        var account = await _world.DirectoryAsync();
        var ids = new List<long>();
        foreach (var name in new[] { "zulu", "yankee", "xray" })
            ids.Add((await account.Owner.PostAsync("/v1/access_tokens", new { name, expires_at = InDays(10 + ids.Count) })).Expect(201).Id);
        (await account.Owner.DeleteAsync($"/v1/access_tokens/{ids[1]}")).Expect(204);

        Assert.Equal([ids[2], ids[1], ids[0]], (await account.Owner.GetAsync("/v1/access_tokens?name=xray,yankee,zulu&sort=name")).Expect(200).Ids());
        Assert.Equal([ids[1]], (await account.Owner.GetAsync("/v1/access_tokens?revoked_at=!")).Expect(200).Ids());
        Assert.Equal(3, (await account.Owner.GetAsync("/v1/access_tokens?revoked_at=")).Expect(200).TotalEntries());
        Assert.Equal([ids[0], ids[1]], (await account.Owner.GetAsync($"/v1/access_tokens?expires_at=<{InDays(11.5)}&sort=expires_at")).Expect(200).Ids());
        var page = (await account.Owner.GetAsync("/v1/access_tokens?sort=-id&per_page=3")).Expect(200);
        Assert.Equal(4, page.TotalEntries());
        Assert.Equal([ids[2], ids[1], ids[0]], page.Ids());
        (await account.Owner.GetAsync("/v1/access_tokens?token_hash=x")).Expect(400, """{"message":"Filtering not allowed on fields: token_hash"}""");
        (await account.Owner.GetAsync("/v1/access_tokens?fields=token_hash")).Expect(400, """{"message":"Unknown fields: token_hash"}""");
    }

    [Fact]
    public async Task Expiry_dates_outside_the_allowed_window_are_refused_and_nothing_is_created()
    {
        var account = await _world.DirectoryAsync();

        (await account.Owner.PostAsync("/v1/access_tokens", new { name = "past", expires_at = InDays(-1) }))
            .ExpectValidation(("expires_at", "must be in the future"));
        (await account.Owner.PostAsync("/v1/access_tokens", new { name = "forever", expires_at = InDays(731) }))
            .ExpectValidation(("expires_at", "must be within two years"));
        (await account.Owner.PostAsync("/v1/access_tokens", new { expires_at = InDays(1) })).ExpectValidation(("name", "can't be blank"));
        (await account.Owner.PostAsync("/v1/access_tokens", new { name = "date", expires_at = "next week" }))
            .ExpectValidation(("expires_at", "has the wrong type"));
        (await account.Owner.PostAsync("/v1/access_tokens", new { name = "owned", person_id = 1 })).ExpectValidation(("person_id", "is not a known field"));

        Assert.Equal(1, (await account.Owner.GetAsync("/v1/access_tokens")).Expect(200).TotalEntries());
    }

    [Fact]
    public async Task Another_persons_token_answers_exactly_like_a_missing_one_and_stays_valid()
    {
        var mine = await _world.DirectoryAsync();
        var theirs = await _world.DirectoryAsync();
        var theirToken = (await theirs.Owner.PostAsync("/v1/access_tokens", new { name = "theirs" })).Expect(201);

        Answers.SameAsMissing(
            await mine.Owner.DeleteAsync($"/v1/access_tokens/{theirToken.Id}"),
            await mine.Owner.DeleteAsync($"/v1/access_tokens/{Answers.NeverExistingId}"));
        Assert.Equal(0, (await mine.Owner.GetAsync($"/v1/access_tokens?id={theirToken.Id}")).Expect(200).TotalEntries());
        (await theirs.Owner.As(theirToken.Record.Str("token")).GetAsync("/v1/me")).Expect(200);
    }

    [Fact]
    public async Task Tokens_belong_to_their_owner_whichever_account_the_call_acts_in()
    {
        var directory = await _world.DirectoryAsync();
        var domain = await _world.SupportDomainAsync(directory);
        var inDomain = directory.Owner.In(domain.Id);

        var created = (await inDomain.PostAsync("/v1/access_tokens", new { name = "made in the support domain" })).Expect(201);

        Assert.Contains(created.Id, (await directory.Owner.GetAsync("/v1/access_tokens")).Expect(200).Ids());
        Assert.Equal(2, (await inDomain.GetAsync("/v1/access_tokens")).Expect(200).TotalEntries());
        Assert.Equal(directory.Id, (await inDomain.As(created.Record.Str("token")).In(null).GetAsync("/v1/me")).Expect(200).Record["account"]!.Str("id"));
        // The support domain's own owner sees only their own token.
        Assert.DoesNotContain(created.Id, (await domain.Owner.GetAsync("/v1/access_tokens")).Expect(200).Ids());
    }
}
