using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Trustdesk.Domain.Accounts;
using Trustdesk.Domain.People;
using Trustdesk.Domain.Trusts;

namespace Trustdesk.Data.Configurations;

internal sealed class TrustConfiguration : IEntityTypeConfiguration<Trust>
{
    public void Configure(EntityTypeBuilder<Trust> trust)
    {
        trust.HasKey(t => t.Id);
        foreach (var side in new[] { nameof(Trust.CustomerAccountId), nameof(Trust.ProviderAccountId), nameof(Trust.InviterAccountId) })
        {
            trust.Property<string>(side).HasMaxLength(63).IsRequired();
            trust.HasOne<Account>().WithMany().HasForeignKey(side).OnDelete(DeleteBehavior.Restrict);
        }
        trust.Property(t => t.ProposerAccountId).HasMaxLength(63);
        trust.HasOne<Account>().WithMany().HasForeignKey(t => t.ProposerAccountId).OnDelete(DeleteBehavior.Restrict);
        trust.Property(t => t.Status).HasConversion(new SnakeCaseEnum<TrustStatus>()).HasMaxLength(20);
        trust.Property(t => t.LockVersion).IsConcurrencyToken();
        trust.HasIndex(t => new { t.CustomerAccountId, t.ProviderAccountId, t.Status });
        trust.HasIndex(t => new { t.ProviderAccountId, t.CustomerAccountId, t.Status });
        trust.Ignore(t => t.InviteeAccountId);
        trust.Ignore(t => t.HasProposal);
        trust.Ignore(t => t.ProposedOptions);
    }
}

internal sealed class TrustEventConfiguration : IEntityTypeConfiguration<TrustEvent>
{
    public void Configure(EntityTypeBuilder<TrustEvent> trustEvent)
    {
        trustEvent.HasKey(e => e.Id);
        trustEvent.Property(e => e.CustomerAccountId).HasMaxLength(63).IsRequired();
        trustEvent.Property(e => e.ProviderAccountId).HasMaxLength(63).IsRequired();
        trustEvent.Property(e => e.ActingAccountId).HasMaxLength(63);
        trustEvent.Property(e => e.Action).HasMaxLength(20).IsRequired();
        trustEvent.HasOne<Trust>().WithMany().HasForeignKey(e => e.TrustId).OnDelete(DeleteBehavior.Cascade);
        trustEvent.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
        trustEvent.HasIndex(e => new { e.TrustId, e.Id });
    }
}
