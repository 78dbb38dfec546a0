using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.People;
using Trustdesk.Domain.Problems;
using Trustdesk.Domain.Requests;
using Trustdesk.Domain.Teams;
using Trustdesk.Domain.Workflows;

namespace Trustdesk.Data.Configurations;

internal sealed class ProblemConfiguration : IEntityTypeConfiguration<Problem>
{
    public void Configure(EntityTypeBuilder<Problem> problem)
    {
        problem.ConfigureRecord();
        problem.Property(p => p.Subject).HasMaxLength(Limits.Name).IsRequired();
        problem.Property(p => p.Category).HasConversion(new SnakeCaseEnum<ProblemCategory>()).HasMaxLength(20);
        problem.Property(p => p.Impact).HasConversion(new SnakeCaseEnum<WorkImpact>()).HasMaxLength(10);
        problem.Property(p => p.Status).HasConversion(new SnakeCaseEnum<ProblemStatus>()).HasMaxLength(20);
        problem.Property(p => p.Workaround).HasMaxLength(Limits.NoteText);
        // A problem's service and team are always its own account's: (id, account) pairs.
        problem.HasOne<Service>().WithMany().HasForeignKey(p => new { p.ServiceId, p.AccountId })
            .HasPrincipalKey(s => new { s.Id, s.AccountId }).OnDelete(DeleteBehavior.Restrict);
        problem.HasOne<Team>().WithMany().HasForeignKey(p => new { p.TeamId, p.AccountId })
            .HasPrincipalKey(t => new { t.Id, t.AccountId }).OnDelete(DeleteBehavior.Restrict);
        problem.HasOne<Person>().WithMany().HasForeignKey(p => p.ManagerId).OnDelete(DeleteBehavior.Restrict);
        problem.HasOne<Person>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Restrict);
        problem.HasOne<Person>().WithMany().HasForeignKey(p => p.CreatedById).OnDelete(DeleteBehavior.Restrict);
        // The target of (problem, account) foreign keys: its notes and links live in its account.
        problem.HasAlternateKey(p => new { p.Id, p.AccountId });
        problem.HasIndex(p => new { p.AccountId, p.Id });
    }
}

internal sealed class ProblemNoteConfiguration : IEntityTypeConfiguration<ProblemNote>
{
    public void Configure(EntityTypeBuilder<ProblemNote> note)
    {
        note.ConfigureRecord();
        note.Property(n => n.Text).HasMaxLength(Limits.NoteText).IsRequired();
        note.HasOne<Problem>().WithMany().HasForeignKey(n => new { n.ProblemId, n.AccountId })
            .HasPrincipalKey(p => new { p.Id, p.AccountId }).OnDelete(DeleteBehavior.Restrict);
        note.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Restrict);
        note.HasIndex(n => new { n.ProblemId, n.Id });
    }
}

internal sealed class ProblemRequestConfiguration : IEntityTypeConfiguration<ProblemRequest>
{
    public void Configure(EntityTypeBuilder<ProblemRequest> link)
    {
        link.ConfigureRecord();
        link.HasOne<Problem>().WithMany().HasForeignKey(l => new { l.ProblemId, l.AccountId })
            .HasPrincipalKey(p => new { p.Id, p.AccountId }).OnDelete(DeleteBehavior.Restrict);
        link.HasOne<Request>().WithMany().HasForeignKey(l => l.RequestId).OnDelete(DeleteBehavior.Restrict);
        link.HasOne<Person>().WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Restrict);
        // One link per account and request. That a request has one problem at most, whichever account linked it, is the
        // application's rule (ProblemLinks): a unique index across accounts would answer for rows of other accounts, which
        // no index of an account-owned table may (the isolation suite's catalog audit).
        link.HasIndex(l => new { l.AccountId, l.RequestId }).IsUnique();
        link.HasIndex(l => l.RequestId);
        link.HasIndex(l => new { l.ProblemId, l.RequestId });
    }
}
