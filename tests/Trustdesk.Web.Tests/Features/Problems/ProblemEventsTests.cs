using Trustdesk.Web.Tests.Features.Events;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Problems;

/// <summary>
/// What a request's viewers see of its problem is live (issue 16): linking the request, a new workaround and removing the
/// link each reach every stream that sees the request as a <c>request.update</c>, and no other. A change of the problem
/// its viewers do not see (its team, say) announces nothing.
/// </summary>
public sealed class ProblemEventsTests
{
    private const string Updated = "request.update";
    private const string Created = "request.create";
    private static readonly TrustdeskServer Server = TestServers.Shared;

    [Fact]
    public async Task Linking_a_new_workaround_and_unlinking_reach_every_stream_that_sees_the_request_and_no_other()
    {
        var w = await EventsWorld.CreateAsync(Server);
        var request = await w.SubmitAsync(w.RequesterToken);
        var problem = await ProblemLinksTests.AddProblemAsync(w.Provider);
        var team = await w.Provider.AddTeamAsync("Analysts");
        await using var customer = await w.StreamAsync(w.Customer);
        await using var requester = await w.StreamAsync(w.RequesterToken, w.Customer.Id);
        await using var unrelated = await w.StreamAsync(w.Unrelated);

        (await w.Provider.Owner.PostAsync($"/v1/problems/{problem}/requests/{request}")).Expect(200);
        await customer.ExpectAsync(Updated, request);
        await requester.ExpectAsync(Updated, request);

        // Only what the request's viewers see of the problem is announced: a team is not (the next frame is the request
        // registered after it), a workaround is.
        (await w.Provider.Owner.PatchAsync($"/v1/problems/{problem}", new { team_id = team })).Expect(200);
        var next = await w.SubmitAsync(w.RequesterToken);
        await customer.ExpectAsync(Created, next);
        await requester.ExpectAsync(Created, next);
        (await w.Provider.Owner.PatchAsync($"/v1/problems/{problem}", new { workaround = "Restart the client." })).Expect(200);
        await customer.ExpectAsync(Updated, request);
        await requester.ExpectAsync(Updated, request);
        Assert.Equal("Restart the client.", (string?)(await w.Customer.Owner.GetAsync($"/v1/requests/{request}")).Expect(200).Record["problem"]!["workaround"]);

        (await w.Provider.Owner.DeleteAsync($"/v1/problems/{problem}/requests/{request}")).Expect(204);
        await customer.ExpectAsync(Updated, request);
        await requester.ExpectAsync(Updated, request);

        // Had the unrelated account been told of any of these, they would have come before its own request.
        var own = await w.RegisterAsync(w.Unrelated);
        await unrelated.ExpectAsync(Created, own);
    }
}
