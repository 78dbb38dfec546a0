using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.WorkflowTemplates;

/// <summary>A relation with the position of its phase, so a template's relations list phase by phase.</summary>
public sealed class PlacedRelation
{
    public TaskTemplateRelation Relation { get; init; } = null!;
    public int PhasePosition { get; init; }
}

/// <summary>
/// <c>/workflow_templates/:id/task_template_relations</c>: listed by phase position, then position; removed only when
/// no other relation waits for it or names it as its failure relation (the graph never points at nothing).
/// </summary>
public sealed class TaskTemplateRelations(TrustdeskDbContext db, RecordReads reads, RecordWrites writes, TemplateWrites templateWrites, RelationJson json)
{
    private static readonly ListSpec<PlacedRelation> Spec = new ListSpec<PlacedRelation>(r => r.Relation.CreatedAt, r => r.Relation.UpdatedAt)
        .FilterAndSort("id", r => r.Relation.Id)
        .Filter("phase_id", r => r.Relation.PhaseId)
        .Filter("task_template_id", r => r.Relation.TaskTemplateId)
        .Filter("failure_task_template_relation_id", r => r.Relation.FailureRelationId)
        .OrderBy(r => r.PhasePosition).OrderBy(r => r.Relation.PhaseId).OrderBy(r => r.Relation.Position).OrderBy(r => r.Relation.Id)
        .Fields<TaskTemplateRelationResponse>(RelationJson.CollectionFields);

    public Task<ApiResult> ListAsync(long templateId, HttpRequest request) =>
        reads.ListUnderAsync(request, cancel => db.WorkflowTemplates.AnyAsync(t => t.Id == templateId, cancel),
            from relation in db.TaskTemplateRelations.AsNoTracking()
            where relation.WorkflowTemplateId == templateId
            join phase in db.WorkflowTemplatePhases.AsNoTracking() on relation.PhaseId equals phase.Id
            select new PlacedRelation { Relation = relation, PhasePosition = phase.Position },
            Spec, (placed, cancel) => json.RenderAsync([.. placed.Select(p => p.Relation)], cancel));

    public async Task<ApiResult> DeleteAsync(long templateId, long relationId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (await templateWrites.ParentAsync(templateId, cancel) is not { } template) return ApiErrors.NotFound();
        if (!writes.MayWrite(TemplateWriters.Write)) return ApiErrors.Forbidden();
        var relation = await db.TaskTemplateRelations.FirstOrDefaultAsync(r => r.Id == relationId && r.WorkflowTemplateId == templateId, cancel);
        if (relation is null) return ApiErrors.NotFound();

        var check = new Validation();
        var successors = await db.TaskTemplateDependencies.Where(d => d.PredecessorRelationId == relationId)
            .Select(d => d.SuccessorRelationId).OrderBy(id => id).ToListAsync(cancel);
        if (successors.Count > 0)
            check.Add("task_template_relation", $"is a predecessor of {string.Join(", ", successors)}; remove it from their predecessors first");
        var failing = await db.TaskTemplateRelations.Where(r => r.FailureRelationId == relationId).Select(r => r.Id).OrderBy(id => id).ToListAsync(cancel);
        if (failing.Count > 0)
            check.Add("task_template_relation", $"is the failure relation of {string.Join(", ", failing)}; name another there first");
        if (!check.IsValid) return check.Result!;

        db.TaskTemplateDependencies.RemoveRange(await db.TaskTemplateDependencies.Where(d => d.SuccessorRelationId == relationId).ToListAsync(cancel));
        db.TaskTemplateRelations.Remove(relation);
        templateWrites.Touch(template);
        await db.SaveChangesAsync(cancel);
        return ApiResult.NoContent();
    }
}
