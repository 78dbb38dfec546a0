using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Trustdesk.Domain.People;
using Trustdesk.Domain.Teams;
using Trustdesk.Domain.Workflows;

namespace Trustdesk.Data.Configurations;

internal sealed class TaskTemplateConfiguration : IEntityTypeConfiguration<TaskTemplate>
{
    public void Configure(EntityTypeBuilder<TaskTemplate> template)
    {
        template.ConfigureRecord();
        template.Property(t => t.Subject).HasMaxLength(Limits.Name).IsRequired();
        template.Property(t => t.Category).HasConversion(new SnakeCaseEnum<WorkflowTaskCategory>()).HasMaxLength(30);
        template.Property(t => t.Instructions).HasMaxLength(Limits.NoteText);
        template.Property(t => t.TeamAccountId).HasMaxLength(63);
        template.HasOne<Team>().WithMany().HasForeignKey(t => new { t.TeamId, t.TeamAccountId })
            .HasPrincipalKey(t => new { t.Id, t.AccountId }).OnDelete(DeleteBehavior.Restrict);
        template.HasIndex(t => new { t.AccountId, t.Subject });
    }
}

internal sealed class TaskTemplateApproverConfiguration : IEntityTypeConfiguration<TaskTemplateApprover>
{
    public void Configure(EntityTypeBuilder<TaskTemplateApprover> approver)
    {
        approver.ConfigureRecord();
        approver.HasOne<TaskTemplate>().WithMany().HasForeignKey(a => a.TaskTemplateId).OnDelete(DeleteBehavior.Cascade);
        approver.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        approver.HasIndex(a => new { a.AccountId, a.TaskTemplateId, a.PersonId }).IsUnique();
    }
}

internal sealed class WorkflowTemplateConfiguration : IEntityTypeConfiguration<WorkflowTemplate>
{
    public void Configure(EntityTypeBuilder<WorkflowTemplate> template)
    {
        template.ConfigureRecord();
        template.Property(t => t.Subject).HasMaxLength(Limits.Name).IsRequired();
        template.Property(t => t.Category).HasConversion(new SnakeCaseEnum<WorkflowCategory>()).HasMaxLength(20);
        template.Property(t => t.Impact).HasConversion(new SnakeCaseEnum<WorkImpact>()).HasMaxLength(10);
        template.Property(t => t.Justification).HasConversion(new SnakeCaseEnum<WorkflowJustification>()).HasMaxLength(20);
        template.HasIndex(t => new { t.AccountId, t.Subject });
    }
}

internal sealed class WorkflowTemplatePhaseConfiguration : IEntityTypeConfiguration<WorkflowTemplatePhase>
{
    public void Configure(EntityTypeBuilder<WorkflowTemplatePhase> phase)
    {
        phase.ConfigureRecord();
        phase.Property(p => p.Name).HasMaxLength(Limits.Name).IsRequired();
        phase.HasOne<WorkflowTemplate>().WithMany().HasForeignKey(p => p.WorkflowTemplateId).OnDelete(DeleteBehavior.Cascade);
        phase.HasIndex(p => new { p.AccountId, p.WorkflowTemplateId, p.Name }).IsUnique();
    }
}

internal sealed class TaskTemplateRelationConfiguration : IEntityTypeConfiguration<TaskTemplateRelation>
{
    public void Configure(EntityTypeBuilder<TaskTemplateRelation> relation)
    {
        relation.ConfigureRecord();
        relation.HasOne<WorkflowTemplate>().WithMany().HasForeignKey(r => r.WorkflowTemplateId).OnDelete(DeleteBehavior.Cascade);
        relation.HasOne<WorkflowTemplatePhase>().WithMany().HasForeignKey(r => r.PhaseId).OnDelete(DeleteBehavior.Restrict);
        relation.HasOne<TaskTemplate>().WithMany().HasForeignKey(r => r.TaskTemplateId).OnDelete(DeleteBehavior.Restrict);
        relation.HasOne<TaskTemplateRelation>().WithMany().HasForeignKey(r => r.FailureRelationId).OnDelete(DeleteBehavior.Restrict);
        relation.HasIndex(r => new { r.WorkflowTemplateId, r.Id });
    }
}

internal sealed class TaskTemplateDependencyConfiguration : IEntityTypeConfiguration<TaskTemplateDependency>
{
    public void Configure(EntityTypeBuilder<TaskTemplateDependency> dependency)
    {
        dependency.ConfigureRecord();
        dependency.HasOne<WorkflowTemplate>().WithMany().HasForeignKey(d => d.WorkflowTemplateId).OnDelete(DeleteBehavior.Cascade);
        dependency.HasOne<TaskTemplateRelation>().WithMany().HasForeignKey(d => d.PredecessorRelationId).OnDelete(DeleteBehavior.Restrict);
        dependency.HasOne<TaskTemplateRelation>().WithMany().HasForeignKey(d => d.SuccessorRelationId).OnDelete(DeleteBehavior.Restrict);
        dependency.HasIndex(d => new { d.AccountId, d.PredecessorRelationId, d.SuccessorRelationId }).IsUnique();
        dependency.HasIndex(d => new { d.WorkflowTemplateId, d.Id });
    }
}
