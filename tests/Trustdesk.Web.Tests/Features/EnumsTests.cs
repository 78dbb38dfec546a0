using Trustdesk.Domain.Access;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features;

/// <summary><c>/v1/enums</c>: every enumeration of the API, in 4me's <c>{"model.field": [{id, txt}]}</c> shape.</summary>
public sealed class EnumsTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    [Fact]
    public async Task Enums_list_every_value_with_a_readable_text()
    {
        var account = await _world.DirectoryAsync();

        var enums = (await account.Owner.GetAsync("/v1/enums")).Expect(200);

        Assert.False(enums.HasHeader("X-Pagination-Total-Entries"));
        var roles = enums.Record["permission.roles"]!.AsArray();
        Assert.Equal(Role.All, roles.Select(r => r!.Str("id")));
        Assert.Contains(roles, r => r!.Str("id") == "service_desk_analyst" && r!.Str("txt") == "Service desk analyst");
        Assert.Equal(["directory", "support_domain"], enums.Record["account.kind"]!.AsArray().Select(k => k!.Str("id")));
        Assert.Equal(["low", "medium", "high", "top"], enums.Record["request.impact"]!.AsArray().Select(k => k!.Str("id")));
        Assert.Equal(["registered", "declined", "assigned", "accepted", "in_progress", "waiting_for", "waiting_for_customer", "request_pending",
            "failed", "rejected", "completed", "approved", "canceled"], enums.Record["task.status"]!.AsArray().Select(k => k!.Str("id")));
        Assert.Contains(enums.Record["account_trust_invitation.status"]!.AsArray(), s => s!.Str("id") == "revoked");
        Assert.All(enums.Record, pair => Assert.All(pair.Value!.AsArray(), value =>
        {
            Assert.Equal(["id", "txt"], value!.Members());
            Assert.False(string.IsNullOrWhiteSpace(value!.Str("txt")));
        }));
    }

    [Fact]
    public async Task The_operator_may_read_enums_but_an_anonymous_caller_may_not()
    {
        var withOperator = (await _world.Server.Operator.GetAsync("/v1/enums")).Expect(200);
        var anonymous = (await _world.Anonymous.GetAsync("/v1/enums")).Expect(401, """{"message":"Unauthorized"}""");

        Assert.True(withOperator.Record.ContainsKey("request.status"));
        Answers.AssertErrorShape(anonymous);
    }

    [Fact]
    public async Task Enums_are_the_same_for_every_account_and_take_no_collection_parameters()
    {
        var first = await _world.DirectoryAsync();
        var second = await _world.SupportDomainAsync();

        var a = (await first.Owner.GetAsync("/v1/enums")).Expect(200);
        var b = (await second.Owner.GetAsync("/v1/enums?per_page=1&sort=-id")).Expect(200);

        Assert.Equal(a.Body, b.Body);
        Assert.False(b.HasHeader("Link"));
    }
}
