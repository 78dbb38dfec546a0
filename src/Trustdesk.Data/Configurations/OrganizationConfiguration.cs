using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Trustdesk.Domain.Organizations;
using Trustdesk.Domain.People;

namespace Trustdesk.Data.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> organization)
    {
        organization.ConfigureRecord();
        organization.Property(o => o.Name).HasMaxLength(Limits.Name).IsRequired();
        organization.Property(o => o.Region).HasMaxLength(Limits.Code);
        organization.Property(o => o.FinancialId).HasMaxLength(Limits.Code);
        organization.HasIndex(o => new { o.AccountId, o.ParentId });
        organization.HasOne<Organization>().WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        organization.HasOne<Person>().WithMany().HasForeignKey(o => o.ManagerId).OnDelete(DeleteBehavior.Restrict);
    }
}
