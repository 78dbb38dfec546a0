using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Trustdesk.Domain.Accounts;
using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.People;
using Trustdesk.Domain.Requests;
using Trustdesk.Domain.Teams;

namespace Trustdesk.Data.Configurations;

internal sealed class RequestConfiguration : IEntityTypeConfiguration<Request>
{
    public void Configure(EntityTypeBuilder<Request> request)
    {
        request.ConfigureRecord();
        request.Property(r => r.Subject).HasMaxLength(Limits.Name).IsRequired();
        request.Property(r => r.Category).HasConversion(new SnakeCaseEnum<RequestCategory>()).HasMaxLength(20);
        request.Property(r => r.Impact).HasConversion(new SnakeCaseEnum<RequestImpact>()).HasMaxLength(10);
        request.Property(r => r.Status).HasConversion(new SnakeCaseEnum<RequestStatus>()).HasMaxLength(30);
        request.Property(r => r.CompletionReason).HasConversion(new SnakeCaseEnum<CompletionReason>()).HasMaxLength(20);
        request.Property(r => r.TeamAccountId).HasMaxLength(63);
        request.Property(r => r.ServiceInstanceAccountId).HasMaxLength(63);
        request.Property(r => r.CustomerAccountId).HasMaxLength(63);
        request.Property(r => r.NextTargetSpecial).HasMaxLength(20);

        // The account columns always describe the team and instance the request names: (id, account) pairs.
        request.HasOne<Team>().WithMany().HasForeignKey(r => new { r.TeamId, r.TeamAccountId })
            .HasPrincipalKey(t => new { t.Id, t.AccountId }).OnDelete(DeleteBehavior.Restrict);
        request.HasOne<ServiceInstance>().WithMany().HasForeignKey(r => new { r.ServiceInstanceId, r.ServiceInstanceAccountId })
            .HasPrincipalKey(i => new { i.Id, i.AccountId }).OnDelete(DeleteBehavior.Restrict);
        request.HasOne<Sla>().WithMany().HasForeignKey(r => r.SlaId).OnDelete(DeleteBehavior.Restrict);
        request.HasOne<Trustdesk.Domain.Workflows.Workflow>().WithMany().HasForeignKey(r => new { r.WorkflowId, r.AccountId })
            .HasPrincipalKey(w => new { w.Id, w.AccountId }).OnDelete(DeleteBehavior.Restrict);
        request.HasOne<Account>().WithMany().HasForeignKey(r => r.CustomerAccountId).OnDelete(DeleteBehavior.Restrict);
        request.HasOne<Person>().WithMany().HasForeignKey(r => r.RequestedById).OnDelete(DeleteBehavior.Restrict);
        request.HasOne<Person>().WithMany().HasForeignKey(r => r.RequestedForId).OnDelete(DeleteBehavior.Restrict);
        request.HasOne<Person>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);

        // Each way a request becomes visible is an index: own account, customer, team's account, instance's account.
        // The crossing ways hold the request's account second, so that "customer = me AND account IN (the providers I
        // trust with services)" and its two mirrors (row-level security) select exactly the visible rows in the index.
        request.HasIndex(r => new { r.AccountId, r.Id });
        request.HasIndex(r => new { r.CustomerAccountId, r.AccountId, r.Id });
        request.HasIndex(r => new { r.TeamAccountId, r.AccountId, r.Id });
        request.HasIndex(r => new { r.ServiceInstanceAccountId, r.AccountId, r.Id });
        request.HasIndex(r => new { r.RequestedForId, r.Id });
        request.HasIndex(r => new { r.RequestedById, r.Id });
    }
}

internal sealed class RequestNoteConfiguration : IEntityTypeConfiguration<RequestNote>
{
    public void Configure(EntityTypeBuilder<RequestNote> note)
    {
        note.ConfigureRecord();
        note.Property(n => n.Text).HasMaxLength(Limits.NoteText).IsRequired();
        note.HasOne<Request>().WithMany().HasForeignKey(n => n.RequestId).OnDelete(DeleteBehavior.Restrict);
        note.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Restrict);
        note.HasIndex(n => new { n.RequestId, n.Id });
    }
}

internal sealed class RequestAuditEntryConfiguration : IEntityTypeConfiguration<RequestAuditEntry>
{
    public void Configure(EntityTypeBuilder<RequestAuditEntry> entry)
    {
        entry.ConfigureRecord();
        entry.Property(a => a.Action).HasMaxLength(20).IsRequired();
        entry.Property(a => a.Changes).IsRequired();
        entry.HasOne<Request>().WithMany().HasForeignKey(a => a.RequestId).OnDelete(DeleteBehavior.Restrict);
        entry.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        entry.HasIndex(a => new { a.RequestId, a.Id });
    }
}
