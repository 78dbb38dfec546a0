using Microsoft.Extensions.DependencyInjection;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Events;

/// <summary>
/// <c>GET /v1/events/stream</c> delivers every change of a request to each stream whose caller may see the request
/// at that moment, and to no other. A stream that must not receive an event is shown to be alive by the next change
/// it may see arriving first, so no test passes merely because nothing came.
/// </summary>
public sealed class RequestEventDeliveryTests
{
    private const string Created = "request.create";
    private const string Updated = "request.update";
    private const string NoteAdded = "request.note-added";
    private static readonly TrustdeskServer Server = TestServers.Shared;

    [Fact]
    public async Task A_registered_request_reaches_the_provider_the_customer_and_its_requester_and_nobody_else()
    {
        var w = await EventsWorld.CreateAsync(Server);
        await using var provider = await w.StreamAsync(w.Provider);
        await using var customer = await w.StreamAsync(w.Customer);
        await using var requester = await w.StreamAsync(w.RequesterToken, w.Customer.Id);
        await using var unrelated = await w.StreamAsync(w.Unrelated);
        await using var bystander = await w.StreamAsync(w.BystanderToken, w.Customer.Id);

        var request = await w.SubmitAsync(w.RequesterToken);
        await provider.ExpectAsync(Created, request);
        await customer.ExpectAsync(Created, request);
        await requester.ExpectAsync(Created, request);

        // Had either seen the request, its event would have come before these.
        var unrelatedOwn = await w.RegisterAsync(w.Unrelated);
        await unrelated.ExpectAsync(Created, unrelatedOwn);
        var bystanderOwn = await w.SubmitAsync(w.BystanderToken);
        await bystander.ExpectAsync(Created, bystanderOwn);
        // The requester, an end user in C too, does not get the bystander's request; the specialists do.
        await provider.ExpectAsync(Created, bystanderOwn);
        await customer.ExpectAsync(Created, bystanderOwn);
        await requester.ExpectAsync(Created, await w.SubmitAsync(w.RequesterToken));
    }

    [Fact]
    public async Task Frames_carry_a_sequence_the_kind_and_ids_only()
    {
        var w = await EventsWorld.CreateAsync(Server);
        await using var stream = await w.StreamAsync(w.Customer);
        Assert.Equal("text/event-stream; charset=utf-8", stream.ContentType);

        var first = await stream.ExpectAsync(Created, await w.SubmitAsync(w.RequesterToken));
        var second = await stream.ExpectAsync(Created, await w.SubmitAsync(w.RequesterToken));
        Assert.Equal(("1", "2"), (first.Id, second.Id));
        Assert.Equal(Created, first.Event);
        Assert.Equal(["kind", "request_id", "at"], first.Data.Members());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", first.Data.Str("at"));
        Assert.Equal("retry: 3000", stream.FirstLine);
    }

    [Fact]
    public async Task After_the_trust_is_revoked_a_change_no_longer_reaches_the_former_customer()
    {
        var w = await EventsWorld.CreateAsync(Server);
        await using var provider = await w.StreamAsync(w.Provider);
        await using var customer = await w.StreamAsync(w.Customer);
        var request = await w.SubmitAsync(w.RequesterToken);
        await customer.ExpectAsync(Created, request);
        await provider.ExpectAsync(Created, request);

        (await w.Customer.Owner.PostAsync($"/v1/trusts/{w.Trust}/revoke")).Expect(200);
        await ServerWrites.RenameRequestAsync(Server, w.Provider.Id, request, "Printer replaced");
        await provider.ExpectAsync(Updated, request);

        await customer.ExpectAsync(Created, await w.RegisterAsync(w.Customer));
    }

    [Fact]
    public async Task A_public_note_reaches_everyone_who_sees_the_request_and_an_internal_one_only_its_own_account()
    {
        var w = await EventsWorld.CreateAsync(Server);
        await using var provider = await w.StreamAsync(w.Provider);
        await using var customer = await w.StreamAsync(w.Customer);
        await using var requester = await w.StreamAsync(w.RequesterToken, w.Customer.Id);
        var request = await w.SubmitAsync(w.RequesterToken);
        foreach (var stream in new[] { provider, customer, requester }) await stream.ExpectAsync(Created, request);

        var hidden = await ServerWrites.AddNoteAsync(Server, w.Provider.Id, request, w.Provider.OwnerId, isInternal: true);
        var shown = await ServerWrites.AddNoteAsync(Server, w.Provider.Id, request, w.Provider.OwnerId);

        Assert.Equal(hidden, (await provider.ExpectAsync(NoteAdded, request)).Data.Number("note_id"));
        Assert.Equal(shown, (await provider.ExpectAsync(NoteAdded, request)).Data.Number("note_id"));
        Assert.Equal(shown, (await customer.ExpectAsync(NoteAdded, request)).Data.Number("note_id"));
        Assert.Equal(shown, (await requester.ExpectAsync(NoteAdded, request)).Data.Number("note_id"));
    }

    [Fact]
    public async Task A_change_that_is_rolled_back_or_never_committed_is_never_delivered()
    {
        var w = await EventsWorld.CreateAsync(Server);
        await using var provider = await w.StreamAsync(w.Provider);
        var request = await w.RegisterAsync(w.Provider);
        await provider.ExpectAsync(Created, request);

        await ServerWrites.RenameRequestAsync(Server, w.Provider.Id, request, "Never happened", commit: false);
        // A refused API call disposes its transaction without a rollback; the same context may then commit another.
        await using (var scope = Server.Services.CreateAsyncScope())
        {
            var db = await ServerWrites.EnterAsync(scope, w.Provider.Id);
            await using (var abandoned = await db.Database.BeginTransactionAsync())
            {
                (await db.Requests.FindAsync(request))!.Subject = "Abandoned";
                await db.SaveChangesAsync();
            }
            db.ChangeTracker.Clear();
            await using var next = await db.Database.BeginTransactionAsync();
            await next.CommitAsync();
        }

        await provider.ExpectAsync(Created, await w.RegisterAsync(w.Provider));
    }

    [Fact]
    public async Task A_revoked_token_ends_its_stream_before_the_next_delivery()
    {
        var w = await EventsWorld.CreateAsync(Server);
        var token = (await w.Provider.Owner.PostAsync("/v1/access_tokens", new { name = "console" })).Expect(201);
        await using var stream = await w.StreamAsync(token.Record.Str("token")!, w.Provider.Id);
        await stream.ExpectAsync(Created, await w.RegisterAsync(w.Provider));

        (await w.Provider.Owner.DeleteAsync($"/v1/access_tokens/{token.Id}")).Expect(204);
        await w.RegisterAsync(w.Provider);

        await stream.ExpectEndAsync();
        (await EventStreamReader.RefusedAsync(Server, token.Record.Str("token"), w.Provider.Id)).Expect(401, """{"message":"Unauthorized"}""");
    }
}
