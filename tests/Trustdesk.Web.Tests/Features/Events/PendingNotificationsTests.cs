using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Trustdesk.Domain.Requests;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Events;

/// <summary>
/// On PostgreSQL the events a transaction owes ride in front of its next query or go just before its commit
/// (<c>PendingNotifications</c>): whichever carries them, they arrive once, in order, at commit; what a rollback to a
/// savepoint takes back is never announced, and what came before the savepoint still is.
/// </summary>
[Trait(PostgresOnly.Trait, PostgresOnly.Value)]
public sealed class PendingNotificationsTests
{
    private const string Created = "request.create";
    private const string Updated = "request.update";
    private const string NoteAdded = "request.note-added";
    private static readonly TrustdeskServer Server = TestServers.Shared;

    [Fact]
    public async Task Events_carried_by_a_query_and_by_the_commit_all_arrive_in_order()
    {
        PostgresOnly.Require();
        var w = await EventsWorld.CreateAsync(Server);
        await using var provider = await w.StreamAsync(w.Provider);
        var (first, second) = (await w.RegisterAsync(w.Provider), await w.RegisterAsync(w.Provider));
        await provider.SkipUntilAsync(Created, second);

        await ServerWrites.InAccountAsync(Server, w.Provider.Id, async db =>
        {
            (await db.Requests.SingleAsync(r => r.Id == first)).Subject = "Carried by the next query";
            await db.SaveChangesAsync();
            // This query carries the update of the first request.
            (await db.Requests.SingleAsync(r => r.Id == second)).Subject = "Sent before the commit";
            await db.SaveChangesAsync();
            db.RequestNotes.Add(new RequestNote { RequestId = second, PersonId = w.Provider.OwnerId, Text = "Also before the commit" });
            await db.SaveChangesAsync();
        });

        await provider.ExpectAsync(Updated, first);
        await provider.ExpectAllAsync((Updated, second), (NoteAdded, second));
        // Each was announced once: the next event is a new change's.
        await provider.ExpectAsync(Created, await w.RegisterAsync(w.Provider));
    }

    [Fact]
    public async Task A_change_rolled_back_to_a_savepoint_is_never_announced_and_one_before_the_savepoint_is()
    {
        PostgresOnly.Require();
        var w = await EventsWorld.CreateAsync(Server);
        await using var provider = await w.StreamAsync(w.Provider);
        var request = await w.RegisterAsync(w.Provider);
        await provider.ExpectAsync(Created, request);

        await using (var scope = Server.Services.CreateAsyncScope())
        {
            var db = await ServerWrites.EnterAsync(scope, w.Provider.Id);
            await using var transaction = await db.Database.BeginTransactionAsync();
            (await db.Requests.SingleAsync(r => r.Id == request)).Subject = "Kept";
            await db.SaveChangesAsync();
            await transaction.CreateSavepointAsync("before_the_note");
            db.RequestNotes.Add(new RequestNote { RequestId = request, PersonId = w.Provider.OwnerId, Text = "Taken back" });
            await db.SaveChangesAsync();
            await transaction.RollbackToSavepointAsync("before_the_note");
            await transaction.CommitAsync();
        }

        await provider.ExpectAsync(Updated, request);
        await provider.ExpectAsync(Created, await w.RegisterAsync(w.Provider));
    }
}
