using Trustdesk.Web.Tests.Infrastructure;
using static Trustdesk.Web.Tests.Features.Requests.RequestCalls;

namespace Trustdesk.Web.Tests.Features.Requests;

/// <summary>
/// product.md §5, notes: public notes are seen by everyone who sees the request; an internal note belongs to the
/// account its author wrote it in and is seen only by specialists of that account — never in another account, never
/// by an end user, and never written by one.
/// </summary>
public sealed class RequestNoteVisibilityTests
{
    private static readonly TestWorld World = TestWorld.Shared;

    [Fact]
    public async Task Public_notes_reach_every_seeing_account_and_internal_notes_stay_in_the_account_they_were_written_in()
    {
        // Seen by three accounts: the provider it lives in, its customer (services trust) and a third account whose team
        // the provider handed it to (requests trust).
        var w = await ServedWorld.CreateAsync(World);
        var third = await World.SupportDomainAsync();
        await third.GrantAsync(third.OwnerId, "specialist");
        await TrustAsync(w.Provider, third, "requests");
        (await w.Provider.Owner.PatchAsync(Path(w.Request), new { team_id = await third.AddTeamAsync() })).Expect(200);
        var outsider = await World.SupportDomainAsync(w.Directory);
        await outsider.GrantAsync(outsider.OwnerId, "specialist");

        var readers = new Dictionary<string, ApiClient>
        {
            ["provider"] = w.Provider.Owner, ["customer"] = w.Customer.Owner, ["third"] = third.Owner, ["end user"] = w.EndUser,
        };
        foreach (var (name, reader) in readers.Where(r => r.Key != "end user"))
            await AssertSeesAsync(reader, w.Request);
        // Each account writes both kinds, through POST .../notes and through PATCH; the end user writes a public one.
        var notes = new List<(string Text, string Account, bool Internal)>();
        foreach (var (name, reader) in readers.Where(r => r.Key != "end user"))
        {
            (await reader.PostAsync(Path(w.Request, "/notes"), new { text = $"public by {name}" })).Expect(201);
            (await reader.PostAsync(Path(w.Request, "/notes"), new { text = $"internal by {name}", @internal = true })).Expect(201);
            (await reader.PatchAsync(Path(w.Request), new { internal_note = $"internal patch by {name}", note = $"public patch by {name}" })).Expect(200);
            notes.AddRange([($"public by {name}", name, false), ($"internal by {name}", name, true)]);
            notes.AddRange([($"public patch by {name}", name, false), ($"internal patch by {name}", name, true)]);
        }
        (await w.EndUser.PostAsync(Path(w.Request, "/notes"), new { text = "public by end user" })).Expect(201);
        notes.Add(("public by end user", "end user", false));

        var everyPublic = notes.Where(n => !n.Internal).Select(n => (string?)n.Text).ToList();
        foreach (var (name, reader) in readers)
        {
            // An end user reads no internal note at all; a specialist those of the account they act in.
            var ownInternal = notes.Where(n => n.Internal && n.Account == name && name != "end user").Select(n => (string?)n.Text).ToList();
            var all = notes.Where(n => !n.Internal || ownInternal.Contains(n.Text)).Select(n => (string?)n.Text).ToList();
            Assert.Equal(all, await NoteTextsAsync(reader, w.Request));
            Assert.Equal(everyPublic, await NoteTextsAsync(reader, w.Request, "/notes/public"));
            Assert.Equal(ownInternal, await NoteTextsAsync(reader, w.Request, "/notes/internal"));
            Assert.Equal(ownInternal, await NoteTextsAsync(reader, w.Request, "/notes?internal=true"));
        }
        Assert.Equal(3 * 4 + 1, notes.Count);
        await AssertHiddenAsync(outsider.Owner, w.Request);
    }

    [Fact]
    public async Task An_end_user_never_reads_internal_notes_not_even_those_written_in_the_account_they_live_and_act_in()
    {
        var (specialist, endUser, request) = await OwnAccountEndUserAsync();
        (await specialist.PostAsync(Path(request, "/notes"), new { text = "We will replace it" })).Expect(201);
        (await specialist.PostAsync(Path(request, "/notes"), new { text = "Third time this month", @internal = true })).Expect(201);
        (await specialist.PatchAsync(Path(request), new { internal_note = "Check the warranty" })).Expect(200);
        Assert.Equal(["We will replace it", "Third time this month", "Check the warranty"], await NoteTextsAsync(specialist, request));

        Assert.Equal(request, (await endUser.GetAsync(Path(request))).Expect(200).Id);
        Assert.Equal(["We will replace it"], await NoteTextsAsync(endUser, request));
        Assert.Equal(["We will replace it"], await NoteTextsAsync(endUser, request, "/notes/public"));
        Assert.Empty(await NoteTextsAsync(endUser, request, "/notes/internal"));
        Assert.Empty(await NoteTextsAsync(endUser, request, "/notes?internal=true"));
        Assert.Equal(1, (await endUser.GetAsync(Path(request, "/notes"))).Expect(200).TotalEntries());
    }

    [Fact]
    public async Task An_end_user_cannot_write_an_internal_note_and_a_refused_attempt_writes_nothing()
    {
        var (specialist, endUser, request) = await OwnAccountEndUserAsync();
        (await specialist.PostAsync(Path(request, "/notes"), new { text = "Internal remark", @internal = true })).Expect(201);
        var before = await SnapshotAsync(specialist, request);

        (await endUser.PostAsync(Path(request, "/notes"), new { text = "Please hurry", @internal = true }))
            .ExpectValidation(("internal", "end users write public notes only"));
        (await endUser.PatchAsync(Path(request), new { internal_note = "Please hurry" }))
            .ExpectValidation(("internal_note", "can't be changed by the requester"));
        (await endUser.PatchAsync(Path(request), new { note = "Please hurry", internal_note = "Please hurry" }))
            .ExpectValidation(("internal_note", "can't be changed by the requester"));
        Assert.Equal(before, await SnapshotAsync(specialist, request));

        // The control: a public note from them is welcome.
        (await endUser.PostAsync(Path(request, "/notes"), new { text = "Please hurry", @internal = false })).Expect(201);
        Assert.Equal(["Internal remark", "Please hurry"], await NoteTextsAsync(specialist, request));
    }

    /// <summary>
    /// A support domain whose own owner is an end user there (no request-seeing role), and a specialist of it (the owner
    /// of its directory) who registers a request for that end user in it.
    /// </summary>
    private static async Task<(ApiClient Specialist, ApiClient EndUser, long Request)> OwnAccountEndUserAsync()
    {
        var directory = await World.DirectoryAsync();
        var account = await World.SupportDomainAsync(directory);
        // A support domain's first owner is a specialist there (ADR 30): left with the owner role only, they are an end user.
        (await account.Owner.PatchAsync($"/v1/people/{account.OwnerId}/permissions/{account.Id}?roles=account_owner", new { })).Expect(200);
        await account.GrantAsync(directory.OwnerId, "specialist");
        var specialist = directory.Owner.In(account.Id);
        var request = (await RegisterAsync(specialist, new { subject = "Monitor flickers", requested_for_id = account.OwnerId })).Id;
        return (specialist, account.Owner, request);
    }
}
