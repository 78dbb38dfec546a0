using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;
using Trustdesk.Web.Features.Requests;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>
/// Reads workflows: those of the account, and the headers of other accounts' workflows in which the account sees a
/// task of its own (the data layer decides). Phases, linked requests and notes are the workflow account's alone. A person
/// reads the header of a workflow that asks their approval (ADR 29), and nothing under it.
/// </summary>
public sealed class ListWorkflows(
    TrustdeskDbContext db, Caller caller, VisibleTasks visible, WorkflowJson json, TaskJson taskJson, VisibleRequests requests, RequestJson requestJson)
{
    public static readonly IReadOnlyDictionary<string, Func<Caller, System.Linq.Expressions.Expression<Func<Workflow, bool>>>> Predefined =
        new Dictionary<string, Func<Caller, System.Linq.Expressions.Expression<Func<Workflow, bool>>>>(StringComparer.Ordinal)
        {
            ["open"] = _ => w => w.Status != WorkflowStatus.Completed,
            ["completed"] = _ => w => w.Status == WorkflowStatus.Completed,
            ["managed_by_me"] = c => w => w.ManagerId == c.PersonId && w.AccountId == c.AccountId,
        };

    private static readonly ListSpec<Workflow> Spec = ListSpec.Of<Workflow>()
        .FilterAndSort("id", w => w.Id)
        .FilterAndSort("subject", w => w.Subject)
        .FilterAndSort("category", w => w.Category)
        .FilterAndSort("status", w => w.Status)
        .Filter("manager_id", w => w.ManagerId)
        .Filter("template_id", w => w.TemplateId)
        .FilterAndSort("completed_at", w => w.CompletedAt)
        .OrderBy(w => w.Id, descending: true)
        .Fields<FullWorkflowResponse>(WorkflowJson.CollectionFields);

    private static readonly ListSpec<WorkflowTask> TaskSpec = ListTasks.Spec;

    private static readonly ListSpec<WorkflowPhase> PhaseSpec = ListSpec.Of<WorkflowPhase>()
        .FilterAndSort("id", p => p.Id)
        .FilterAndSort("position", p => p.Position)
        .OrderBy(p => p.Position, descending: false)
        .Fields<WorkflowPhaseResponse>(["name", "position", "status"]);

    public async Task<ApiResult> ListAsync(HttpRequest request, string? predefined)
    {
        if (!caller.HasAnyRole) return ApiErrors.Forbidden();
        var query = visible.Workflows();
        if (predefined is not null) query = query.Where(Predefined[predefined](caller));
        return await Listing.PageAsync(request, query, Spec, list => json.RenderAsync(list, request.HttpContext.RequestAborted));
    }

    public async Task<ApiResult> GetAsync(long id, HttpRequest request) =>
        await ReadAsync(id, request.HttpContext.RequestAborted) is { } read
            ? ApiResult.Ok(ApiJson.Node(read.Workflow)).WithETag(read.Version)
            : ApiErrors.NotFound();

    /// <summary>The workflow as <c>GET /v1/workflows/:id</c> answers it, with its version; null when the caller does not see it.</summary>
    public async Task<(WorkflowResponse Workflow, int Version)?> ReadAsync(long id, CancellationToken cancel)
    {
        if (await visible.FindWorkflowAsync(id, cancel) is not { } seen) return null;
        // Seen only through an approval: rendered as read, the approver's header.
        using var approvals = seen.OnlyAsApprover ? visible.ReadingMyApprovals() : null;
        return (await json.RenderAsync(seen.Workflow, cancel), seen.Workflow.LockVersion);
    }

    /// <summary>The workflow's tasks the caller sees: all of them at home, its own elsewhere.</summary>
    public async Task<ApiResult> TasksAsync(long id, HttpRequest request)
    {
        if (await FindAsync(id, request.HttpContext.RequestAborted) is null) return ApiErrors.NotFound();
        return await Listing.PageAsync(request, visible.Query().Where(t => t.WorkflowId == id), TaskSpec,
            list => taskJson.RenderAsync(list, request.HttpContext.RequestAborted));
    }

    public async Task<ApiResult> PhasesAsync(long id, HttpRequest request)
    {
        if (await FindAsync(id, request.HttpContext.RequestAborted) is not { } workflow) return ApiErrors.NotFound();
        if (workflow.AccountId != caller.AccountId) return ApiErrors.NotFound();
        return await Listing.PageAsync(request, db.WorkflowPhases.AsNoTracking().Where(p => p.WorkflowId == id), PhaseSpec,
            list => Task.FromResult<IReadOnlyList<WorkflowPhaseResponse>>(list.Select(PhaseJson).ToList()));
    }

    /// <summary>
    /// A workflow as the console shows it, through the same reads as <c>GET /v1/workflows/:id</c>, <c>/tasks</c> and
    /// <c>/phases</c>: the header (all of it at home), the tasks the caller sees, and the phases at home only; null when
    /// the workflow is not seen.
    /// </summary>
    public async Task<WorkflowOverview?> OverviewAsync(long id, CancellationToken cancel)
    {
        if (await visible.FindWorkflowAsync(id, cancel) is not { } seen) return null;
        // Seen only through an approval: its header, nothing under it (ADR 29).
        if (seen.OnlyAsApprover)
            using (visible.ReadingMyApprovals())
                return new WorkflowOverview(await json.RenderAsync(seen.Workflow, cancel), [], [], OnlyAsApprover: true);
        var workflow = seen.Workflow;
        var tasks = await db.WorkflowTasks.AsNoTracking().Where(t => t.WorkflowId == id).OrderBy(t => t.Id).Take(Listing.MaxPerPage).ToListAsync(cancel);
        var phases = workflow.AccountId != caller.AccountId ? []
            : await db.WorkflowPhases.AsNoTracking().Where(p => p.WorkflowId == id).OrderBy(p => p.Position).ToListAsync(cancel);
        return new WorkflowOverview(await json.RenderAsync(workflow, cancel), tasks.Count == 0 ? [] : await taskJson.RenderAsync(tasks, cancel),
            phases.Select(PhaseJson).ToList());
    }

    private static WorkflowPhaseResponse PhaseJson(WorkflowPhase p) => new()
    {
        Id = p.Id,
        Name = p.Name,
        Position = p.Position,
        Status = p.Status,
        CreatedAt = p.CreatedAt,
        UpdatedAt = p.UpdatedAt,
    };

    /// <summary>The requests that wait for (or waited for) the workflow, as the caller may see requests.</summary>
    public async Task<ApiResult> RequestsAsync(long id, HttpRequest request)
    {
        if (await FindAsync(id, request.HttpContext.RequestAborted) is not { } workflow || workflow.AccountId != caller.AccountId)
            return ApiErrors.NotFound();
        return await Listing.PageAsync(request, requests.Query().Where(r => r.WorkflowId == id), ListRequests.Spec,
            list => requestJson.RenderAsync(list, request.HttpContext.RequestAborted));
    }

    /// <summary>The workflow as the caller's account shows it, which what hangs off it needs; null also when it is seen only through an approval.</summary>
    private async Task<Workflow?> FindAsync(long id, CancellationToken cancel) =>
        await visible.FindWorkflowAsync(id, cancel) is { OnlyAsApprover: false } seen ? seen.Workflow : null;
}

/// <summary>
/// A workflow's header, its tasks the caller sees and (at home) its phases, as the API renders them; only its header when
/// the caller sees it only through an approval asked of them.
/// </summary>
public sealed record WorkflowOverview(
    WorkflowResponse Workflow, IReadOnlyList<TaskResponse> Tasks, IReadOnlyList<WorkflowPhaseResponse> Phases, bool OnlyAsApprover = false);
