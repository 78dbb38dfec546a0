using Trustdesk.Web.Tests.Infrastructure;
using static Trustdesk.Web.Tests.Features.Requests.RequestCalls;

namespace Trustdesk.Web.Tests.Features.Requests;

/// <summary>
/// Seeing a request is not owning it: a provider it was handed to works it (status, impact, its own teams and members,
/// notes) but does not rewrite it; a customer account follows it and adds notes; whoever does not see it gets the 404 of
/// a missing request for every write. Each refusal is checked to have written nothing.
/// </summary>
public sealed class RequestWriteSidesTests
{
    private static readonly TestWorld World = TestWorld.Shared;
    private const string NotFromHere = "can't be changed from this account";

    [Fact]
    public async Task A_provider_works_a_handed_over_request_but_cannot_rewrite_it_or_give_it_to_someone_elses_team()
    {
        var w = await HandOverWorld.CreateAsync(World);
        await TrustAsync(w.Customer, w.Provider, "requests");
        (await w.CustomerPatchAsync(new { team_id = w.ProviderTeam })).Expect(200);
        var before = await w.SnapshotAsync();

        (await w.ProviderPatchAsync(new { subject = "Renamed by the provider" })).ExpectValidation(("subject", NotFromHere));
        (await w.ProviderPatchAsync(new { service_instance_id = w.ProviderInstance })).ExpectValidation(("service_instance_id", NotFromHere));
        (await w.ProviderPatchAsync(new { category = "rfc" })).ExpectValidation(("category", NotFromHere));
        (await w.ProviderPatchAsync(new { subject = "Renamed", status = "in_progress", note = "Renaming" })).ExpectValidation(("subject", NotFromHere));
        (await w.ProviderPatchAsync(new { team_id = w.CustomerTeam })).ExpectValidation(("team_id", "is not a team of this account"));
        (await w.ProviderPatchAsync(new { member_id = w.Customer.OwnerId })).ExpectValidation(("member_id", "is not a member of the team"));
        (await w.ProviderPatchAsync(new { team_id = (long?)null }))
            .ExpectValidation(("team_id", "can't be blank: a provider hands a request back by assigning it, not by leaving it without a team"));
        Assert.Equal(before, await w.SnapshotAsync());

        // The control: among its own teams it moves the request freely, and it stays visible to it there.
        var moved = (await w.ProviderPatchAsync(new { team_id = w.ProviderOtherTeam, impact = "low" })).Expect(200).Record;
        Assert.Equal(w.ProviderOtherTeam, moved["team"]!.Number("id"));
        Assert.Equal("Mailbox full", (await w.Customer.Owner.GetAsync(Path(w.Request))).Expect(200).Record.Str("subject"));
        await AssertSeesAsync(w.Provider.Owner, w.Request);
    }

    [Fact]
    public async Task A_customer_account_adds_notes_to_a_request_served_to_it_but_does_not_work_it()
    {
        var w = await ServedWorld.CreateAsync(World);
        var customer = w.Customer.Owner;
        var before = await SnapshotAsync(w.Provider.Owner, w.Request);

        (await customer.PatchAsync(Path(w.Request), new { status = "in_progress" })).ExpectValidation(("status", NotFromHere));
        (await customer.PatchAsync(Path(w.Request), new { status = "completed", completion_reason = "solved" }))
            .ExpectValidation(("status", NotFromHere), ("completion_reason", NotFromHere));
        (await customer.PatchAsync(Path(w.Request), new { impact = "top", note = "Urgent!" })).ExpectValidation(("impact", NotFromHere));
        (await customer.PatchAsync(Path(w.Request), new { team_id = w.ProviderTeam })).ExpectValidation(("team_id", NotFromHere));
        (await customer.PatchAsync(Path(w.Request), new { subject = "Toner really empty" })).ExpectValidation(("subject", NotFromHere));
        Assert.Equal(before, await SnapshotAsync(w.Provider.Owner, w.Request));

        (await customer.PatchAsync(Path(w.Request), new { note = "Our floor 3 printer" })).Expect(200);
        (await customer.PostAsync(Path(w.Request, "/notes"), new { text = "Any news?" })).Expect(201);
        var inProvider = (await w.Provider.Owner.GetAsync(Path(w.Request))).Expect(200).Record;
        Assert.Equal("assigned", inProvider.Str("status"));
        Assert.Equal(["Our floor 3 printer", "Any news?"], await NoteTextsAsync(w.Provider.Owner, w.Request));
        Assert.All((await w.Provider.Owner.GetAsync(Path(w.Request, "/notes"))).Expect(200).Items,
            n => Assert.Equal(w.Customer.Id, n!["account"]!.Str("id")));
    }

    [Fact]
    public async Task Every_write_on_a_request_the_caller_does_not_see_answers_like_a_missing_one_and_changes_nothing()
    {
        var w = await HandOverWorld.CreateAsync(World);
        var outsider = await World.SupportDomainAsync(w.Directory);
        await outsider.GrantAsync(outsider.OwnerId, "specialist");
        // The directory's owner is an end user in the customer account, but not this request's requester.
        var endUser = w.Directory.Owner.In(w.Customer.Id);
        var before = await w.SnapshotAsync();

        // The provider before any hand-over, an account sharing the directory, and a person who did not ask for it.
        foreach (var caller in new[] { w.Provider.Owner, outsider.Owner, endUser })
        {
            await AssertHiddenAsync(caller, w.Request);
            var etag = ("If-Match", (await w.Customer.Owner.GetAsync(Path(w.Request))).Expect(200).Header("ETag")!);
            Answers.SameAsMissing(await caller.PatchAsync(Path(w.Request), new { status = "declined" }, etag),
                await caller.PatchAsync(Path(Answers.NeverExistingId), new { status = "declined" }, etag));
        }
        Assert.Equal(before, await w.SnapshotAsync());
    }
}
