using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Trustdesk.Domain.Access;

namespace Trustdesk.Data.Configurations;

internal sealed class IdempotencyKeyConfiguration : IEntityTypeConfiguration<IdempotencyKey>
{
    public void Configure(EntityTypeBuilder<IdempotencyKey> key)
    {
        key.HasKey(k => k.Id);
        // No foreign key to accounts or people: the platform operator's keys are kept under a scope that is no account
        // and name no person (ADR 36), and a row is a day's copy of an answer that nothing refers to.
        key.Property(k => k.AccountId).HasMaxLength(63).IsRequired();
        key.Property(k => k.KeyHash).HasMaxLength(64).IsRequired();
        key.Property(k => k.Fingerprint).HasMaxLength(64).IsRequired();
        // One answer per key and caller; concurrent first uses of a key meet here, and the loser waits for the winner.
        key.HasIndex(k => new { k.AccountId, k.PersonId, k.KeyHash }).IsUnique();
        // The purge takes an account's oldest expired keys.
        key.HasIndex(k => new { k.AccountId, k.ExpiresAt });
    }
}
