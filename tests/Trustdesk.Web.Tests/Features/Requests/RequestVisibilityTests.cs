using Trustdesk.Web.Tests.Features.Trusts;
using Trustdesk.Web.Tests.Infrastructure;
using static Trustdesk.Web.Tests.Features.Requests.RequestCalls;

namespace Trustdesk.Web.Tests.Features.Requests;

/// <summary>
/// product.md §5 over HTTP: row 1 of the visibility table (the covering SLA's customer account, through an accepted
/// <c>services</c> trust to the provider, and through nothing else), and "nothing else makes a request visible": not a
/// shared directory, not trusts that do not name the request's accounts, not a person's roles elsewhere, not a former
/// hand-over. Rows 2 and 3 are in <see cref="RequestHandOverTests"/>.
/// </summary>
public sealed class RequestVisibilityTests
{
    private static readonly TestWorld World = TestWorld.Shared;
    private static readonly string[] EveryOption = ["services", "requests", "tasks", "roles", "cis"];

    [Fact]
    public async Task The_customer_account_sees_a_request_served_under_its_services_trust_on_every_read_path()
    {
        var w = await ServedWorld.CreateAsync(World);
        (await w.Provider.Owner.PostAsync(Path(w.Request, "/notes"), new { text = "New toner ordered" })).Expect(201);
        (await w.Provider.Owner.PostAsync(Path(w.Request, "/notes"), new { text = "Supplier is slow", @internal = true })).Expect(201);

        await AssertSeesAsync(w.Customer.Owner, w.Request);
        var seen = (await w.Customer.Owner.GetAsync(Path(w.Request))).Expect(200).Record;
        Assert.Equal(w.Provider.Id, seen["account"]!.Str("id"));
        Assert.Equal(w.Customer.Id, seen["customer_account"]!.Str("id"));
        Assert.Equal("Toner empty", seen.Str("subject"));
        // Both sides know who asked: a person of the customer's directory, which the provider is not linked to.
        foreach (var reader in new[] { w.Customer.Owner, w.Provider.Owner })
        {
            var record = (await reader.GetAsync(Path(w.Request))).Expect(200).Record;
            Assert.Equal(w.Directory.OwnerId, record["requested_for"]?.Number("id"));
            Assert.Equal("Owner of " + w.Directory.Id, record["requested_by"]?.Str("name"));
        }
        Assert.Equal(["New toner ordered"], await NoteTextsAsync(w.Customer.Owner, w.Request));
        Assert.Equal(["New toner ordered"], await NoteTextsAsync(w.Customer.Owner, w.Request, "/notes/public"));
        Assert.Empty(await NoteTextsAsync(w.Customer.Owner, w.Request, "/notes/internal"));
        // The one audit trail, read in place: what the customer reads is what the provider reads.
        Assert.Equal((await w.Provider.Owner.GetAsync(Path(w.Request, "/audit"))).Expect(200).Text,
            (await w.Customer.Owner.GetAsync(Path(w.Request, "/audit"))).Expect(200).Text);
    }

    [Fact]
    public async Task Revoking_the_services_trust_hides_the_request_from_the_customer_as_if_it_never_existed()
    {
        var w = await ServedWorld.CreateAsync(World);
        (await w.Provider.Owner.PostAsync(Path(w.Request, "/notes"), new { text = "New toner ordered" })).Expect(201);
        await AssertSeesAsync(w.Customer.Owner, w.Request);
        var before = await SnapshotAsync(w.Provider.Owner, w.Request);

        await RevokeAsync(w.Customer, w.ServicesTrust);

        await AssertHiddenAsync(w.Customer.Owner, w.Request);
        // The request stays where it lives, untouched by the customer's refused writes.
        Assert.Equal(before, await SnapshotAsync(w.Provider.Owner, w.Request));
    }

    [Fact]
    public async Task Only_an_accepted_services_trust_from_the_customer_to_the_provider_shows_the_request_to_the_customer()
    {
        // An SLA across a trust can only be made while the services trust stands, so the other trust states are reached
        // by revoking it once the request exists.
        var w = await ServedWorld.CreateAsync(World);
        await RevokeAsync(w.Provider, w.ServicesTrust);
        await AssertHiddenAsync(w.Customer.Owner, w.Request);

        var pending = await PendingTrustAsync(w.Customer, w.Provider, "services");
        await AssertHiddenAsync(w.Customer.Owner, w.Request);
        (await TrustCalls.StepAsync(w.Customer.Owner, pending, "cancel")).Expect(200);

        await TrustAsync(w.Provider, w.Customer, EveryOption);
        await AssertHiddenAsync(w.Customer.Owner, w.Request);

        var everythingButServices = await TrustAsync(w.Customer, w.Provider, "requests", "tasks", "roles", "cis");
        await AssertHiddenAsync(w.Customer.Owner, w.Request);

        // The control: the rule is decided on each read, so an accepted services trust shows it again.
        await RevokeAsync(w.Customer, everythingButServices);
        await TrustAsync(w.Customer, w.Provider, "services");
        await AssertSeesAsync(w.Customer.Owner, w.Request);
    }

    [Fact]
    public async Task Accounts_sharing_the_directory_see_nothing_even_when_trusted_every_way_by_the_requests_accounts()
    {
        var w = await HandOverWorld.CreateAsync(World);
        await TrustAsync(w.Customer, w.Provider, "requests");
        (await w.CustomerPatchAsync(new { team_id = w.ProviderTeam })).Expect(200);
        var neighbour = await World.SupportDomainAsync(w.Directory);
        await neighbour.GrantAsync(neighbour.OwnerId, "specialist", "auditor");
        foreach (var (customer, provider) in new[] { (w.Customer, neighbour), (neighbour, w.Customer), (w.Provider, neighbour), (neighbour, w.Provider) })
            await TrustAsync(customer, provider, EveryOption);
        // The directory's own administrators, auditing there, are no closer.
        await w.Directory.GrantAsync(w.Directory.OwnerId, "auditor");
        var before = await w.SnapshotAsync();

        await AssertSeesAsync(w.Customer.Owner, w.Request);
        await AssertSeesAsync(w.Provider.Owner, w.Request);
        await AssertHiddenAsync(neighbour.Owner, w.Request);
        await AssertHiddenAsync(w.Directory.Owner, w.Request);
        Assert.Empty(await IdsAsync(neighbour.Owner, "/v1/requests"));
        Assert.Equal(before, await w.SnapshotAsync());
    }

    [Fact]
    public async Task A_person_with_roles_in_two_accounts_sees_the_request_only_in_the_account_that_qualifies()
    {
        var w = await HandOverWorld.CreateAsync(World);
        var other = await World.SupportDomainAsync(w.Directory);
        var person = w.Directory.Owner;
        await w.Customer.GrantAsync(w.Directory.OwnerId, "specialist");
        await other.GrantAsync(w.Directory.OwnerId, "specialist", "auditor");
        var before = await w.SnapshotAsync();

        await AssertSeesAsync(person.In(w.Customer.Id), w.Request);
        await AssertHiddenAsync(person.In(other.Id), w.Request);
        Assert.Equal(before, await w.SnapshotAsync());
    }

    [Fact]
    public async Task A_former_provider_sees_nothing_once_the_request_is_handed_back_while_the_trust_still_stands()
    {
        var w = await HandOverWorld.CreateAsync(World);
        var trust = await TrustAsync(w.Customer, w.Provider, "requests");

        (await w.CustomerPatchAsync(new { team_id = w.ProviderTeam })).Expect(200);
        await AssertSeesAsync(w.Provider.Owner, w.Request, "/v1/requests/assigned_to_my_team");
        (await w.ProviderPatchAsync(new { member_id = w.Provider.OwnerId, note = "Looking into it" })).Expect(200);
        (await w.CustomerPatchAsync(new { team_id = w.CustomerTeam })).Expect(200);
        await AssertHiddenAsync(w.Provider.Owner, w.Request);

        // Handed over through the provider's instance (its first line takes it) and back again.
        (await w.CustomerPatchAsync(new { service_instance_id = w.ProviderInstance })).Expect(200);
        await AssertSeesAsync(w.Provider.Owner, w.Request, "/v1/requests/assigned_to_my_team");
        var back = (await w.CustomerPatchAsync(new { service_instance_id = (long?)null, team_id = w.CustomerTeam })).Expect(200).Record;
        Assert.Null(back["service_instance"]);
        await AssertHiddenAsync(w.Provider.Owner, w.Request);

        Assert.Equal("accepted", await TrustCalls.StatusAsync(w.Customer.Owner, trust));
        // The provider's public note stays with the request, in the customer's view.
        Assert.Equal(["Looking into it"], await NoteTextsAsync(w.Customer.Owner, w.Request));
    }
}
