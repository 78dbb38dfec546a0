using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Trustdesk.Domain.Sites;

namespace Trustdesk.Data.Configurations;

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> site)
    {
        site.ConfigureRecord();
        site.Property(s => s.Name).HasMaxLength(Limits.Name).IsRequired();
        site.Property(s => s.Address).HasMaxLength(Limits.Name);
        site.Property(s => s.City).HasMaxLength(Limits.Code);
        site.Property(s => s.State).HasMaxLength(Limits.Code);
        site.Property(s => s.Zip).HasMaxLength(20);
        site.Property(s => s.Country).HasMaxLength(2);
        site.Property(s => s.TimeZone).HasMaxLength(Limits.Code);
        site.HasIndex(s => new { s.AccountId, s.Name }).IsUnique();
    }
}
