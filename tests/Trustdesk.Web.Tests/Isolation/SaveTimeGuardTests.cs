using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Requests;
using Trustdesk.Domain.Sites;
using Trustdesk.Domain.Trusts;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Isolation;

/// <summary>
/// The save-time guard alone holds each record to its rule's write side (ADR 42): records that were never stored are
/// attached as if read, changed, and saved; the guard either refuses the save (<see cref="AccountGuardViolation"/>) or
/// lets it reach the database, where the row is not there (a concurrency failure, nothing written). So each case shows
/// the guard's own decision, whatever the other layers would say.
/// </summary>
public sealed class SaveTimeGuardTests
{
    [Fact]
    public async Task A_new_record_is_stamped_with_the_current_account_and_refused_for_another()
    {
        await using var db = Context("acme");
        var unstamped = new Site { Name = "HQ" };
        db.Add(unstamped);
        var other = new Site { Name = "HQ", AccountId = "globex" };

        await using (await db.Database.BeginTransactionAsync())
        {
            // Rolled back whatever happens; the account need not exist, the guard has spoken before the database does.
            try { await db.SaveChangesAsync(); }
            catch (DbUpdateException) { }
        }
        Assert.Equal("acme", unstamped.AccountId);

        db.ChangeTracker.Clear();
        db.Add(other);
        await AssertRefusedAsync(db, "may not be added");
    }

    [Fact]
    public async Task Nothing_is_written_without_an_account()
    {
        await using var db = Context(null);
        db.Attach(Request("acme", team: "acme")).Entity.Subject = "changed";
        await AssertRefusedAsync(db, "No account context");
    }

    [Fact]
    public async Task A_record_of_another_account_is_neither_changed_deleted_nor_moved()
    {
        await using var db = Context("globex");
        db.Attach(new Site { Id = 1, AccountId = "acme", Name = "HQ" }).Entity.Name = "changed";
        await AssertRefusedAsync(db, "may not be changed");

        db.ChangeTracker.Clear();
        db.Remove(db.Attach(new Site { Id = 1, AccountId = "acme", Name = "HQ" }).Entity);
        await AssertRefusedAsync(db, "may not be deleted");

        db.ChangeTracker.Clear();
        db.Attach(new Site { Id = 1, AccountId = "globex", Name = "HQ" }).Entity.AccountId = "acme";
        await AssertRefusedAsync(db, "may not be changed");
    }

    [Fact]
    public async Task A_trusted_provider_works_a_request_in_place_but_never_hands_it_on_nor_deletes_it()
    {
        await using var db = Context("printfix");
        db.Attach(Request("acme", team: "printfix")).Entity.Subject = "worked by the provider";
        await AssertReachedDatabaseAsync(db);

        db.ChangeTracker.Clear();
        db.Attach(Request("acme", team: "printfix")).Entity.TeamAccountId = "globex";
        await AssertRefusedAsync(db, "may not be changed");

        db.ChangeTracker.Clear();
        db.Remove(db.Attach(Request("acme", team: "printfix")).Entity);
        await AssertRefusedAsync(db, "may not be deleted");

        await using var stranger = Context("globex");
        stranger.Attach(Request("acme", team: "printfix")).Entity.Subject = "changed";
        await AssertRefusedAsync(stranger, "may not be changed");
    }

    [Fact]
    public async Task An_approver_answers_their_own_approval_from_anywhere_and_no_one_elses()
    {
        await using var db = Context("elsewhere");
        using (db.Scope.ReadMyApprovals(7))
        {
            db.Attach(Approval(approver: 7)).Entity.Status = ApprovalStatus.Approved;
            await AssertReachedDatabaseAsync(db);

            db.ChangeTracker.Clear();
            db.Attach(Approval(approver: 8)).Entity.Status = ApprovalStatus.Approved;
            await AssertRefusedAsync(db, "may not be changed");

            db.ChangeTracker.Clear();
            db.Attach(Approval(approver: 7)).Entity.ApproverId = 8;
            await AssertRefusedAsync(db, "may not be changed");
        }
    }

    [Fact]
    public async Task A_trust_is_written_by_its_sides_only()
    {
        await using var side = Context("acme");
        side.Attach(Trust()).Entity.Options = TrustOptions.Requests;
        await AssertReachedDatabaseAsync(side);

        await using var stranger = Context("globex");
        stranger.Attach(Trust()).Entity.Options = TrustOptions.Requests;
        await AssertRefusedAsync(stranger, "A Trust of another account may not be changed");
    }

    private static TrustdeskDbContext Context(string? account)
    {
        var db = DirectContext.WithoutRowLevelSecurity(TestServers.Shared.Database);
        if (account is not null) db.Scope.Enter(account, null);
        return db;
    }

    private static Request Request(string account, string team) =>
        new() { Id = long.MaxValue - 1, AccountId = account, Subject = "printer", TeamAccountId = team, TeamId = 1 };

    private static TaskApproval Approval(long approver) =>
        new() { Id = long.MaxValue - 2, AccountId = "acme", TaskId = 1, ApproverId = approver };

    private static Trust Trust() =>
        new() { Id = long.MaxValue - 3, CustomerAccountId = "acme", ProviderAccountId = "printfix", Options = TrustOptions.Services };

    private static async Task AssertRefusedAsync(DbContext db, string words)
    {
        var refused = await Assert.ThrowsAsync<AccountGuardViolation>(() => db.SaveChangesAsync());
        Assert.Contains(words, refused.Message);
    }

    /// <summary>The guard let the save through: the database found no such row (nothing was written).</summary>
    private static async Task AssertReachedDatabaseAsync(DbContext db) =>
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
}
