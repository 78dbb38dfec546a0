using System.Text.Json.Nodes;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Requests;

/// <summary>
/// A routed request's targets come from the covering SLA's offering, counted in its support hours and time zone, with
/// the clock stopped while waiting for the customer; <c>next_target_at</c> and <c>/affected_slas</c> show them. The
/// server's clock is moved by the test (office hours Mon–Fri 09:00–17:00 in Amsterdam, UTC+1 in December).
/// </summary>
public sealed class RequestTargetsTests(NamedClockServer server) : IClassFixture<NamedClockServer>
{
    [Fact]
    public async Task Targets_count_office_hours_across_the_weekend_and_stop_while_waiting_for_the_customer()
    {
        var world = server.World;
        var directory = await world.DirectoryAsync();
        var root = await directory.AddOrganizationAsync();
        (await directory.Owner.PatchAsync($"/v1/people/{directory.OwnerId}", new { organization_id = root })).Expect(200);
        var provider = await world.SupportDomainAsync(directory);
        await provider.GrantAsync(provider.OwnerId, "specialist");
        var chain = await provider.AddCatalogChainAsync();
        (await provider.Owner.PatchAsync($"/v1/service_offerings/{chain.Offering}", new
        {
            response_target_high = 60,
            resolution_target_high = 480,
            support_hours = new[] { new { days = new[] { "mon", "tue", "wed", "thu", "fri" }, start = "09:00", end = "17:00" } },
            support_hours_time_zone = "Europe/Amsterdam",
        })).Expect(200);
        var sla = await provider.AddSlaAsync(chain, root);
        (await provider.Owner.PostAsync($"/v1/slas/{sla}/organizations/{root}")).Expect(200);
        (await provider.Owner.PatchAsync($"/v1/slas/{sla}", new { status = "active" })).Expect(200);

        // Friday 16:30 in Amsterdam: half an hour of support time is left this week.
        server.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 4, 15, 30, 0, TimeSpan.Zero));
        var created = (await directory.Owner.PostAsync("/v1/requests",
            new { subject = "VPN down", impact = "high", service_instance_id = chain.Instance })).Expect(201).Record;
        var path = $"/v1/requests/{created.Number("id")}";
        Assert.Equal("2026-12-07T08:30:00Z", created.Str("response_target_at"));   // Monday 09:30
        Assert.Equal("2026-12-07T15:30:00Z", created.Str("resolution_target_at")); // Monday 16:30
        Assert.Equal("2026-12-07T08:30:00Z", created.Str("next_target_at"));

        // Monday 09:10: 40 of the 60 response minutes used; waiting for the customer stops the clock.
        server.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 8, 10, 0, TimeSpan.Zero));
        var waiting = (await provider.Owner.PatchAsync(path, new { status = "waiting_for_customer" })).Expect(200).Record;
        Assert.Equal("clock_stopped", waiting.Str("next_target_at"));
        Assert.Null(waiting["response_target_at"]);

        // Monday 11:10: work resumes, which is the response; 440 resolution minutes are left: Tuesday 10:30.
        server.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 10, 10, 0, TimeSpan.Zero));
        var working = (await provider.Owner.PatchAsync(path, new { status = "in_progress" })).Expect(200).Record;
        Assert.Equal("2026-12-07T10:30:00Z", working.Str("response_target_at"));
        Assert.Equal("2026-12-08T09:30:00Z", working.Str("resolution_target_at"));
        Assert.Equal("2026-12-08T09:30:00Z", working.Str("next_target_at"));

        var affected = (await provider.Owner.GetAsync($"{path}/affected_slas")).Expect(200).Items.Single()!.AsObject();
        Assert.Equal(sla, affected["sla"]!.Number("id"));
        Assert.Equal("2026-12-07T10:30:00Z", affected.Str("response_target_at"));
        Assert.Equal("2026-12-08T09:30:00Z", affected.Str("resolution_target_at"));
        Assert.Equal("2026-12-07T10:10:00Z", affected.Str("responded_at"));
        Assert.False(affected.Bool("response_target_breached"));
        Assert.False(affected.Bool("resolution_target_breached"));

        // Tuesday 12:00, still open: the resolution target has passed.
        server.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 8, 11, 0, 0, TimeSpan.Zero));
        var late = (await provider.Owner.GetAsync($"{path}/affected_slas")).Expect(200).Items.Single()!.AsObject();
        Assert.True(late.Bool("resolution_target_breached"));

        // The requester reads the same targets from their own account.
        var mine = (await directory.Owner.GetAsync(path)).Expect(200).Record;
        Assert.Equal("2026-12-08T09:30:00Z", mine.Str("next_target_at"));
        Assert.True(JsonNode.DeepEquals(affected["sla"]!["id"], (await directory.Owner.GetAsync($"{path}/affected_slas")).Expect(200).Items.Single()!["sla"]!["id"]));
    }

    [Fact]
    public async Task A_request_without_an_sla_is_best_effort()
    {
        var account = await server.World.SupportDomainAsync();
        await account.GrantAsync(account.OwnerId, "specialist");
        var created = (await account.Owner.PostAsync("/v1/requests", new { subject = "Question", impact = "low" })).Expect(201).Record;
        Assert.Equal("best_effort", created.Str("next_target_at"));
        Assert.Null(created["response_target_at"]);
        Assert.Empty((await account.Owner.GetAsync($"/v1/requests/{created.Number("id")}/affected_slas")).Expect(200).Items);
    }
}
