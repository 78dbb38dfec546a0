using Trustdesk.Web.Tests.Infrastructure;
using static Trustdesk.Web.Tests.Features.Requests.RequestCalls;

namespace Trustdesk.Web.Tests.Features.Requests;

/// <summary>
/// product.md §5, end users: a person without a request-seeing role sees exactly the requests requested by or for
/// them, whatever account holds them and whichever account they call in, with their public notes; nobody else's; and
/// they may only add a note.
/// </summary>
public sealed class RequestEndUserTests
{
    private static readonly TestWorld World = TestWorld.Shared;

    /// <summary>
    /// The directory's owner E (an end user in its root organization) and another person F of the directory. Provider P
    /// (linked) covers the root organization; C and C2 (linked) register requests themselves; X (linked) is untouched.
    /// E's requests: one self-service in P, one C registered for E, one E registered for F as a specialist of C2.
    /// F's requests: one in P, one in C.
    /// </summary>
    private sealed record People(Tenant Directory, Tenant Provider, Tenant C, Tenant C2, Tenant X, long[] Mine, long[] Others, long Instance, long Team)
    {
        public ApiClient EndUser => Directory.Owner;
        public long SelfService => Mine[0];

        public static async Task<People> CreateAsync()
        {
            var directory = await World.DirectoryAsync();
            var root = await directory.AddOrganizationAsync();
            (await directory.Owner.PatchAsync($"/v1/people/{directory.OwnerId}", new { organization_id = root })).Expect(200);
            var f = await directory.AddPersonAsync("F");
            var (p, c, c2, x) = (await World.SupportDomainAsync(directory), await World.SupportDomainAsync(directory),
                await World.SupportDomainAsync(directory), await World.SupportDomainAsync(directory));
            await p.GrantAsync(p.OwnerId, "specialist");
            await c.GrantAsync(c.OwnerId, "specialist");
            await c2.GrantAsync(directory.OwnerId, "specialist");
            var chain = await p.AddCatalogChainAsync();
            var team = await p.AddTeamAsync();
            (await p.Owner.PatchAsync($"/v1/service_instances/{chain.Instance}", new { first_line_team_id = team })).Expect(200);
            var sla = await p.AddSlaAsync(chain, root);
            (await p.Owner.PostAsync($"/v1/slas/{sla}/organizations/{root}")).Expect(200);
            (await p.Owner.PatchAsync($"/v1/slas/{sla}", new { status = "active" })).Expect(200);

            long[] mine =
            [
                (await directory.Owner.PostAsync("/v1/requests", new { subject = "Mine, self-service", service_instance_id = chain.Instance })).Expect(201).Id,
                (await RegisterAsync(c.Owner, new { subject = "Mine, registered for me", requested_for_id = directory.OwnerId })).Id,
                (await RegisterAsync(directory.Owner.In(c2.Id), new { subject = "Mine, registered by me for F", requested_for_id = f })).Id,
            ];
            long[] others =
            [
                (await RegisterAsync(p.Owner, new { subject = "F's, in P", requested_for_id = f, service_instance_id = chain.Instance })).Id,
                (await RegisterAsync(c.Owner, new { subject = "F's, in C", requested_for_id = f })).Id,
            ];
            return new People(directory, p, c, c2, x, mine, others, chain.Instance, team);
        }
    }

    [Fact]
    public async Task An_end_user_sees_exactly_their_own_requests_with_their_public_notes_in_every_account_they_may_call_in()
    {
        var w = await People.CreateAsync();
        (await w.Provider.Owner.PostAsync(Path(w.SelfService, "/notes"), new { text = "Replacement on its way" })).Expect(201);
        (await w.Provider.Owner.PostAsync(Path(w.SelfService, "/notes"), new { text = "Costly user", @internal = true })).Expect(201);
        (await w.C.Owner.PostAsync(Path(w.Mine[1], "/notes"), new { text = "Registered by phone" })).Expect(201);
        (await w.C.Owner.PostAsync(Path(w.Others[1], "/notes"), new { text = "F's note" })).Expect(201);
        var mine = w.Mine.Order().ToList();

        // Its own directory (where it is owner, not a specialist) and three support domains where it has no role at all.
        foreach (var account in new[] { w.Directory, w.Provider, w.C, w.X })
        {
            var endUser = w.EndUser.In(account.Id);
            Assert.Equal(mine, (await IdsAsync(endUser, "/v1/requests")).Order());
            Assert.Equal(mine, (await IdsAsync(endUser, "/v1/requests/requested_by_or_for_me")).Order());
            Assert.Equal(mine, (await IdsAsync(endUser, "/v1/requests/open")).Order());
            foreach (var id in w.Mine)
                await AssertSeesAsync(endUser, id);
            Assert.Equal(["Replacement on its way"], await NoteTextsAsync(endUser, w.SelfService));
            Assert.Equal(["Registered by phone"], await NoteTextsAsync(endUser, w.Mine[1]));
            foreach (var id in w.Others)
                await AssertHiddenAsync(endUser, id);
        }
        Assert.Equal(["F's note"], await NoteTextsAsync(w.C.Owner, w.Others[1]));
    }

    [Fact]
    public async Task An_end_user_may_add_a_note_to_their_request_and_change_nothing_else()
    {
        var w = await People.CreateAsync();
        var before = await SnapshotAsync(w.Provider.Owner, w.SelfService);
        var refused = new Dictionary<string, object?>
        {
            ["subject"] = "Mine, and urgent", ["category"] = "rfc", ["impact"] = "top", ["status"] = "in_progress",
            ["completion_reason"] = "solved", ["team_id"] = w.Team, ["member_id"] = w.Provider.OwnerId,
            ["service_instance_id"] = w.Instance, ["internal_note"] = "psst", ["source"] = "mail", ["sourceID"] = "42",
        };
        foreach (var (field, value) in refused)
        {
            (await w.EndUser.PatchAsync(Path(w.SelfService), new Dictionary<string, object?> { [field] = value }))
                .ExpectValidation((field, "can't be changed by the requester"));
            (await w.EndUser.PatchAsync(Path(w.SelfService), new Dictionary<string, object?> { [field] = value, ["note"] = "and a note" }))
                .ExpectValidation((field, "can't be changed by the requester"));
        }
        Assert.Equal(before, await SnapshotAsync(w.Provider.Owner, w.SelfService));

        (await w.EndUser.In(w.X.Id).PatchAsync(Path(w.SelfService), new { note = "It smells of smoke now" })).Expect(200);
        var notes = (await w.Provider.Owner.GetAsync(Path(w.SelfService, "/notes"))).Expect(200).Items;
        var note = Assert.Single(notes)!;
        Assert.Equal("It smells of smoke now", note.Str("text"));
        Assert.False(note.Bool("internal"));
        Assert.Equal(w.Directory.OwnerId, note["person"]!.Number("id"));
    }

    [Fact]
    public async Task A_specialists_own_request_in_another_account_reads_alike_on_every_path_where_it_is_listed()
    {
        // The directory's owner is a specialist of C2: there, their own requests elsewhere are listed as theirs.
        var w = await People.CreateAsync();
        var specialist = w.EndUser.In(w.C2.Id);
        Assert.Equal(w.Mine.Order(), (await IdsAsync(specialist, "/v1/requests/requested_by_or_for_me")).Order());
        foreach (var id in w.Mine)
        {
            Assert.Equal(id, (await specialist.GetAsync(Path(id))).Expect(200).Id);
            (await specialist.GetAsync(Path(id, "/notes"))).Expect(200);
            (await specialist.GetAsync(Path(id, "/audit"))).Expect(200);
        }
        // Not through the role: C2's own list holds only what lives in C2, and F's requests stay hidden.
        Assert.Equal([w.Mine[2]], await IdsAsync(specialist, "/v1/requests"));
        foreach (var id in w.Others)
            await AssertHiddenAsync(specialist, id);
    }
}
