using Trustdesk.Web.Tests.Infrastructure;
using static Trustdesk.Web.Tests.Features.Requests.RequestCalls;

namespace Trustdesk.Web.Tests.Features.Requests;

/// <summary>
/// The visibility table over HTTP with the EF account filter switched off: on PostgreSQL, row-level security alone
/// shows a request to exactly the accounts the trusts grant now, keeps internal notes in their account, and lets no
/// write through to a request the caller does not see.
/// </summary>
public sealed class RequestRowLevelSecurityTests(FilterDisabledServer filterDisabled) : IClassFixture<FilterDisabledServer>
{
    [Fact]
    [Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public async Task Without_the_account_filter_a_customer_and_a_provider_see_the_request_exactly_while_their_trust_stands()
    {
        PostgresOnly.Require();
        var world = new TestWorld(filterDisabled.Server);

        var served = await ServedWorld.CreateAsync(world);
        await AssertSeesAsync(served.Customer.Owner, served.Request);
        await RevokeAsync(served.Customer, served.ServicesTrust);
        await TrustAsync(served.Customer, served.Provider, "requests", "tasks", "roles", "cis");
        await AssertHiddenAsync(served.Customer.Owner, served.Request);

        var w = await HandOverWorld.CreateAsync(world);
        var outsider = await world.SupportDomainAsync(w.Directory);
        await outsider.GrantAsync(outsider.OwnerId, "specialist");
        var trust = await TrustAsync(w.Customer, w.Provider, "requests");
        (await w.CustomerPatchAsync(new { team_id = w.ProviderTeam })).Expect(200);
        await AssertSeesAsync(w.Provider.Owner, w.Request, "/v1/requests/assigned_to_my_team");
        (await w.ProviderPatchAsync(new { status = "in_progress", member_id = w.Provider.OwnerId })).Expect(200);
        await AssertHiddenAsync(outsider.Owner, w.Request);

        (await w.CustomerPatchAsync(new { team_id = w.CustomerTeam })).Expect(200);
        await AssertHiddenAsync(w.Provider.Owner, w.Request);
        (await w.CustomerPatchAsync(new { service_instance_id = w.ProviderInstance })).Expect(200);
        await AssertSeesAsync(w.Provider.Owner, w.Request);
        var before = await w.SnapshotAsync();
        await RevokeAsync(w.Provider, trust);
        await AssertHiddenAsync(w.Provider.Owner, w.Request);
        Assert.Equal(before, await w.SnapshotAsync());
    }

    [Fact]
    [Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public async Task Without_the_account_filter_internal_notes_stay_in_the_account_they_were_written_in()
    {
        PostgresOnly.Require();
        var w = await ServedWorld.CreateAsync(new TestWorld(filterDisabled.Server));
        foreach (var (name, reader) in new[] { ("provider", w.Provider.Owner), ("customer", w.Customer.Owner) })
        {
            (await reader.PostAsync(Path(w.Request, "/notes"), new { text = $"public by {name}" })).Expect(201);
            (await reader.PatchAsync(Path(w.Request), new { internal_note = $"internal by {name}" })).Expect(200);
        }

        Assert.Equal(["public by provider", "internal by provider", "public by customer"], await NoteTextsAsync(w.Provider.Owner, w.Request));
        Assert.Equal(["public by provider", "public by customer", "internal by customer"], await NoteTextsAsync(w.Customer.Owner, w.Request));
        Assert.Equal(["internal by customer"], await NoteTextsAsync(w.Customer.Owner, w.Request, "/notes/internal"));
        Assert.Equal(["public by provider", "public by customer"], await NoteTextsAsync(w.EndUser, w.Request));
        Assert.Empty(await NoteTextsAsync(w.EndUser, w.Request, "/notes/internal"));
    }
}
