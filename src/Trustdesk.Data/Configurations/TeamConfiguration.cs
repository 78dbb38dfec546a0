using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Trustdesk.Domain.Accounts;
using Trustdesk.Domain.People;
using Trustdesk.Domain.Teams;

namespace Trustdesk.Data.Configurations;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> team)
    {
        team.ConfigureRecord();
        team.Property(t => t.Name).HasMaxLength(Limits.Name).IsRequired();
        team.Property(t => t.Description).HasMaxLength(Limits.Text);
        team.Property(t => t.TimeZone).HasMaxLength(Limits.Code);
        team.HasIndex(t => new { t.AccountId, t.Name }).IsUnique();
        team.HasOne<Person>().WithMany().HasForeignKey(t => t.ManagerId).OnDelete(DeleteBehavior.Restrict);
        team.HasOne<Person>().WithMany().HasForeignKey(t => t.CoordinatorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TeamMemberConfiguration : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> member)
    {
        member.HasKey(m => m.Id);
        member.Property(m => m.AccountId).HasMaxLength(63).IsRequired();
        member.HasOne<Account>().WithMany().HasForeignKey(m => m.AccountId).OnDelete(DeleteBehavior.Restrict);
        member.HasOne<Team>().WithMany().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
        member.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
        member.HasIndex(m => new { m.AccountId, m.TeamId, m.PersonId }).IsUnique();
        member.HasIndex(m => new { m.AccountId, m.PersonId });
    }
}
