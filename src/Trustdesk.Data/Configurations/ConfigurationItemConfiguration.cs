using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.ConfigurationItems;
using Trustdesk.Domain.Organizations;
using Trustdesk.Domain.People;
using Trustdesk.Domain.Requests;
using Trustdesk.Domain.Sites;
using Trustdesk.Domain.Teams;

namespace Trustdesk.Data.Configurations;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> product)
    {
        product.ConfigureRecord();
        product.Property(p => p.Name).HasMaxLength(Limits.Name).IsRequired();
        product.Property(p => p.Brand).HasMaxLength(Limits.Code);
        product.Property(p => p.Model).HasMaxLength(Limits.Code);
        product.Property(p => p.Category).HasMaxLength(Limits.Code);
        // The target of (product, account) foreign keys: a CI's product is its own account's.
        product.HasAlternateKey(p => new { p.Id, p.AccountId });
        product.HasIndex(p => new { p.AccountId, p.Name }).IsUnique();
    }
}

internal sealed class CiConfiguration : IEntityTypeConfiguration<Ci>
{
    public void Configure(EntityTypeBuilder<Ci> ci)
    {
        ci.ConfigureRecord();
        ci.Property(c => c.Name).HasMaxLength(Limits.Name).IsRequired();
        ci.Property(c => c.Label).HasMaxLength(Limits.Code);
        ci.Property(c => c.Status).HasConversion(new SnakeCaseEnum<CiStatus>()).HasMaxLength(30);
        ci.Property(c => c.SerialNumber).HasMaxLength(Limits.Code);
        ci.Property(c => c.AssetId).HasMaxLength(Limits.Code);
        ci.Property(c => c.SystemId).HasMaxLength(Limits.Code);
        ci.Property(c => c.SupportTeamAccountId).HasMaxLength(63);
        ci.Property(c => c.Remarks).HasMaxLength(Limits.Text);
        ci.HasOne<Product>().WithMany().HasForeignKey(c => new { c.ProductId, c.AccountId })
            .HasPrincipalKey(p => new { p.Id, p.AccountId }).OnDelete(DeleteBehavior.Restrict);
        // The support team's account always describes the team the CI names: an (id, account) pair.
        ci.HasOne<Team>().WithMany().HasForeignKey(c => new { c.SupportTeamId, c.SupportTeamAccountId })
            .HasPrincipalKey(t => new { t.Id, t.AccountId }).OnDelete(DeleteBehavior.Restrict);
        ci.HasOne<ServiceInstance>().WithMany().HasForeignKey(c => new { c.ServiceInstanceId, c.AccountId })
            .HasPrincipalKey(i => new { i.Id, i.AccountId }).OnDelete(DeleteBehavior.Restrict);
        ci.HasOne<Site>().WithMany().HasForeignKey(c => c.SiteId).OnDelete(DeleteBehavior.Restrict);
        ci.HasOne<Organization>().WithMany().HasForeignKey(c => c.SupplierId).OnDelete(DeleteBehavior.Restrict);
        // The target of (CI, account) foreign keys: its users, relations and contracts live in its account.
        ci.HasAlternateKey(c => new { c.Id, c.AccountId });
        ci.HasIndex(c => new { c.AccountId, c.Id });
        ci.HasIndex(c => new { c.AccountId, c.Label }).IsUnique();
        ci.HasIndex(c => new { c.SupportTeamAccountId, c.AccountId, c.Id });
        ci.HasIndex(c => new { c.ProductId, c.Id });
    }
}

internal sealed class CiUserConfiguration : IEntityTypeConfiguration<CiUser>
{
    public void Configure(EntityTypeBuilder<CiUser> user)
    {
        user.ConfigureRecord();
        user.HasOne<Ci>().WithMany().HasForeignKey(u => new { u.CiId, u.AccountId })
            .HasPrincipalKey(c => new { c.Id, c.AccountId }).OnDelete(DeleteBehavior.Restrict);
        user.HasOne<Person>().WithMany().HasForeignKey(u => u.PersonId).OnDelete(DeleteBehavior.Restrict);
        user.HasIndex(u => new { u.AccountId, u.CiId, u.PersonId }).IsUnique();
        user.HasIndex(u => new { u.PersonId, u.CiId });
    }
}

internal sealed class CiNoteConfiguration : IEntityTypeConfiguration<CiNote>
{
    public void Configure(EntityTypeBuilder<CiNote> note)
    {
        note.ConfigureRecord();
        note.Property(n => n.Text).HasMaxLength(Limits.NoteText).IsRequired();
        // Written in the CI's account or by its supporting provider: the note's account need not be the CI's.
        note.HasOne<Ci>().WithMany().HasForeignKey(n => n.CiId).OnDelete(DeleteBehavior.Restrict);
        note.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Restrict);
        note.HasIndex(n => new { n.CiId, n.Id });
    }
}

internal sealed class CiAuditEntryConfiguration : IEntityTypeConfiguration<CiAuditEntry>
{
    public void Configure(EntityTypeBuilder<CiAuditEntry> entry)
    {
        entry.ConfigureRecord();
        entry.Property(a => a.Action).HasMaxLength(20).IsRequired();
        entry.Property(a => a.Changes).IsRequired();
        // Written from the CI's account or its supporting provider's: the entry's account need not be the CI's.
        entry.HasOne<Ci>().WithMany().HasForeignKey(a => a.CiId).OnDelete(DeleteBehavior.Restrict);
        entry.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        entry.HasIndex(a => new { a.CiId, a.Id });
    }
}

internal sealed class CiRelationConfiguration : IEntityTypeConfiguration<CiRelation>
{
    public void Configure(EntityTypeBuilder<CiRelation> relation)
    {
        relation.ConfigureRecord();
        relation.Property(r => r.RelationType).HasConversion(new SnakeCaseEnum<CiRelationType>()).HasMaxLength(20);
        // Both ends are CIs of the relation's account.
        relation.HasOne<Ci>().WithMany().HasForeignKey(r => new { r.CiId, r.AccountId })
            .HasPrincipalKey(c => new { c.Id, c.AccountId }).OnDelete(DeleteBehavior.Restrict);
        relation.HasOne<Ci>().WithMany().HasForeignKey(r => new { r.RelatedCiId, r.AccountId })
            .HasPrincipalKey(c => new { c.Id, c.AccountId }).OnDelete(DeleteBehavior.Restrict);
        relation.HasIndex(r => new { r.AccountId, r.CiId, r.RelatedCiId }).IsUnique();
        relation.HasIndex(r => new { r.RelatedCiId, r.CiId });
    }
}

internal sealed class RequestCiConfiguration : IEntityTypeConfiguration<RequestCi>
{
    public void Configure(EntityTypeBuilder<RequestCi> link)
    {
        link.ConfigureRecord();
        link.HasOne<Request>().WithMany().HasForeignKey(l => l.RequestId).OnDelete(DeleteBehavior.Restrict);
        link.HasOne<Ci>().WithMany().HasForeignKey(l => l.CiId).OnDelete(DeleteBehavior.Restrict);
        link.HasOne<Person>().WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Restrict);
        link.HasIndex(l => new { l.AccountId, l.RequestId, l.CiId }).IsUnique();
        link.HasIndex(l => new { l.RequestId, l.CiId });
        link.HasIndex(l => new { l.CiId, l.RequestId });
    }
}

internal sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> contract)
    {
        contract.ConfigureRecord();
        contract.Property(c => c.Name).HasMaxLength(Limits.Name).IsRequired();
        contract.Property(c => c.Status).HasConversion(new SnakeCaseEnum<AgreementStatus>()).HasMaxLength(30);
        contract.Property(c => c.Remarks).HasMaxLength(Limits.Text);
        contract.HasOne<Organization>().WithMany().HasForeignKey(c => c.SupplierId).OnDelete(DeleteBehavior.Restrict);
        contract.HasAlternateKey(c => new { c.Id, c.AccountId });
        contract.HasIndex(c => new { c.AccountId, c.Id });
        contract.HasIndex(c => new { c.AccountId, c.NoticeDate });
    }
}

internal sealed class ContractCiConfiguration : IEntityTypeConfiguration<ContractCi>
{
    public void Configure(EntityTypeBuilder<ContractCi> covered)
    {
        covered.ConfigureRecord();
        covered.HasOne<Contract>().WithMany().HasForeignKey(c => new { c.ContractId, c.AccountId })
            .HasPrincipalKey(c => new { c.Id, c.AccountId }).OnDelete(DeleteBehavior.Restrict);
        covered.HasOne<Ci>().WithMany().HasForeignKey(c => new { c.CiId, c.AccountId })
            .HasPrincipalKey(c => new { c.Id, c.AccountId }).OnDelete(DeleteBehavior.Restrict);
        covered.HasIndex(c => new { c.AccountId, c.ContractId, c.CiId }).IsUnique();
        covered.HasIndex(c => new { c.CiId, c.ContractId });
    }
}
