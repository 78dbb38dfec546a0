using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Trustdesk.Domain.Organizations;
using Trustdesk.Domain.People;
using Trustdesk.Domain.Sites;

namespace Trustdesk.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> person)
    {
        person.ToTable("People");
        person.ConfigureRecord();
        person.Property(p => p.Name).HasMaxLength(Limits.Name).IsRequired();
        person.Property(p => p.PrimaryEmail).HasMaxLength(Limits.Email).IsRequired();
        person.Property(p => p.PrimaryEmailKey).HasMaxLength(Limits.Email).IsRequired();
        person.Property(p => p.JobTitle).HasMaxLength(Limits.Name);
        person.Property(p => p.EmployeeId).HasMaxLength(Limits.Code);
        person.Property(p => p.TimeZone).HasMaxLength(Limits.Code);
        person.Property(p => p.Locale).HasMaxLength(20);
        person.HasIndex(p => new { p.AccountId, p.PrimaryEmailKey }).IsUnique();
        person.HasIndex(p => new { p.AccountId, p.Name });
        person.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        person.HasOne<Site>().WithMany().HasForeignKey(p => p.SiteId).OnDelete(DeleteBehavior.Restrict);
        person.HasOne<Person>().WithMany().HasForeignKey(p => p.ManagerId).OnDelete(DeleteBehavior.Restrict);
    }
}
