using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.WorkflowTemplates;

/// <summary>
/// How a task template relation looks on the wire. A relation is referred to as <c>{id, name}</c> with its task
/// template's subject as name, in <c>predecessors</c> and <c>failure_task_template_relation</c> alike.
/// </summary>
public sealed class RelationJson(TrustdeskDbContext db, References references)
{
    public static readonly string[] CollectionFields = ["task_template", "phase", "position", "predecessors", "failure_task_template_relation"];
    public static readonly string[] AllFields = [.. CollectionFields, "created_at", "updated_at"];

    public async Task<IReadOnlyList<JsonObject>> RenderAsync(IReadOnlyList<TaskTemplateRelation> relations, CancellationToken cancel)
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

        JsonObject? Relation(long? id) => id is long key ? references.Record(key, subjects.GetValueOrDefault(key), null) : null;

        return relations.Select(r => new JsonObject
        {
            ["id"] = r.Id,
            ["task_template"] = references.Record(r.TaskTemplateId, tasks.GetValueOrDefault(r.TaskTemplateId), null),
            ["phase"] = references.Record(r.PhaseId, phases.GetValueOrDefault(r.PhaseId), null),
            ["position"] = r.Position,
            ["predecessors"] = new JsonArray([.. predecessors[r.Id].Select(id => (JsonNode?)Relation(id))]),
            ["failure_task_template_relation"] = Relation(r.FailureRelationId),
            ["created_at"] = ApiJson.Timestamp(r.CreatedAt),
            ["updated_at"] = ApiJson.Timestamp(r.UpdatedAt),
        }).ToList();
    }

    public async Task<JsonObject> RenderAsync(TaskTemplateRelation relation, CancellationToken cancel) => (await RenderAsync([relation], cancel))[0];
}
