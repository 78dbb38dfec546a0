using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.WorkflowTemplates;

/// <summary>
/// <c>/workflow_templates/:id/phases</c>: names unique in the template, ordered by position (a sort key from 1, ties
/// by id; a new phase goes last unless told). A phase that relations use can't be deleted.
/// </summary>
public sealed class TemplatePhases(TrustdeskDbContext db, RecordReads reads, RecordWrites writes, TemplateWrites templateWrites, PhaseJson json)
{
    private static readonly ListSpec<WorkflowTemplatePhase> Spec = ListSpec.Of<WorkflowTemplatePhase>()
        .FilterAndSort("id", p => p.Id)
        .FilterAndSort("name", p => p.Name)
        .FilterAndSort("position", p => p.Position)
        .OrderBy(p => p.Position).OrderBy(p => p.Id)
        .Fields<WorkflowTemplatePhaseResponse>(PhaseJson.Fields);

    public Task<ApiResult> ListAsync(long templateId, HttpRequest request) =>
        reads.ListUnderAsync(request, cancel => db.WorkflowTemplates.AnyAsync(t => t.Id == templateId, cancel),
            db.WorkflowTemplatePhases.AsNoTracking().Where(p => p.WorkflowTemplateId == templateId), Spec, json.RenderAsync);

    public async Task<ApiResult> CreateAsync(long templateId, HttpRequest request)
    {
        if (await templateWrites.ParentAsync(templateId, request.HttpContext.RequestAborted) is not { } template) return ApiErrors.NotFound();
        return await writes.CreateAsync<WorkflowTemplatePhase, PhaseInput, WorkflowTemplatePhaseResponse>(request, new WorkflowTemplatePhase { WorkflowTemplateId = template.Id },
            (phase, body, creating, cancel) => ApplyAsync(template, phase, body, creating, cancel), json.RenderAsync, TemplateWriters.Write);
    }

    public async Task<ApiResult> UpdateAsync(long templateId, long phaseId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (await templateWrites.ParentAsync(templateId, cancel) is not { } template) return ApiErrors.NotFound();
        var found = await db.WorkflowTemplatePhases.FirstOrDefaultAsync(p => p.Id == phaseId && p.WorkflowTemplateId == templateId, cancel);
        return await writes.UpdateAsync<WorkflowTemplatePhase, PhaseInput, WorkflowTemplatePhaseResponse>(request, found,
            (phase, body, creating, token) => ApplyAsync(template, phase, body, creating, token), json.RenderAsync, TemplateWriters.Write);
    }

    public async Task<ApiResult> DeleteAsync(long templateId, long phaseId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (await templateWrites.ParentAsync(templateId, cancel) is not { } template) return ApiErrors.NotFound();
        if (!writes.MayWrite(TemplateWriters.Write)) return ApiErrors.Forbidden();
        var phase = await db.WorkflowTemplatePhases.FirstOrDefaultAsync(p => p.Id == phaseId && p.WorkflowTemplateId == templateId, cancel);
        if (phase is null) return ApiErrors.NotFound();
        if (await db.TaskTemplateRelations.AnyAsync(r => r.PhaseId == phaseId, cancel))
            return ApiErrors.Validation("phase", "is used by task template relations; move or delete them first");
        db.WorkflowTemplatePhases.Remove(phase);
        templateWrites.Touch(template);
        await db.SaveChangesAsync(cancel);
        return ApiResult.NoContent();
    }

    private async Task<ApiResult?> ApplyAsync(WorkflowTemplate template, WorkflowTemplatePhase phase, JsonBody<PhaseInput> body, bool creating,
        CancellationToken cancel)
    {
        var input = body.Value;
        var check = new Validation();
        if (creating || body.Has("name")) check.Text("name", input.Name, Limits.Name, required: true);
        TemplateFields.Position(check, body, creating, input.Position);
        if (!check.IsValid) return check.Result;

        if (body.Has("name"))
        {
            var name = input.Name!.Trim();
            if (await db.WorkflowTemplatePhases.AnyAsync(p => p.WorkflowTemplateId == template.Id && p.Name == name && p.Id != phase.Id, cancel))
                return ApiErrors.Validation("name", "has already been taken");
            phase.Name = name;
        }
        if (input.Position is int position) phase.Position = position;
        else if (creating)
            phase.Position = (await db.WorkflowTemplatePhases.Where(p => p.WorkflowTemplateId == template.Id).MaxAsync(p => (int?)p.Position, cancel) ?? 0) + 1;
        templateWrites.Touch(template);
        return null;
    }
}
