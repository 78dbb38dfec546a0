using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Trusts;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Features.Trusts;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>
/// Builds a workflow's phases and tasks from a workflow template: one phase per template phase, one task per task
/// template relation (subject, category, team, planned duration, approvers), with the template's dependencies and
/// failure relations. A task template naming another account's team needs that account's <c>tasks</c> trust now.
/// </summary>
public sealed class WorkflowFromTemplate(TrustdeskDbContext db, TrustedTeams teams)
{
    /// <summary>Adds the template's phases and tasks to the saved <paramref name="workflow"/>; the refusal text otherwise.</summary>
    public async Task<string?> InstantiateAsync(Workflow workflow, long templateId, CancellationToken cancel)
    {
        var phases = await db.WorkflowTemplatePhases.AsNoTracking().Where(p => p.WorkflowTemplateId == templateId)
            .OrderBy(p => p.Position).ThenBy(p => p.Id).ToListAsync(cancel);
        var relations = await db.TaskTemplateRelations.AsNoTracking().Where(r => r.WorkflowTemplateId == templateId)
            .OrderBy(r => r.Position).ThenBy(r => r.Id).ToListAsync(cancel);
        var templateIds = relations.Select(r => r.TaskTemplateId).Distinct().ToList();
        var templates = await db.TaskTemplates.AsNoTracking().Where(t => templateIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancel);
        var approvers = (await db.TaskTemplateApprovers.AsNoTracking().Where(a => templateIds.Contains(a.TaskTemplateId)).ToListAsync(cancel))
            .ToLookup(a => a.TaskTemplateId, a => a.PersonId);
        var dependencies = await db.TaskTemplateDependencies.AsNoTracking().Where(d => d.WorkflowTemplateId == templateId).ToListAsync(cancel);

        foreach (var template in templates.Values.Where(t => t.TeamAccountId is not null && t.TeamAccountId != workflow.AccountId))
            if (await teams.FindAsync(template.TeamId!.Value, workflow.AccountId, TrustOptions.Tasks, cancel) is null)
                return $"its task template '{template.Subject}' names a team of an account this account does not trust with tasks (any more)";

        var phaseOf = phases.ToDictionary(p => p.Id, p => new WorkflowPhase { WorkflowId = workflow.Id, Name = p.Name, Position = p.Position });
        db.WorkflowPhases.AddRange(phaseOf.Values);
        await db.SaveChangesAsync(cancel);

        var failureRelations = relations.Select(r => r.FailureRelationId).OfType<long>().ToHashSet();
        var taskOf = new Dictionary<long, WorkflowTask>();
        foreach (var relation in relations)
        {
            var template = templates[relation.TaskTemplateId];
            taskOf[relation.Id] = new WorkflowTask
            {
                WorkflowId = workflow.Id, PhaseId = phaseOf[relation.PhaseId].Id, Subject = template.Subject, Category = template.Category,
                Instructions = template.Instructions, TeamId = template.TeamId, TeamAccountId = template.TeamAccountId,
                PlannedDuration = template.PlannedDuration, RequiredApprovals = template.RequiredApprovals,
                IsFailureTask = failureRelations.Contains(relation.Id), TemplateId = template.Id, Impact = workflow.Impact,
            };
        }
        db.WorkflowTasks.AddRange(taskOf.Values);
        await db.SaveChangesAsync(cancel);

        foreach (var relation in relations.Where(r => r.FailureRelationId is not null))
            taskOf[relation.Id].FailureTaskId = taskOf[relation.FailureRelationId!.Value].Id;
        foreach (var dependency in dependencies)
            db.TaskDependencies.Add(new TaskDependency
            {
                WorkflowId = workflow.Id,
                PredecessorId = taskOf[dependency.PredecessorRelationId].Id,
                SuccessorId = taskOf[dependency.SuccessorRelationId].Id,
            });
        foreach (var task in taskOf.Values.Where(t => approvers.Contains(t.TemplateId!.Value)))
            TaskApprovers.Name(db, task, approvers[task.TemplateId!.Value]);
        return null;
    }
}
