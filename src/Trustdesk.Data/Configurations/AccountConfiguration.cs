using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Trustdesk.Domain.Accounts;
using Trustdesk.Domain.Teams;

namespace Trustdesk.Data.Configurations;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> account)
    {
        account.HasKey(a => a.Id);
        account.Property(a => a.Id).HasMaxLength(63);
        account.Property(a => a.Name).HasMaxLength(Limits.Name).IsRequired();
        account.Property(a => a.Kind).HasConversion(
            kind => kind == AccountKind.Directory ? "directory" : "support_domain",
            text => text == "directory" ? AccountKind.Directory : AccountKind.SupportDomain).HasMaxLength(20);
        account.Property(a => a.DirectoryAccountId).HasMaxLength(63);
        account.Property(a => a.TimeZone).HasMaxLength(Limits.Code);
        account.HasOne<Account>().WithMany().HasForeignKey(a => a.DirectoryAccountId).OnDelete(DeleteBehavior.Restrict);
        // A team of the account itself: the key pairs the team with this account's id.
        account.HasOne<Team>().WithMany().HasForeignKey(a => new { a.ServiceDeskTeamId, a.Id })
            .HasPrincipalKey(t => new { t.Id, t.AccountId }).OnDelete(DeleteBehavior.Restrict);
        account.Ignore(a => a.SharedDirectoryId);
    }
}
