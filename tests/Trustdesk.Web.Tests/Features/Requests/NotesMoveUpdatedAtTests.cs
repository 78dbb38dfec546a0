using System.Globalization;
using Trustdesk.Web.Tests.Features.Trusts;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Requests;

/// <summary>
/// A note moves its request's, task's or workflow's <c>updated_at</c>, so a client polling <c>updated_at=&gt;…</c> sees
/// it, whoever writes it and in whatever account the record lives; the record's version (its ETag) stays, so an editor
/// holding it is not refused for a note (ADR 28). The server's clock is moved by the test.
/// </summary>
public sealed class NotesMoveUpdatedAtTests(FakeClockServer server) : IClassFixture<FakeClockServer>
{
    /// <summary>The clock's instant as a 4me timestamp; then the clock moves a minute on, so what happens next is after it.</summary>
    private string Mark()
    {
        var now = server.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        server.Clock.Advance(TimeSpan.FromMinutes(1));
        return now;
    }

    private static async Task<List<long>> ChangedSinceAsync(ApiClient reader, string list, string since) =>
        (await reader.GetAsync($"{list}?updated_at=>{since}")).Expect(200).Ids();

    [Fact]
    public async Task A_note_moves_the_requests_updated_at_for_pollers_and_leaves_its_etag()
    {
        var account = await server.World.SupportDomainAsync();
        await account.GrantAsync(account.OwnerId, "specialist");
        var owner = account.Owner;
        var (posted, patched) = ((await owner.PostAsync("/v1/requests", new { subject = "Posted" })).Expect(201).Id,
            (await owner.PostAsync("/v1/requests", new { subject = "Patched" })).Expect(201).Id);
        var etag = (await owner.GetAsync($"/v1/requests/{posted}")).Expect(200).Header("ETag")!;

        var since = Mark();
        Assert.Empty(await ChangedSinceAsync(owner, "/v1/requests", since));
        var note = (await owner.PostAsync($"/v1/requests/{posted}/notes", new { text = "Called the customer" })).Expect(201).Record;
        Assert.Equal([posted], await ChangedSinceAsync(owner, "/v1/requests", since));
        var read = (await owner.GetAsync($"/v1/requests/{posted}")).Expect(200);
        Assert.Equal(note.Str("created_at"), read.Record.Str("updated_at"));
        Assert.Equal(etag, read.Header("ETag"));
        // The editor who read the request before the note still changes it with that version.
        (await owner.PatchAsync($"/v1/requests/{posted}", new { status = "in_progress" }, ("If-Match", etag))).Expect(200);

        since = Mark();
        var patchEtag = (await owner.GetAsync($"/v1/requests/{patched}")).Expect(200).Header("ETag")!;
        var answer = (await owner.PatchAsync($"/v1/requests/{patched}", new { internal_note = "Checked the logs" })).Expect(200);
        Assert.Equal([patched], await ChangedSinceAsync(owner, "/v1/requests", since));
        Assert.Equal((await owner.GetAsync($"/v1/requests/{patched}")).Expect(200).Record.Str("updated_at"), answer.Record.Str("updated_at"));
        Assert.Equal(patchEtag, answer.Header("ETag"));
    }

    [Fact]
    public async Task Notes_from_the_requester_and_the_customer_move_the_request_where_it_lives()
    {
        var w = await ServedWorld.CreateAsync(server.World);
        var path = RequestCalls.Path(w.Request);

        var since = Mark();
        (await w.EndUser.PostAsync(path + "/notes", new { text = "Still empty" })).Expect(201);
        foreach (var reader in new[] { w.Provider.Owner, w.Customer.Owner, w.EndUser })
            Assert.Equal([w.Request], await ChangedSinceAsync(reader, "/v1/requests", since));

        since = Mark();
        (await w.Customer.Owner.PatchAsync(path, new { internal_note = "Asked the provider" })).Expect(200);
        Assert.Equal([w.Request], await ChangedSinceAsync(w.Provider.Owner, "/v1/requests", since));
        Assert.Equal([("Still empty", false)], (await w.Provider.Owner.GetAsync(path + "/notes")).Expect(200).Items
            .Select(n => (n!.Str("text"), n!.Bool("internal"))));
    }

    [Fact]
    public async Task A_note_moves_its_tasks_and_its_workflows_updated_at_from_either_side_of_a_trust()
    {
        var (home, provider) = (await server.World.SupportDomainAsync(), await server.World.SupportDomainAsync());
        foreach (var tenant in new[] { home, provider }) await tenant.GrantAsync(tenant.OwnerId, "specialist", "workflow_manager");
        var trust = (await TrustCalls.InviteAsync(home.Owner, home.Id, provider.Id, "tasks")).Expect(201).Id;
        (await TrustCalls.StepAsync(provider.Owner, trust, "accept")).Expect(200);
        var providerTeam = await provider.AddTeamAsync();
        var workflow = (await home.Owner.PostAsync("/v1/workflows", new { subject = "Move office" })).Expect(201).Id;
        var ours = (await home.Owner.PostAsync("/v1/tasks", new { workflow_id = workflow, subject = "Pack", category = "implementation" })).Expect(201).Id;
        var theirs = (await home.Owner.PostAsync("/v1/tasks", new { workflow_id = workflow, subject = "Move", category = "implementation", team_id = providerTeam }))
            .Expect(201).Id;
        var etag = (await home.Owner.GetAsync($"/v1/tasks/{ours}")).Expect(200).Header("ETag");

        var since = Mark();
        (await home.Owner.PostAsync($"/v1/tasks/{ours}/notes", new { text = "Boxes ordered" })).Expect(201);
        Assert.Equal([ours], await ChangedSinceAsync(home.Owner, "/v1/tasks", since));
        Assert.Equal(etag, (await home.Owner.GetAsync($"/v1/tasks/{ours}")).Expect(200).Header("ETag"));

        since = Mark();
        (await provider.Owner.PatchAsync($"/v1/tasks/{theirs}", new { note = "Truck booked" })).Expect(200);
        Assert.Equal([theirs], await ChangedSinceAsync(home.Owner, "/v1/tasks", since));
        Assert.Equal([theirs], await ChangedSinceAsync(provider.Owner, "/v1/tasks", since));

        since = Mark();
        Assert.Empty(await ChangedSinceAsync(home.Owner, "/v1/workflows", since));
        (await home.Owner.PostAsync($"/v1/workflows/{workflow}/notes", new { text = "Keys handed over" })).Expect(201);
        Assert.Equal([workflow], await ChangedSinceAsync(home.Owner, "/v1/workflows", since));
    }
}
