using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Trustdesk.Domain.People;
using Trustdesk.Domain.Records;

namespace Trustdesk.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ConfigureRecord();
        entry.Property(a => a.RecordType).HasMaxLength(40).IsRequired();
        entry.Property(a => a.Action).HasMaxLength(20).IsRequired();
        entry.Property(a => a.Changes).IsRequired();
        entry.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        entry.HasIndex(a => new { a.AccountId, a.RecordType, a.RecordId, a.Id });
    }
}
