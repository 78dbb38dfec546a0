using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Trustdesk.Domain.Accounts;
using Trustdesk.Domain.Records;

namespace Trustdesk.Data.Configurations;

/// <summary>The columns every <see cref="Record"/> shares.</summary>
internal static class RecordConfiguration
{
    public static void ConfigureRecord<T>(this EntityTypeBuilder<T> record) where T : Record
    {
        record.HasKey(r => r.Id);
        record.Property(r => r.AccountId).HasMaxLength(63).IsRequired();
        record.HasOne<Account>().WithMany().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.Restrict);
        record.Property(r => r.LockVersion).IsConcurrencyToken();
        record.Property(r => r.Source).HasMaxLength(Limits.Code);
        record.Property(r => r.SourceId).HasMaxLength(Limits.Code);
    }
}
