using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>
/// <c>created_at</c> and <c>updated_at</c> sort and filter every collection, each by its own time: a record changed
/// after a newer one was made comes last by <c>updated_at</c> and first by <c>created_at</c>. A collection of link rows
/// (a team's members) orders by the linked records' times, which are the times it shows. (Every collection:
/// <c>EveryCollectionSortsTests</c>.)
/// </summary>
public sealed class TimestampSortsTests(FakeClockServer server) : IClassFixture<FakeClockServer>
{
    [Fact]
    public async Task Updated_at_orders_by_the_last_change_and_created_at_by_the_creation()
    {
        server.Clock.SetUtcNow(new DateTimeOffset(2030, 6, 3, 9, 0, 0, TimeSpan.Zero));
        var account = await server.World.SupportDomainAsync();
        var older = await account.AddPersonAsync("Older");
        server.Clock.Advance(TimeSpan.FromMinutes(1));
        var newer = await account.AddPersonAsync("Newer");
        server.Clock.Advance(TimeSpan.FromMinutes(1));
        (await account.Owner.PatchAsync($"/v1/people/{older}", new { job_title = "Changed" })).Expect(200);
        var team = await account.AddTeamAsync();
        await account.GrantAsync(older, "specialist");
        await account.GrantAsync(newer, "specialist");
        foreach (var member in new[] { newer, older }) (await account.Owner.PostAsync($"/v1/teams/{team}/members/{member}")).Expect(200);

        foreach (var list in new[] { $"/v1/people?id={older},{newer}&", $"/v1/teams/{team}/members?" })
        {
            Assert.Equal([older, newer], (await account.Owner.GetAsync(list + "sort=created_at")).Expect(200).Ids());
            Assert.Equal([newer, older], (await account.Owner.GetAsync(list + "sort=-created_at")).Expect(200).Ids());
            Assert.Equal([newer, older], (await account.Owner.GetAsync(list + "sort=updated_at")).Expect(200).Ids());
            Assert.Equal([older, newer], (await account.Owner.GetAsync(list + "sort=-updated_at")).Expect(200).Ids());
            Assert.Equal([older], (await account.Owner.GetAsync(list + "updated_at=>2030-06-03T09:01:30Z")).Expect(200).Ids());
            Assert.Equal([newer], (await account.Owner.GetAsync(list + "created_at=>=2030-06-03T09:01:00Z&created_at=<2030-06-03T09:02:00Z")).Expect(200).Ids());
        }
    }
}
