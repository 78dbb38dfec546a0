using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>
/// <c>Authorization: Bearer</c> and <c>X-4me-Account</c> (alias <c>X-Xurrent-Account</c>): 401 without a valid token,
/// 403 in an account where the person has no standing, the same whether that account exists or not.
/// </summary>
public sealed class AuthenticationTests
{
    private const string Unauthorized = """{"message":"Unauthorized"}""";
    private readonly TestWorld _world = TestWorld.Shared;

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer td_not_a_token_anyone_was_given")]
    [InlineData("td_a_token_without_its_scheme")]
    public async Task Calls_without_a_valid_bearer_token_are_unauthorized(string? authorization)
    {
        var client = _world.Anonymous;
        var headers = authorization is null ? [] : new[] { ("Authorization", authorization) };

        var answer = (await client.GetAsync("/v1/me", headers)).Expect(401, Unauthorized);

        Answers.AssertErrorShape(answer);
    }

    [Fact]
    public async Task An_overlong_token_is_unauthorized_like_any_unknown_one()
    {
        var answer = await _world.Server.Client(new string('t', 5000)).GetAsync("/v1/people");

        answer.Expect(401, Unauthorized);
    }

    [Fact]
    public async Task Anonymous_callers_get_401_whatever_account_header_they_send()
    {
        var existing = await _world.DirectoryAsync();
        var anonymous = _world.Anonymous;
        var badToken = _world.Server.Client("td_made_up");

        foreach (var account in new[] { existing.Id, Ids.Account(), "NOT A SLUG", "a", new string('x', 300) })
        {
            (await anonymous.In(account).GetAsync("/v1/people")).Expect(401, Unauthorized);
            (await badToken.In(account).GetAsync("/v1/people")).Expect(401, Unauthorized);
        }
    }

    [Fact]
    public async Task The_account_header_and_its_xurrent_alias_choose_the_account()
    {
        var directory = await _world.DirectoryAsync();
        var domain = await _world.SupportDomainAsync(directory);
        var person = directory.Owner.In(null);

        Assert.Equal(directory.Id, (await person.GetAsync("/v1/account")).Expect(200).Record.Str("id"));
        var viaHeader = (await person.GetAsync("/v1/account", ("X-4me-Account", domain.Id))).Expect(200);
        var viaAlias = (await person.GetAsync("/v1/account", ("X-Xurrent-Account", domain.Id))).Expect(200);

        Assert.Equal(domain.Id, viaHeader.Record.Str("id"));
        Assert.Equal(viaHeader.Body, viaAlias.Body);
        // When both are sent, X-4me-Account decides.
        var both = (await person.GetAsync("/v1/account", ("X-4me-Account", directory.Id), ("X-Xurrent-Account", domain.Id))).Expect(200);
        Assert.Equal(directory.Id, both.Record.Str("id"));
    }

    [Fact]
    public async Task An_account_without_standing_answers_403_alike_whether_it_exists_or_not()
    {
        var directory = await _world.DirectoryAsync();
        var unrelated = await _world.DirectoryAsync();
        var person = directory.Owner;

        var missing = (await person.In(Ids.Account()).GetAsync("/v1/people")).Expect(403);
        Answers.AssertErrorShape(missing);
        foreach (var answer in new[]
                 {
                     await person.In(unrelated.Id).GetAsync("/v1/people"),
                     await person.In(unrelated.Id).GetAsync("/v1/me"),
                     await person.In(unrelated.Id).PostAsync("/v1/people", new { name = "x", primary_email = Ids.Email() }),
                     await person.In(null).GetAsync("/v1/people", ("X-Xurrent-Account", unrelated.Id)),
                 })
        {
            answer.Expect(403);
            Assert.Equal(missing.Body, answer.Body);
            Assert.Equal(missing.ContentType, answer.ContentType);
        }
        Assert.Equal([unrelated.OwnerId], (await unrelated.Owner.GetAsync("/v1/people")).Expect(200).Ids());
    }

    [Theory]
    [InlineData("NOT-A-SLUG")]
    [InlineData("x")]
    [InlineData("-dash")]
    [InlineData("semi;colon")]
    [InlineData("a'; DROP TABLE accounts; --")]
    public async Task An_invalid_account_header_answers_like_an_account_that_does_not_exist(string header)
    {
        var directory = await _world.DirectoryAsync();

        var invalid = (await directory.Owner.In(header).GetAsync("/v1/people")).Expect(403);
        var missing = (await directory.Owner.In(Ids.Account()).GetAsync("/v1/people")).Expect(403);

        Assert.Equal(missing.Body, invalid.Body);
        Assert.Equal(missing.ContentType, invalid.ContentType);
    }

    [Fact]
    public async Task The_platform_operator_manages_accounts_but_reads_no_accounts_data()
    {
        var directory = await _world.DirectoryAsync();
        var operatorClient = _world.Server.Operator;

        (await operatorClient.GetAsync($"/v1/accounts/{directory.Id}")).Expect(200);
        foreach (var path in new[] { "/v1/people", "/v1/me", "/v1/account", "/v1/teams", "/v1/access_tokens", $"/v1/people/{directory.OwnerId}" })
            Answers.AssertErrorShape((await operatorClient.GetAsync(path)).Expect(403));
        Answers.AssertErrorShape((await operatorClient.In(directory.Id).GetAsync("/v1/people")).Expect(403));
    }
}
