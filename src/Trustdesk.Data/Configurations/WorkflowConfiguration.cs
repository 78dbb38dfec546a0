using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Trustdesk.Domain.People;
using Trustdesk.Domain.Teams;
using Trustdesk.Domain.Workflows;

namespace Trustdesk.Data.Configurations;

internal sealed class WorkflowConfiguration : IEntityTypeConfiguration<Workflow>
{
    public void Configure(EntityTypeBuilder<Workflow> workflow)
    {
        workflow.ConfigureRecord();
        workflow.Property(w => w.Subject).HasMaxLength(Limits.Name).IsRequired();
        workflow.Property(w => w.Category).HasConversion(new SnakeCaseEnum<WorkflowCategory>()).HasMaxLength(20);
        workflow.Property(w => w.Impact).HasConversion(new SnakeCaseEnum<WorkImpact>()).HasMaxLength(10);
        workflow.Property(w => w.Justification).HasConversion(new SnakeCaseEnum<WorkflowJustification>()).HasMaxLength(20);
        workflow.Property(w => w.Status).HasConversion(new SnakeCaseEnum<WorkflowStatus>()).HasMaxLength(20);
        workflow.Property(w => w.CompletionReason).HasConversion(new SnakeCaseEnum<WorkflowCompletionReason>()).HasMaxLength(20);
        workflow.HasOne<Person>().WithMany().HasForeignKey(w => w.ManagerId).OnDelete(DeleteBehavior.Restrict);
        workflow.HasOne<WorkflowTemplate>().WithMany().HasForeignKey(w => w.TemplateId).OnDelete(DeleteBehavior.Restrict);
        // The target of (workflow, account) foreign keys: what hangs off a workflow lives in its account.
        workflow.HasAlternateKey(w => new { w.Id, w.AccountId });
        workflow.HasIndex(w => new { w.AccountId, w.Id });
    }
}

internal sealed class WorkflowPhaseConfiguration : IEntityTypeConfiguration<WorkflowPhase>
{
    public void Configure(EntityTypeBuilder<WorkflowPhase> phase)
    {
        phase.ConfigureRecord();
        phase.Property(p => p.Name).HasMaxLength(Limits.Name).IsRequired();
        phase.Property(p => p.Status).HasConversion(new SnakeCaseEnum<PhaseStatus>()).HasMaxLength(20);
        phase.HasOne<Workflow>().WithMany().HasForeignKey(p => new { p.WorkflowId, p.AccountId })
            .HasPrincipalKey(w => new { w.Id, w.AccountId }).OnDelete(DeleteBehavior.Restrict);
        phase.HasIndex(p => new { p.AccountId, p.WorkflowId, p.Position }).IsUnique();
    }
}

internal sealed class WorkflowTaskConfiguration : IEntityTypeConfiguration<WorkflowTask>
{
    public void Configure(EntityTypeBuilder<WorkflowTask> task)
    {
        task.ConfigureRecord();
        task.Property(t => t.Subject).HasMaxLength(Limits.Name).IsRequired();
        task.Property(t => t.Category).HasConversion(new SnakeCaseEnum<WorkflowTaskCategory>()).HasMaxLength(30);
        task.Property(t => t.Status).HasConversion(new SnakeCaseEnum<WorkflowTaskStatus>()).HasMaxLength(30);
        task.Property(t => t.Impact).HasConversion(new SnakeCaseEnum<WorkImpact>()).HasMaxLength(10);
        task.Property(t => t.Instructions).HasMaxLength(Limits.NoteText);
        task.Property(t => t.TeamAccountId).HasMaxLength(63);
        task.HasOne<Workflow>().WithMany().HasForeignKey(t => new { t.WorkflowId, t.AccountId })
            .HasPrincipalKey(w => new { w.Id, w.AccountId }).OnDelete(DeleteBehavior.Restrict);
        task.HasOne<WorkflowPhase>().WithMany().HasForeignKey(t => t.PhaseId).OnDelete(DeleteBehavior.Restrict);
        // The team's account column always describes the team: (id, account) pairs, as on requests.
        task.HasOne<Team>().WithMany().HasForeignKey(t => new { t.TeamId, t.TeamAccountId })
            .HasPrincipalKey(t => new { t.Id, t.AccountId }).OnDelete(DeleteBehavior.Restrict);
        task.HasOne<Person>().WithMany().HasForeignKey(t => t.MemberId).OnDelete(DeleteBehavior.Restrict);
        task.HasOne<WorkflowTask>().WithMany().HasForeignKey(t => t.FailureTaskId).OnDelete(DeleteBehavior.Restrict);
        task.HasOne<TaskTemplate>().WithMany().HasForeignKey(t => t.TemplateId).OnDelete(DeleteBehavior.Restrict);
        task.HasIndex(t => new { t.AccountId, t.Id });
        // A provider's inbox: the tasks of its teams, by way of the team's account.
        task.HasIndex(t => new { t.TeamAccountId, t.Id });
        task.HasIndex(t => new { t.WorkflowId, t.Id });
    }
}

internal sealed class TaskDependencyConfiguration : IEntityTypeConfiguration<TaskDependency>
{
    public void Configure(EntityTypeBuilder<TaskDependency> dependency)
    {
        dependency.ConfigureRecord();
        dependency.HasOne<Workflow>().WithMany().HasForeignKey(d => new { d.WorkflowId, d.AccountId })
            .HasPrincipalKey(w => new { w.Id, w.AccountId }).OnDelete(DeleteBehavior.Restrict);
        dependency.HasOne<WorkflowTask>().WithMany().HasForeignKey(d => d.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        dependency.HasOne<WorkflowTask>().WithMany().HasForeignKey(d => d.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        dependency.HasIndex(d => new { d.AccountId, d.PredecessorId, d.SuccessorId }).IsUnique();
        dependency.HasIndex(d => new { d.WorkflowId, d.Id });
        dependency.HasIndex(d => d.SuccessorId);
    }
}

internal sealed class TaskApprovalConfiguration : IEntityTypeConfiguration<TaskApproval>
{
    public void Configure(EntityTypeBuilder<TaskApproval> approval)
    {
        approval.ConfigureRecord();
        approval.Property(a => a.Status).HasConversion(new SnakeCaseEnum<ApprovalStatus>()).HasMaxLength(20);
        approval.Property(a => a.TeamAccountId).HasMaxLength(63);
        approval.HasOne<WorkflowTask>().WithMany().HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.Restrict);
        approval.HasOne<Person>().WithMany().HasForeignKey(a => a.ApproverId).OnDelete(DeleteBehavior.Restrict);
        approval.HasIndex(a => new { a.AccountId, a.TaskId, a.ApproverId }).IsUnique();
        approval.HasIndex(a => new { a.TaskId, a.Id });
        approval.HasIndex(a => new { a.ApproverId, a.Id });
    }
}

internal sealed class TaskNoteConfiguration : IEntityTypeConfiguration<TaskNote>
{
    public void Configure(EntityTypeBuilder<TaskNote> note)
    {
        note.ConfigureRecord();
        note.Property(n => n.Text).HasMaxLength(Limits.NoteText).IsRequired();
        note.HasOne<WorkflowTask>().WithMany().HasForeignKey(n => n.TaskId).OnDelete(DeleteBehavior.Restrict);
        note.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Restrict);
        note.HasIndex(n => new { n.TaskId, n.Id });
    }
}

internal sealed class WorkflowNoteConfiguration : IEntityTypeConfiguration<WorkflowNote>
{
    public void Configure(EntityTypeBuilder<WorkflowNote> note)
    {
        note.ConfigureRecord();
        note.Property(n => n.Text).HasMaxLength(Limits.NoteText).IsRequired();
        note.HasOne<Workflow>().WithMany().HasForeignKey(n => new { n.WorkflowId, n.AccountId })
            .HasPrincipalKey(w => new { w.Id, w.AccountId }).OnDelete(DeleteBehavior.Restrict);
        note.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Restrict);
        note.HasIndex(n => new { n.WorkflowId, n.Id });
    }
}
