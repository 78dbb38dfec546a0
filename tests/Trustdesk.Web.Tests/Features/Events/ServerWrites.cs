using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Trustdesk.Data;
using Trustdesk.Domain.Requests;
using Trustdesk.Web.Features.AccessTokens;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Events;

/// <summary>
/// Writes through a server's own DbContext — its interceptors, the account guard and row-level security included —
/// acting in one account, for what the API cannot do yet (changing a request, adding notes: being written elsewhere),
/// for transactions that end without a commit, and for tokens of people who are not an account's owner.
/// </summary>
public static class ServerWrites
{
    /// <summary>Runs <paramref name="work"/> in one transaction in <paramref name="accountId"/>; commits it or rolls it back.</summary>
    public static async Task InAccountAsync(TrustdeskServer server, string accountId, Func<TrustdeskDbContext, Task> work, bool commit = true)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = await EnterAsync(scope, accountId);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await work(db);
        if (commit) await transaction.CommitAsync();
        else await transaction.RollbackAsync();
    }

    /// <summary>A context acting in <paramref name="accountId"/>, for tests that run their own transactions.</summary>
    public static async Task<TrustdeskDbContext> EnterAsync(AsyncServiceScope scope, string accountId)
    {
        var db = scope.ServiceProvider.GetRequiredService<TrustdeskDbContext>();
        var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == accountId);
        db.Scope.Enter(account.Id, account.SharedDirectoryId);
        return db;
    }

    public static Task RenameRequestAsync(TrustdeskServer server, string accountId, long requestId, string subject, bool commit = true) =>
        InAccountAsync(server, accountId, async db =>
        {
            (await db.Requests.SingleAsync(r => r.Id == requestId)).Subject = subject;
            await db.SaveChangesAsync();
        }, commit);

    /// <summary>A note by <paramref name="personId"/>, written in <paramref name="accountId"/>; returns its id.</summary>
    public static async Task<long> AddNoteAsync(TrustdeskServer server, string accountId, long requestId, long personId, bool isInternal = false)
    {
        var note = new RequestNote { RequestId = requestId, PersonId = personId, Text = "Looking into it", Internal = isInternal };
        await InAccountAsync(server, accountId, async db =>
        {
            db.RequestNotes.Add(note);
            await db.SaveChangesAsync();
        });
        return note.Id;
    }

    /// <summary>A new personal access token of a person who lives in <paramref name="accountId"/>.</summary>
    public static async Task<string> IssueTokenAsync(TrustdeskServer server, string accountId, long personId)
    {
        var (token, secret) = TokenIssuer.Issue(accountId, personId, "console", DateTime.UtcNow + TokenIssuer.DefaultLifetime);
        await InAccountAsync(server, accountId, async db =>
        {
            db.AccessTokens.Add(token);
            await db.SaveChangesAsync();
        });
        return secret;
    }
}
