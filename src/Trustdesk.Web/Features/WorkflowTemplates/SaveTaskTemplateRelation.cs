using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.WorkflowTemplates;

/// <summary>
/// Places a task template of this account in a phase of the workflow template, with the relations it waits for
/// (<c>predecessor_ids</c>, replacing the set) and the relation activated when it fails. Both name relations of the
/// same template; a dependency cycle is refused with <see cref="TaskDependencies.RefusalToAdd"/>'s text.
/// </summary>
public sealed class SaveTaskTemplateRelation(TrustdeskDbContext db, RecordWrites writes, TemplateWrites templateWrites, RelationJson json)
{
    public const string NotARelation = "must name task template relations of this workflow template";

    private WorkflowTemplate _template = null!;

    /// <summary>The predecessors sent (without repeats), or null when the call leaves them as they are.</summary>
    private List<long>? _predecessorIds;

    public async Task<ApiResult> CreateAsync(long templateId, HttpRequest request)
    {
        if (await templateWrites.ParentAsync(templateId, request.HttpContext.RequestAborted) is not { } template) return ApiErrors.NotFound();
        _template = template;
        return await templateWrites.CreateAsync<TaskTemplateRelation, RelationInput, TaskTemplateRelationResponse>(request,
            new TaskTemplateRelation { WorkflowTemplateId = template.Id }, ApplyAsync,
            (relation, cancel) => ReplacePredecessorsAsync(relation, created: true, cancel), json.RenderAsync);
    }

    public async Task<ApiResult> UpdateAsync(long templateId, long relationId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (await templateWrites.ParentAsync(templateId, cancel) is not { } template) return ApiErrors.NotFound();
        _template = template;
        var relation = await db.TaskTemplateRelations.FirstOrDefaultAsync(r => r.Id == relationId && r.WorkflowTemplateId == templateId, cancel);
        return await writes.UpdateAsync<TaskTemplateRelation, RelationInput, TaskTemplateRelationResponse>(request, relation, ApplyAsync, json.RenderAsync, TemplateWriters.Write);
    }

    private async Task<ApiResult?> ApplyAsync(TaskTemplateRelation relation, JsonBody<RelationInput> body, bool creating, CancellationToken cancel)
    {
        var input = body.Value;
        var check = new Validation();
        TemplateFields.Required(check, body, creating, "task_template_id", input.TaskTemplateId);
        TemplateFields.Required(check, body, creating, "phase_id", input.PhaseId);
        TemplateFields.Position(check, body, creating, input.Position);
        if (!check.IsValid) return check.Result;

        var siblings = db.TaskTemplateRelations.Where(r => r.WorkflowTemplateId == _template.Id);
        if (input.TaskTemplateId is long taskId && !await db.TaskTemplates.AnyAsync(t => t.Id == taskId, cancel))
            check.Add("task_template_id", "does not exist");
        if (input.PhaseId is long phaseId && !await db.WorkflowTemplatePhases.AnyAsync(p => p.Id == phaseId && p.WorkflowTemplateId == _template.Id, cancel))
            check.Add("phase_id", "is not a phase of this workflow template");
        if (input.FailureTaskTemplateRelationId is long failureId)
        {
            if (!creating && failureId == relation.Id) check.Add("failure_task_template_relation_id", "can't be the relation itself");
            else if (!await siblings.AnyAsync(r => r.Id == failureId, cancel)) check.Add("failure_task_template_relation_id", NotARelation);
        }
        if (body.Has("predecessor_ids"))
        {
            var ids = _predecessorIds = (input.PredecessorIds ?? []).Distinct().ToList();
            if (await siblings.CountAsync(r => ids.Contains(r.Id), cancel) != ids.Count) check.Add("predecessor_ids", NotARelation);
            else if (!creating && await CycleRefusalAsync(relation.Id, ids, cancel) is { } refusal) check.Add("predecessor_ids", refusal);
        }
        if (!check.IsValid) return check.Result;

        if (body.Has("task_template_id")) relation.TaskTemplateId = input.TaskTemplateId!.Value;
        var movedPhase = body.Has("phase_id") && input.PhaseId != relation.PhaseId;
        if (body.Has("phase_id")) relation.PhaseId = input.PhaseId!.Value;
        if (input.Position is int position) relation.Position = position;
        else if (creating || movedPhase)
            relation.Position = (await siblings.Where(r => r.PhaseId == relation.PhaseId && r.Id != relation.Id)
                .MaxAsync(r => (int?)r.Position, cancel) ?? 0) + 1;
        if (body.Has("failure_task_template_relation_id")) relation.FailureRelationId = input.FailureTaskTemplateRelationId;
        // A new relation gets its predecessors once it has an id (TemplateWrites); an existing one here.
        if (!creating) await ReplacePredecessorsAsync(relation, created: false, cancel);
        // The template's version guards its graph: two calls changing it at once end in a 409, never in a cycle.
        templateWrites.Touch(_template);
        return null;
    }

    /// <summary>
    /// Why waiting for <paramref name="predecessorIds"/> would close a cycle through <paramref name="relationId"/>, or
    /// null. Its current predecessors are replaced, so only the template's other edges count. (A new relation has no
    /// successors yet, so it can close none.)
    /// </summary>
    private async Task<string?> CycleRefusalAsync(long relationId, List<long> predecessorIds, CancellationToken cancel)
    {
        var edges = await db.TaskTemplateDependencies.AsNoTracking()
            .Where(d => d.WorkflowTemplateId == _template.Id && d.SuccessorRelationId != relationId)
            .Select(d => new DependencyEdge(d.PredecessorRelationId, d.SuccessorRelationId)).ToListAsync(cancel);
        return predecessorIds.Select(id => TaskDependencies.RefusalToAdd(edges, new DependencyEdge(id, relationId))).FirstOrDefault(r => r is not null);
    }

    private async Task ReplacePredecessorsAsync(TaskTemplateRelation relation, bool created, CancellationToken cancel)
    {
        if (_predecessorIds is not { } wanted) return;
        var current = await db.TaskTemplateDependencies.Where(d => d.SuccessorRelationId == relation.Id).ToListAsync(cancel);
        var removed = current.Where(d => !wanted.Contains(d.PredecessorRelationId)).ToList();
        var added = wanted.Except(current.Select(d => d.PredecessorRelationId)).ToList();
        db.TaskTemplateDependencies.RemoveRange(removed);
        db.TaskTemplateDependencies.AddRange(added.Select(id => new TaskTemplateDependency
        {
            WorkflowTemplateId = relation.WorkflowTemplateId,
            PredecessorRelationId = id,
            SuccessorRelationId = relation.Id,
        }));
        if (!created && removed.Count + added.Count > 0) templateWrites.Touch(relation);
    }
}
