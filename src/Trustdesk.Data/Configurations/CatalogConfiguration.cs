using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Trustdesk.Domain.Accounts;
using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.Organizations;
using Trustdesk.Domain.People;
using Trustdesk.Domain.Sites;
using Trustdesk.Domain.Teams;

namespace Trustdesk.Data.Configurations;

internal sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> service)
    {
        service.ConfigureRecord();
        service.Property(s => s.Name).HasMaxLength(Limits.Name).IsRequired();
        service.Property(s => s.Description).HasMaxLength(Limits.Text);
        service.Property(s => s.Keywords).HasMaxLength(Limits.Name);
        service.HasIndex(s => new { s.AccountId, s.Name }).IsUnique();
        service.HasOne<Person>().WithMany().HasForeignKey(s => s.ServiceOwnerId).OnDelete(DeleteBehavior.Restrict);
        service.HasOne<Team>().WithMany().HasForeignKey(s => s.FirstLineTeamId).OnDelete(DeleteBehavior.Restrict);
        service.HasOne<Team>().WithMany().HasForeignKey(s => s.SupportTeamId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ServiceInstanceConfiguration : IEntityTypeConfiguration<ServiceInstance>
{
    public void Configure(EntityTypeBuilder<ServiceInstance> instance)
    {
        instance.ConfigureRecord();
        instance.Property(i => i.Name).HasMaxLength(Limits.Name).IsRequired();
        instance.Property(i => i.Status).HasConversion(new SnakeCaseEnum<ServiceInstanceStatus>()).HasMaxLength(30);
        instance.HasIndex(i => new { i.AccountId, i.Name }).IsUnique();
        instance.HasIndex(i => new { i.AccountId, i.ServiceId });
        instance.HasOne<Service>().WithMany().HasForeignKey(i => i.ServiceId).OnDelete(DeleteBehavior.Restrict);
        instance.HasOne<Team>().WithMany().HasForeignKey(i => i.FirstLineTeamId).OnDelete(DeleteBehavior.Restrict);
        instance.HasOne<Team>().WithMany().HasForeignKey(i => i.SupportTeamId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ServiceOfferingConfiguration : IEntityTypeConfiguration<ServiceOffering>
{
    public void Configure(EntityTypeBuilder<ServiceOffering> offering)
    {
        offering.ConfigureRecord();
        offering.Property(o => o.Name).HasMaxLength(Limits.Name).IsRequired();
        offering.Property(o => o.Status).HasConversion(new SnakeCaseEnum<ServiceOfferingStatus>()).HasMaxLength(30);
        offering.Property(o => o.SupportHours).HasMaxLength(Limits.Text);
        offering.Property(o => o.SupportHoursTimeZone).HasMaxLength(Limits.Code);
        offering.HasIndex(o => new { o.AccountId, o.ServiceId });
        offering.HasOne<Service>().WithMany().HasForeignKey(o => o.ServiceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SlaConfiguration : IEntityTypeConfiguration<Sla>
{
    public void Configure(EntityTypeBuilder<Sla> sla)
    {
        sla.ToTable("Slas");
        sla.ConfigureRecord();
        sla.Property(s => s.Name).HasMaxLength(Limits.Name).IsRequired();
        sla.Property(s => s.CustomerAccountId).HasMaxLength(63);
        sla.Property(s => s.Coverage).HasConversion(new SnakeCaseEnum<SlaCoverage>()).HasMaxLength(40);
        sla.Property(s => s.Status).HasConversion(new SnakeCaseEnum<AgreementStatus>()).HasMaxLength(30);
        sla.HasIndex(s => new { s.AccountId, s.ServiceInstanceId });
        // The self-service catalog looks SLAs up by status and customer across all accounts.
        sla.HasIndex(s => new { s.Status, s.CustomerAccountId });
        sla.HasOne<ServiceOffering>().WithMany().HasForeignKey(s => s.ServiceOfferingId).OnDelete(DeleteBehavior.Restrict);
        sla.HasOne<ServiceInstance>().WithMany().HasForeignKey(s => s.ServiceInstanceId).OnDelete(DeleteBehavior.Restrict);
        sla.HasOne<Organization>().WithMany().HasForeignKey(s => s.CustomerOrganizationId).OnDelete(DeleteBehavior.Restrict);
        sla.HasOne<Account>().WithMany().HasForeignKey(s => s.CustomerAccountId).OnDelete(DeleteBehavior.Restrict);
        sla.HasOne<Person>().WithMany().HasForeignKey(s => s.ServiceLevelManagerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SlaCoverageTargetConfiguration : IEntityTypeConfiguration<SlaCoverageTarget>
{
    public void Configure(EntityTypeBuilder<SlaCoverageTarget> target)
    {
        target.HasKey(t => t.Id);
        target.Property(t => t.AccountId).HasMaxLength(63).IsRequired();
        target.Property(t => t.Kind).HasConversion(new SnakeCaseEnum<SlaCoverageKind>()).HasMaxLength(20);
        target.HasOne<Account>().WithMany().HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.Restrict);
        target.HasOne<Sla>().WithMany().HasForeignKey(t => t.SlaId).OnDelete(DeleteBehavior.Cascade);
        target.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        target.HasOne<Site>().WithMany().HasForeignKey(t => t.SiteId).OnDelete(DeleteBehavior.Restrict);
        target.HasOne<Person>().WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Restrict);
        // One row per SLA and target. Partial indexes, because NULLs never collide in a unique index: one over all
        // columns would let the same organization be linked twice. The same filter syntax works on both databases.
        // Their leading target column also serves the self-service catalog, which finds SLAs from a person's
        // organizations, site and id.
        target.HasIndex(t => new { t.OrganizationId, t.SlaId, t.AccountId }).IsUnique().HasFilter("organization_id IS NOT NULL");
        target.HasIndex(t => new { t.SiteId, t.SlaId, t.AccountId }).IsUnique().HasFilter("site_id IS NOT NULL");
        target.HasIndex(t => new { t.PersonId, t.SlaId, t.AccountId }).IsUnique().HasFilter("person_id IS NOT NULL");
        target.HasIndex(t => new { t.AccountId, t.SlaId });
    }
}
