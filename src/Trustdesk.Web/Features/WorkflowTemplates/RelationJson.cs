using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.WorkflowTemplates;

/// <summary>
/// Renders task template relations as <see cref="TaskTemplateRelationResponse"/>. A relation is referred to as
/// <c>{id, name}</c> with its task template's subject as name, in <c>predecessors</c> and
/// <c>failure_task_template_relation</c> alike. All of them live in the caller's account.
/// </summary>
public sealed class RelationJson(TrustdeskDbContext db)
{
    public static readonly string[] CollectionFields = ["task_template", "phase", "position", "predecessors", "failure_task_template_relation"];

    public async Task<IReadOnlyList<TaskTemplateRelationResponse>> RenderAsync(IReadOnlyList<TaskTemplateRelation> relations, CancellationToken cancel)
    {
        var templateIds = relations.Select(r => r.WorkflowTemplateId).Distinct().ToList();
        // Every relation of the templates involved (templates hold tens of them): each can be named by another.
        var subjects = await (
                from relation in db.TaskTemplateRelations.AsNoTracking()
                where templateIds.Contains(relation.WorkflowTemplateId)
                join task in db.TaskTemplates.AsNoTracking() on relation.TaskTemplateId equals task.Id
                select new { relation.Id, task.Subject })
            .ToDictionaryAsync(r => r.Id, r => r.Subject, cancel);
        var taskIds = relations.Select(r => r.TaskTemplateId).Distinct().ToList();
        var tasks = await db.TaskTemplates.AsNoTracking().Where(t => taskIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => t.Subject, cancel);
        var phaseIds = relations.Select(r => r.PhaseId).Distinct().ToList();
        var phases = await db.WorkflowTemplatePhases.AsNoTracking().Where(p => phaseIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Name, cancel);
        var relationIds = relations.Select(r => r.Id).ToList();
        var predecessors = (await db.TaskTemplateDependencies.AsNoTracking().Where(d => relationIds.Contains(d.SuccessorRelationId))
                .Select(d => new { d.SuccessorRelationId, d.PredecessorRelationId }).ToListAsync(cancel))
            .OrderBy(d => d.PredecessorRelationId)
            .ToLookup(d => d.SuccessorRelationId, d => d.PredecessorRelationId);

        RecordRef Relation(long id) => new(id, subjects.GetValueOrDefault(id));

        return relations.Select(r => new TaskTemplateRelationResponse
        {
            Id = r.Id,
            TaskTemplate = new RecordRef(r.TaskTemplateId, tasks.GetValueOrDefault(r.TaskTemplateId)),
            Phase = new RecordRef(r.PhaseId, phases.GetValueOrDefault(r.PhaseId)),
            Position = r.Position,
            Predecessors = [.. predecessors[r.Id].Select(Relation)],
            FailureTaskTemplateRelation = r.FailureRelationId is long failure ? Relation(failure) : null,
            CreatedAt = r.CreatedAt,
            UpdatedAt = r.UpdatedAt,
        }).ToList();
    }

    public async Task<TaskTemplateRelationResponse> RenderAsync(TaskTemplateRelation relation, CancellationToken cancel) => (await RenderAsync([relation], cancel))[0];
}
