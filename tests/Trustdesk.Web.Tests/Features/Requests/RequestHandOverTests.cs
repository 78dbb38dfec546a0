using Trustdesk.Web.Features.Requests;
using Trustdesk.Web.Tests.Infrastructure;
using static Trustdesk.Web.Tests.Features.Requests.RequestCalls;

namespace Trustdesk.Web.Tests.Features.Requests;

/// <summary>
/// Rows 2 and 3 of the visibility table over HTTP: a customer hands its request to a provider it trusts with
/// <c>requests</c> by assigning one of the provider's teams or applying one of its service instances; the provider sees
/// it and works it in place, the customer sees the change. Without an accepted <c>requests</c> trust from the customer
/// to the provider the hand-over is refused and writes nothing; once the trust is revoked the provider sees nothing.
/// </summary>
public sealed class RequestHandOverTests
{
    private static readonly TestWorld World = TestWorld.Shared;

    [Fact]
    public async Task A_team_of_a_provider_trusted_with_requests_sees_the_handed_over_request_and_works_it_in_place()
    {
        var w = await HandOverWorld.CreateAsync(World);
        await TrustAsync(w.Customer, w.Provider, "requests");

        var handed = (await w.CustomerPatchAsync(new { team_id = w.ProviderTeam })).Expect(200).Record;
        Assert.Equal(w.ProviderTeam, handed["team"]!.Number("id"));
        Assert.Equal(w.Provider.Id, handed["team"]!["account"]!.Str("id"));
        Assert.Null(handed["account"]);

        await AssertSeesAsync(w.Provider.Owner, w.Request, "/v1/requests/assigned_to_my_team");
        var seen = (await w.Provider.Owner.GetAsync(Path(w.Request))).Expect(200).Record;
        Assert.Equal(w.Customer.Id, seen["account"]!.Str("id"));
        Assert.Equal("Mailbox full", seen.Str("subject"));

        (await w.ProviderPatchAsync(new { status = "in_progress", member_id = w.Provider.OwnerId })).Expect(200);
        (await w.Provider.Owner.PostAsync(Path(w.Request, "/notes"), new { text = "Quota raised" })).Expect(201);
        Assert.Contains(w.Request, await IdsAsync(w.Provider.Owner, "/v1/requests/assigned_to_me"));

        // One record, read in place: both accounts see the provider's change, its member named by the provider's people.
        foreach (var reader in new[] { w.Customer.Owner, w.Provider.Owner })
        {
            var now = (await reader.GetAsync(Path(w.Request))).Expect(200).Record;
            Assert.Equal("in_progress", now.Str("status"));
            Assert.Equal(w.ProviderTeam, now["team"]!.Number("id"));
            Assert.Equal(w.Provider.OwnerId, now["member"]?.Number("id"));
            Assert.Equal("Owner of " + w.Provider.Id, now["member"]!.Str("name"));
        }
        Assert.Equal(["Quota raised"], await NoteTextsAsync(w.Customer.Owner, w.Request));
        var audit = (await w.Customer.Owner.GetAsync(Path(w.Request, "/audit"))).Expect(200).Items;
        Assert.Equal(["create", "update", "update"], audit.Select(a => a!.Str("action")));
        Assert.Equal(w.Customer.Id, audit[1]!["account"]!.Str("id"));
        Assert.Equal($"[{w.CustomerTeam},{w.ProviderTeam}]", audit[1]!["changes"]!["team_id"]!.ToJsonString());
        Assert.Equal(w.Provider.Id, audit[2]!["account"]!.Str("id"));
        Assert.Equal(w.Provider.OwnerId, audit[2]!["created_by"]!.Number("id"));
        Assert.Equal("""["assigned","in_progress"]""", audit[2]!["changes"]!["status"]!.ToJsonString());
        Assert.Equal($"[null,{w.Provider.OwnerId}]", audit[2]!["changes"]!["member_id"]!.ToJsonString());
    }

    [Fact]
    public async Task Once_the_requests_trust_is_revoked_the_provider_sees_nothing_of_the_request_it_was_working()
    {
        var w = await HandOverWorld.CreateAsync(World);
        var trust = await TrustAsync(w.Customer, w.Provider, "requests");
        (await w.CustomerPatchAsync(new { team_id = w.ProviderTeam })).Expect(200);
        (await w.ProviderPatchAsync(new { status = "accepted", member_id = w.Provider.OwnerId })).Expect(200);
        (await w.Provider.Owner.PostAsync(Path(w.Request, "/notes"), new { text = "Provider's own remark", @internal = true })).Expect(201);
        var before = await w.SnapshotAsync();

        await RevokeAsync(w.Customer, trust);

        // Every read, write and list of the provider, assigned_to_me and assigned_to_my_team included.
        await AssertHiddenAsync(w.Provider.Owner, w.Request);
        // The request stays in the customer, still assigned to the provider's team, untouched by the refused writes.
        Assert.Equal(before, await w.SnapshotAsync());
        Assert.Equal(w.ProviderTeam, (await w.Customer.Owner.GetAsync(Path(w.Request))).Expect(200).Record["team"]!.Number("id"));
    }

    [Fact]
    public async Task Applying_a_trusted_providers_instance_hands_the_request_to_the_first_line_team_of_that_instance()
    {
        var w = await HandOverWorld.CreateAsync(World);
        await TrustAsync(w.Customer, w.Provider, "requests");

        var applied = (await w.CustomerPatchAsync(new { service_instance_id = w.ProviderInstance })).Expect(200).Record;
        Assert.Equal(w.ProviderInstance, applied["service_instance"]!.Number("id"));
        Assert.Equal(w.Provider.Id, applied["service_instance"]!["account"]!.Str("id"));
        Assert.Equal(w.ProviderTeam, applied["team"]!.Number("id"));
        Assert.Equal(w.Provider.Id, applied["team"]!["account"]!.Str("id"));

        await AssertSeesAsync(w.Provider.Owner, w.Request, "/v1/requests/assigned_to_my_team");
        (await w.ProviderPatchAsync(new { status = "waiting_for", note = "Waiting for the mail vendor" })).Expect(200);
        Assert.Equal("waiting_for", (await w.Customer.Owner.GetAsync(Path(w.Request))).Expect(200).Record.Str("status"));
        Assert.Equal(["Waiting for the mail vendor"], await NoteTextsAsync(w.Customer.Owner, w.Request));
    }

    [Fact]
    public async Task The_instances_account_sees_the_request_while_the_team_stays_with_the_customer_until_the_trust_is_revoked()
    {
        var w = await HandOverWorld.CreateAsync(World);
        var trust = await TrustAsync(w.Customer, w.Provider, "requests");

        var applied = (await w.CustomerPatchAsync(new { service_instance_id = w.ProviderInstance, team_id = w.CustomerTeam })).Expect(200).Record;
        Assert.Equal(w.CustomerTeam, applied["team"]!.Number("id"));

        // Seen through the instance alone: not the provider team's work.
        await AssertSeesAsync(w.Provider.Owner, w.Request);
        Assert.DoesNotContain(w.Request, await IdsAsync(w.Provider.Owner, "/v1/requests/assigned_to_my_team"));
        (await w.ProviderPatchAsync(new { impact = "high" })).Expect(200);
        Assert.Equal("high", (await w.Customer.Owner.GetAsync(Path(w.Request))).Expect(200).Record.Str("impact"));
        var before = await w.SnapshotAsync();

        await RevokeAsync(w.Provider, trust);

        await AssertHiddenAsync(w.Provider.Owner, w.Request);
        Assert.Equal(before, await w.SnapshotAsync());
    }

    public static TheoryData<string, string> RefusedHandOvers()
    {
        var data = new TheoryData<string, string>();
        foreach (var field in new[] { "team_id", "service_instance_id" })
            foreach (var trust in new[] { "no trust", "a trust without requests", "a pending trust", "a revoked trust", "a trust the other way" })
                data.Add(field, trust);
        return data;
    }

    [Theory]
    [MemberData(nameof(RefusedHandOvers))]
    public async Task A_hand_over_without_an_accepted_requests_trust_to_the_provider_is_refused_and_writes_nothing(string field, string trust)
    {
        var w = await HandOverWorld.CreateAsync(World);
        switch (trust)
        {
            case "a trust without requests": await TrustAsync(w.Customer, w.Provider, "services", "tasks", "roles", "cis"); break;
            case "a pending trust": await PendingTrustAsync(w.Customer, w.Provider, "requests"); break;
            case "a revoked trust": await RevokeAsync(w.Provider, await TrustAsync(w.Customer, w.Provider, "requests")); break;
            case "a trust the other way": await TrustAsync(w.Provider, w.Customer, "requests"); break;
        }
        var (target, refusal) = field == "team_id"
            ? (w.ProviderTeam, RequestAssignment.UnknownTeam) : (w.ProviderInstance, RequestAssignment.UnknownInstance);
        var before = await w.SnapshotAsync();

        (await w.CustomerPatchAsync(new Dictionary<string, object> { [field] = target })).ExpectValidation((field, refusal));
        // A note sent along is not written either: the update is all or nothing.
        (await w.CustomerPatchAsync(new Dictionary<string, object> { [field] = target, ["note"] = "Over to you" })).ExpectValidation((field, refusal));

        Assert.Equal(before, await w.SnapshotAsync());
        await AssertHiddenAsync(w.Provider.Owner, w.Request);
    }
}
