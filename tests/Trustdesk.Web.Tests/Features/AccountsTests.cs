using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features;

public sealed class AccountsTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    [Fact]
    public async Task Operator_creates_a_directory_with_an_owner_whose_token_works()
    {
        var id = Ids.Account();
        var email = Ids.Email("owner");
        var created = (await _world.Server.Operator.PostAsync("/v1/accounts", new
        {
            id,
            name = "Widget",
            kind = "directory",
            time_zone = "Europe/Amsterdam",
            owner = new { name = "Olivia Owner", primary_email = email },
        })).Expect(201);

        var body = created.Record;
        Assert.Equal(id, body["id"]!.GetValue<string>());
        Assert.Equal("Widget", body["name"]!.GetValue<string>());
        Assert.Equal("directory", body["kind"]!.GetValue<string>());
        Assert.True(body["directory"]!.GetValue<bool>());
        Assert.Null(body["directory_account"]);
        Assert.Equal("Europe/Amsterdam", body["time_zone"]!.GetValue<string>());
        Assert.False(body["disabled"]!.GetValue<bool>());
        var token = body["owner"]!["token"]!.GetValue<string>();
        Assert.StartsWith("td_", token, StringComparison.Ordinal);

        var me = (await _world.Server.Client(token).GetAsync("/v1/me")).Expect(200).Record;
        Assert.Equal(body["owner"]!["id"]!.GetValue<long>(), me["id"]!.GetValue<long>());
        Assert.Equal("Olivia Owner", me["name"]!.GetValue<string>());
        Assert.Equal(email, me["primary_email"]!.GetValue<string>());
        Assert.Equal(id, me["account"]!["id"]!.GetValue<string>());
    }
}
