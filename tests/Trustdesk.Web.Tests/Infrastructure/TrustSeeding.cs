using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Data.Postgres;
using Trustdesk.Data.Sqlite;
using Trustdesk.Domain.Trusts;

namespace Trustdesk.Web.Tests.Infrastructure;

/// <summary>
/// Trusts written straight into a test database, for tests that need one before <c>/v1/trusts</c> exists; the one
/// place to swap for API calls (invite as one side, accept as the other) later. Writes go through the application's
/// DbContext acting in the provider's account, so the save-time guard and, on PostgreSQL, row-level security apply:
/// there it connects as the database's owner role, which the policies bind like the app role.
/// </summary>
public static class TrustSeeding
{
    /// <summary>An accepted trust from <paramref name="customer"/> (trusting) to <paramref name="provider"/> (trusted).</summary>
    public static Task<long> AcceptedAsync(TrustdeskServer server, string customer, string provider, TrustOptions options = TrustOptions.Services) =>
        InsertAsync(server, customer, provider, TrustStatus.Accepted, options);

    /// <summary>A trust in any state, invited by the customer; returns its id.</summary>
    public static async Task<long> InsertAsync(TrustdeskServer server, string customer, string provider, TrustStatus status, TrustOptions options)
    {
        var now = DateTime.UtcNow;
        var trust = new Trust
        {
            CustomerAccountId = customer,
            ProviderAccountId = provider,
            InviterAccountId = customer,
            Status = status,
            Options = options,
            UpdatedAt = now,
            InvitationExpiresAt = now + Trust.InvitationLifetime,
        };
        await InProviderAsync(server, provider, async db =>
        {
            db.Trusts.Add(trust);
            await db.SaveChangesAsync();
        });
        return trust.Id;
    }

    /// <summary>Moves the trust to <paramref name="status"/> (e.g. revoked), acting in its provider account.</summary>
    public static Task SetStatusAsync(TrustdeskServer server, long trustId, string provider, TrustStatus status) =>
        InProviderAsync(server, provider, async db =>
        {
            var trust = await db.Trusts.SingleAsync(t => t.Id == trustId);
            trust.Status = status;
            trust.UpdatedAt = DateTime.UtcNow;
            await db.SaveChangesAsync();
        });

    private static async Task InProviderAsync(TrustdeskServer server, string provider, Func<TrustdeskDbContext, Task> work)
    {
        var database = server.Database;
        var options = new DbContextOptionsBuilder<TrustdeskDbContext>();
        if (database.IsPostgres) options.UsePostgres(database.OwnerConnectionString!);
        else options.UseSqliteFile(database.AppConnectionString);
        options.AddTrustdeskConventions(TimeProvider.System);
        await using var db = new TrustdeskDbContext(options.Options, new AccountScope(), new IsolationSwitches());
        db.Scope.Enter(provider, null);
        // On PostgreSQL the account settings the policies read are transaction-local.
        await using var transaction = await db.Database.BeginTransactionAsync();
        await work(db);
        await transaction.CommitAsync();
    }
}
