using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Trustdesk.Domain.Records;

namespace Trustdesk.Data.Isolation;

/// <summary>
/// Save-time layer of isolation: new account-owned records are stamped with the current account, and no save
/// may add, change or delete a record of another account, or move a record between accounts.
/// </summary>
public sealed class AccountGuardInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Guard(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Guard(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <summary>
    /// A record worked across accounts may be changed (never deleted) by the account its team or service instance
    /// belonged to before the change; whether a trust allows it is the use case's question, and the database's.
    /// </summary>
    private static bool WorkedBy(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<IAccountOwned> entry, string? current) =>
        current is not null && entry.State == EntityState.Modified && entry.Entity is IWorkedAcrossAccounts
        && WorkingAccountColumns.Any(column => entry.Metadata.FindProperty(column) is not null && entry.OriginalValues[column] as string == current);

    private static readonly string[] WorkingAccountColumns =
        [nameof(IWorkedAcrossAccounts.TeamAccountId), nameof(IWorkedAcrossAccounts.ServiceInstanceAccountId)];

    /// <summary>
    /// An approver's answer may be changed (never deleted, never given to someone else) by that approver, from whatever
    /// account they act in, while their approvals are read (<see cref="AccountScope.ReadMyApprovals"/>, ADR 29).
    /// </summary>
    private static bool AnsweredBy(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<IAccountOwned> entry, long? approver) =>
        approver is long person && entry.State == EntityState.Modified && entry.Entity is IAnsweredByApprover answered
        && answered.ApproverId == person && entry.OriginalValues[nameof(IAnsweredByApprover.ApproverId)] as long? == person;

    private static void Guard(DbContext? context)
    {
        if (context is not TrustdeskDbContext db) return;
        var current = db.Scope.AccountId;
        foreach (var entry in db.ChangeTracker.Entries<IAccountOwned>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    if (current is null) throw new AccountGuardViolation("No account context: nothing may be written.");
                    if (string.IsNullOrEmpty(entry.Entity.AccountId)) entry.Entity.AccountId = current;
                    else if (entry.Entity.AccountId != current)
                        throw new AccountGuardViolation($"A {entry.Metadata.ClrType.Name} of another account may not be added.");
                    break;
                case EntityState.Modified or EntityState.Deleted:
                    var original = entry.Property(e => e.AccountId).OriginalValue;
                    if (original != entry.Entity.AccountId || (original != current && !WorkedBy(entry, current) && !AnsweredBy(entry, db.Scope.ApproverId)))
                        throw new AccountGuardViolation($"A {entry.Metadata.ClrType.Name} of another account may not be changed.");
                    break;
            }
        }
        foreach (var entry in db.ChangeTracker.Entries<IBetweenAccounts>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            var involved = entry.Entity.CustomerAccountId == current || entry.Entity.ProviderAccountId == current;
            var wasInvolved = entry.State == EntityState.Added ||
                entry.OriginalValues[nameof(IBetweenAccounts.CustomerAccountId)] as string == current ||
                entry.OriginalValues[nameof(IBetweenAccounts.ProviderAccountId)] as string == current;
            if (current is null || !involved || !wasInvolved)
                throw new AccountGuardViolation($"A {entry.Metadata.ClrType.Name} between other accounts may not be written.");
        }
    }
}
