using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>Every response names its request in <c>X-Request-Id</c>, so a client's report can be found in the logs.</summary>
public sealed class RequestIdTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    [Fact]
    public async Task Every_response_has_a_fresh_request_id_errors_included()
    {
        var account = await _world.DirectoryAsync();
        var answers = new[]
        {
            await account.Owner.GetAsync("/v1/me"),
            await account.Owner.GetAsync("/v1/me"),
            await _world.Anonymous.GetAsync("/v1/me"),
            await account.Owner.GetAsync($"/v1/people/{Answers.NeverExistingId}"),
            await account.Owner.PostAsync("/v1/people", new { }),
            await account.Owner.GetAsync("/v1/nowhere"),
        };

        var ids = answers.Select(a => a.Header("X-Request-Id")).ToList();
        Assert.All(ids, id => Assert.Matches("^[0-9a-f]{32}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task A_sane_client_request_id_is_kept_and_anything_else_replaced()
    {
        var account = await _world.DirectoryAsync();

        var kept = await account.Owner.GetAsync("/v1/me", ("X-Request-Id", "client-42.retry_1"));
        Assert.Equal("client-42.retry_1", kept.Header("X-Request-Id"));

        foreach (var insane in new[] { "has spaces", "<script>", new string('a', 65), "new\\nline" })
        {
            var replaced = await account.Owner.GetAsync("/v1/me", ("X-Request-Id", insane));
            Assert.Matches("^[0-9a-f]{32}$", replaced.Header("X-Request-Id"));
        }
    }
}
