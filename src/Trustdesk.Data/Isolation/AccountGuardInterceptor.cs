using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Trustdesk.Data.Isolation.Rules;
using Trustdesk.Domain.Records;

namespace Trustdesk.Data.Isolation;

/// <summary>
/// Save-time layer of isolation: new account-owned records are stamped with the current account, and every added,
/// changed or deleted record is held to its visibility rule's write side (ADR 42), as PostgreSQL's insert, update and
/// delete policies hold it: a row is added or deleted where the rule writes it (the caller's own account; either side of a
/// record between two), and changed where the rule updates it, before and after the change (a trusted provider working a
/// request in place, an approver answering their own approval). Trusts and parents are taken as given here
/// (<see cref="Condition{T}.Permits"/>); which account's rows a scope touches is what the guard holds. A record never
/// moves between accounts.
/// </summary>
public sealed class AccountGuardInterceptor : SaveChangesInterceptor
{
    private static readonly Dictionary<Type, IVisibilityRule> Rules = IsolationRules.All.ToDictionary(r => r.Entity);

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

    private static void Guard(DbContext? context)
    {
        if (context is not TrustdeskDbContext db) return;
        var scope = db.Scope;
        var viewer = scope.AccountId is { } current ? new Viewer(current, scope.DirectoryAccountId, scope.RequesterId, scope.ApproverId, scope.RoleHolderId) : null;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (!Rules.TryGetValue(entry.Metadata.ClrType, out var rule)) continue;
            var kind = entry.Metadata.ClrType.Name;
            if (viewer is null) throw new AccountGuardViolation("No account context: nothing may be written.");
            switch (entry.State)
            {
                case EntityState.Added:
                    if (entry.Entity is IAccountOwned owned && string.IsNullOrEmpty(owned.AccountId)) owned.AccountId = viewer.AccountId;
                    if (!rule.PermitsWrite(entry.Entity, viewer))
                        throw new AccountGuardViolation($"A {kind} of another account may not be added.");
                    break;
                case EntityState.Deleted:
                    if (!rule.PermitsWrite(entry.OriginalValues.ToObject(), viewer))
                        throw new AccountGuardViolation($"A {kind} of another account may not be deleted.");
                    break;
                default:
                    if (MovesBetweenAccounts(entry) || !rule.PermitsUpdate(entry.OriginalValues.ToObject(), viewer) || !rule.PermitsUpdate(entry.Entity, viewer))
                        throw new AccountGuardViolation($"A {kind} of another account may not be changed.");
                    break;
            }
        }
    }

    private static bool MovesBetweenAccounts(EntityEntry entry) =>
        entry.Entity is IAccountOwned owned && entry.OriginalValues[nameof(IAccountOwned.AccountId)] as string != owned.AccountId;
}
