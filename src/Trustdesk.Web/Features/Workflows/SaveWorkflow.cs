using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.Requests;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Requests;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>
/// <c>POST /v1/workflows</c> (by hand, or from a template with its phases, tasks and dependencies; linking requests,
/// which then wait <c>workflow_pending</c>) and <c>PATCH /v1/workflows/:id</c>. Workflow managers and administrators
/// of the workflow's account write workflows; a completed workflow is not changed any more.
/// </summary>
public sealed class SaveWorkflow(
    TrustdeskDbContext db, Caller caller, WorkflowFromTemplate fromTemplate, WorkflowProgression progression,
    RequestAudit audit, RequestClock clock, NotedRecords noted, WorkflowJson json)
{
    public static readonly string[] Writers = [Role.WorkflowManager];

    private bool MayWrite => caller.IsAdministrator || Writers.Any(caller.Roles.Contains);

    public async Task<ApiResult> CreateAsync(HttpRequest request)
    {
        if (!MayWrite) return ApiErrors.Forbidden();
        var cancel = request.HttpContext.RequestAborted;
        var (body, error) = await JsonBody.ReadAsync<WorkflowInput>(request);
        if (body is null) return error!;
        var input = body.Value;
        if (body.Has("note")) return ApiErrors.Validation("note", "is added once the workflow exists");

        var workflow = new Workflow { ManagerId = caller.PersonId };
        var template = input.TemplateId is long templateId
            ? await db.WorkflowTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == templateId && !t.Disabled, cancel) : null;
        if (template is not null)
            (workflow.Subject, workflow.Category, workflow.Impact, workflow.Justification, workflow.TemplateId) =
                (template.Subject, template.Category, template.Impact, template.Justification, template.Id);
        var check = new Validation();
        if (input.TemplateId is not null && template is null) check.Add("template_id", "is not an enabled workflow template of this account");
        var requests = await LinkableRequestsAsync(input.RequestIds ?? [], check, cancel);
        if (await ApplyAsync(workflow, body, creating: input.TemplateId is null, check, cancel) is { } invalid) return invalid;

        db.Workflows.Add(workflow);
        await db.SaveChangesAsync(cancel);
        if (template is not null && await fromTemplate.InstantiateAsync(workflow, template.Id, cancel) is { } refusal)
            return ApiErrors.Validation("template_id", refusal); // the unit of work rolls the workflow back
        await LinkAsync(workflow, requests, cancel);
        await progression.AdvanceAsync(workflow.Id, workflow.AccountId, cancel);
        return ApiResult.Created(ApiJson.Node(await json.RenderAsync(workflow, cancel))).WithETag(workflow.LockVersion);
    }

    public async Task<ApiResult> UpdateAsync(long id, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        var workflow = await db.Workflows.FirstOrDefaultAsync(w => w.Id == id, cancel);
        if (workflow is null || !caller.HasAnyRole) return ApiErrors.NotFound();
        if (!MayWrite || workflow.AccountId != caller.AccountId) return ApiErrors.Forbidden();
        if (Preconditions.IfMatch(request, workflow.LockVersion) is { } stale) return stale;
        var (body, error) = await JsonBody.ReadAsync<WorkflowInput>(request);
        if (body is null) return error!;
        var check = new Validation();
        foreach (var field in new[] { "template_id", "request_ids" }.Where(body.Has)) check.Add(field, "is only given when the workflow is created");
        if (workflow.Status == WorkflowStatus.Completed) check.Add("status", "is completed: a finished workflow is not changed any more");
        if (await ApplyAsync(workflow, body, creating: false, check, cancel) is { } invalid) return invalid;
        if (body.Has("note"))
            db.WorkflowNotes.Add(new WorkflowNote { WorkflowId = workflow.Id, PersonId = caller.PersonId, Text = body.Value.Note!.Trim() });
        await db.SaveChangesAsync(cancel);
        if (body.Has("note")) await noted.TouchAsync(workflow, cancel);
        return ApiResult.Ok(ApiJson.Node(await json.RenderAsync(workflow, cancel))).WithETag(workflow.LockVersion);
    }

    private async Task<ApiResult?> ApplyAsync(Workflow workflow, JsonBody<WorkflowInput> body, bool creating, Validation check, CancellationToken cancel)
    {
        var input = body.Value;
        if (creating || body.Has("subject")) check.Text("subject", input.Subject, Limits.Name, required: true);
        check.Text("source", input.Source, Limits.Code).Text("sourceID", input.SourceId, Limits.Code);
        if (body.Has("note")) check.Text("note", input.Note, Limits.NoteText, required: true);
        var category = check.Enum<WorkflowCategory>("category", input.Category);
        if (body.Has("category") && input.Category is null) check.Add("category", "can't be blank");
        var impact = check.Enum<WorkImpact>("impact", input.Impact);
        var justification = check.Enum<WorkflowJustification>("justification", input.Justification);
        if (input.ManagerId is long manager && !await db.Permissions.AnyAsync(p => p.PersonId == manager, cancel))
            check.Add("manager_id", "must be a person with a role in this account");
        if (body.Has("manager_id") && input.ManagerId is null) check.Add("manager_id", "can't be blank");
        if (!check.IsValid) return check.Result;

        if (body.Has("subject")) workflow.Subject = input.Subject!.Trim();
        if (category is { } c) workflow.Category = c;
        if (body.Has("impact")) workflow.Impact = impact;
        if (body.Has("justification")) workflow.Justification = justification;
        if (input.ManagerId is long m) workflow.ManagerId = m;
        if (body.Has("source")) workflow.Source = input.Source;
        if (body.Has("sourceID")) workflow.SourceId = input.SourceId;
        return null;
    }

    /// <summary>Open requests of this account, not waiting for another workflow; others are field errors.</summary>
    private async Task<List<Request>> LinkableRequestsAsync(IReadOnlyList<long> ids, Validation check, CancellationToken cancel)
    {
        var found = await db.Requests.Where(r => ids.Contains(r.Id) && r.AccountId == caller.AccountId).ToListAsync(cancel);
        foreach (var id in ids.Distinct().Where(id => found.All(r => r.Id != id)))
            check.Add("request_ids", $"{id} is not a request of this account");
        foreach (var request in found.Where(r => !RequestTransitions.IsOpen(r.Status) || r.Status == RequestStatus.WorkflowPending))
            check.Add("request_ids", $"{request.Id} is {RequestTransitions.Name(request.Status)}: only open requests wait for a new workflow");
        return found;
    }

    private async Task LinkAsync(Workflow workflow, List<Request> requests, CancellationToken cancel)
    {
        foreach (var request in requests)
        {
            var before = RequestAudit.Snapshot(request);
            request.WorkflowId = workflow.Id;
            request.Status = RequestStatus.WorkflowPending;
            await clock.UpdateAsync(request, new StatusChange(audit.Now, request.Status), cancel);
            audit.Updated(request, before);
        }
    }
}
