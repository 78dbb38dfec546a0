using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.WorkflowTemplates;

/// <summary>Registers and updates workflow templates: 4me's header fields; <c>category</c> defaults to <c>standard</c>.</summary>
public sealed class SaveWorkflowTemplate(TrustdeskDbContext db, WorkflowTemplateJson json, RecordWrites writes)
{
    public Task<ApiResult> CreateAsync(HttpRequest request) =>
        writes.CreateAsync<WorkflowTemplate, WorkflowTemplateInput, WorkflowTemplateResponse>(request, new WorkflowTemplate(), ApplyAsync, json.RenderAsync, TemplateWriters.Write);

    public async Task<ApiResult> UpdateAsync(long id, HttpRequest request) =>
        await writes.UpdateAsync<WorkflowTemplate, WorkflowTemplateInput, WorkflowTemplateResponse>(request,
            await db.WorkflowTemplates.FirstOrDefaultAsync(t => t.Id == id, request.HttpContext.RequestAborted), ApplyAsync, json.RenderAsync,
            TemplateWriters.Write);

    private static Task<ApiResult?> ApplyAsync(WorkflowTemplate template, JsonBody<WorkflowTemplateInput> body, bool creating, CancellationToken cancel)
    {
        var input = body.Value;
        var check = new Validation();
        if (creating || body.Has("subject")) check.Text("subject", input.Subject, Limits.Name, required: true);
        check.Text("source", input.Source, Limits.Code).Text("sourceID", input.SourceId, Limits.Code);
        var category = TemplateFields.Enum<WorkflowTemplateInput, WorkflowCategory>(check, body, creating, required: false, "category", input.Category);
        // Impact and justification may be empty: null clears them.
        var impact = check.Enum<WorkImpact>("impact", input.Impact);
        var justification = check.Enum<WorkflowJustification>("justification", input.Justification);
        if (!check.IsValid) return Task.FromResult(check.Result);

        if (body.Has("subject")) template.Subject = input.Subject!.Trim();
        if (category is { } newCategory) template.Category = newCategory;
        if (body.Has("impact")) template.Impact = impact;
        if (body.Has("justification")) template.Justification = justification;
        if (body.Has("disabled")) template.Disabled = input.Disabled ?? false;
        if (body.Has("source")) template.Source = input.Source;
        if (body.Has("sourceID")) template.SourceId = input.SourceId;
        return Task.FromResult<ApiResult?>(null);
    }
}
