using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Trustdesk.Domain.Records;

namespace Trustdesk.Data.Stamping;

/// <summary>Sets created/updated times from the <see cref="TimeProvider"/> and bumps the concurrency token.</summary>
public sealed class RecordStampInterceptor(TimeProvider time) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null) return;
        var now = time.UtcNowToTheSecond();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            // A creation time set on purpose (e.g. an expiry recorded late, as of when it happened) is kept.
            if (entry.State == EntityState.Added && entry.Metadata.FindProperty("CreatedAt") is not null
                && entry.Property("CreatedAt").CurrentValue is DateTime createdAt && createdAt == default)
                entry.Property("CreatedAt").CurrentValue = now;
            if (entry.Entity is not Record record) continue;
            if (entry.State == EntityState.Added)
            {
                record.UpdatedAt = now;
            }
            else if (entry.State == EntityState.Modified)
            {
                record.UpdatedAt = now;
                record.LockVersion++;
            }
        }
    }
}
