using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Contracts;
using Trustdesk.Web.Features.Requests;
using Trustdesk.Web.Features.Trusts;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>
/// <c>/v1/workflows</c> and <c>/v1/tasks</c> (product.md §6). Every read goes through the task visibility rule of the
/// data layer (a task of another account's team is seen there once activated, across a <c>tasks</c> trust; the
/// workflow's header with it), enforced again by PostgreSQL row-level security.
/// </summary>
public static class WorkflowsApi
{
    /// <summary>What each predefined list of workflows (<c>/v1/workflows/{filter}</c>) holds.</summary>
    private static readonly Dictionary<string, string> WorkflowLists = new(StringComparer.Ordinal)
    {
        ["open"] = "The workflows the account sees that are not completed",
        ["completed"] = "The completed workflows the account sees",
        ["managed_by_me"] = "The account's workflows the caller manages",
    };

    /// <summary>What each predefined list of tasks (<c>/v1/tasks/{filter}</c>) holds.</summary>
    private static readonly Dictionary<string, string> TaskLists = new(StringComparer.Ordinal)
    {
        ["open"] = "The tasks the account sees that are not finished",
        ["finished"] = "The finished tasks the account sees: completed, approved, rejected, failed, canceled or declined",
        ["assigned_to_me"] = "The active tasks assigned to the caller",
        ["assigned_to_my_team"] = "The active tasks assigned to the caller's teams in this account",
        [ListTasks.ApprovalByMe] = "The active approval tasks awaiting the caller's answer, in whichever account they live (no role needed)",
        [StrandedWork.Filter] = "The account's unfinished tasks left with a provider it no longer trusts with tasks (not 4me's)",
    };

    public static IServiceCollection AddWorkflows(this IServiceCollection services) => services
        .AddScoped<WorkflowJson>()
        .AddScoped<TaskJson>()
        .AddScoped<TaskApprovalJson>()
        .AddScoped<WorkflowProgression>()
        .AddScoped<AnswerApproval>()
        .AddScoped<WorkflowFromTemplate>()
        .AddScoped<SaveWorkflow>()
        .AddScoped<VisibleTasks>()
        .AddScoped<ListWorkflows>()
        .AddScoped<ListTasks>()
        .AddScoped<AddTask>()
        .AddScoped<UpdateTask>()
        .AddScoped<WorkNotes>();

    public static void MapWorkflowsApi(this RouteGroupBuilder v1)
    {
        var workflows = v1.MapGroup("/workflows").WithTags("Workflows");
        workflows.MapGet("/", (HttpRequest r, ListWorkflows list) => list.ListAsync(r, null))
            .Lists<WorkflowResponse>("The workflows the account sees: its own, and the headers of other accounts' workflows in which it has a task");
        foreach (var filter in ListWorkflows.Predefined.Keys)
            workflows.MapGet($"/{filter}", (HttpRequest r, ListWorkflows list) => list.ListAsync(r, filter))
                .Lists<WorkflowResponse>(WorkflowLists[filter]);
        workflows.MapGet("/{id:long}", (long id, HttpRequest r, ListWorkflows list) => list.GetAsync(id, r))
            .Reads<WorkflowResponse>("A workflow: all of it in its own account; its header in an account that sees one of its tasks, "
                + "and less (no manager) for a person who sees it only through an approval asked of them");
        workflows.MapPost("/", (HttpRequest r, SaveWorkflow save) => save.CreateAsync(r))
            .Creates<WorkflowInput, FullWorkflowResponse>("Register a workflow, by hand or from a workflow template, linking open requests "
                + "that then wait for it (workflow managers and administrators)");
        workflows.MapPatch("/{id:long}", (long id, HttpRequest r, SaveWorkflow save) => save.UpdateAsync(id, r))
            .Updates<WorkflowInput, FullWorkflowResponse>("Change a workflow's fields or add a note to it (workflow managers and administrators "
                + "of its account; a completed workflow is not changed)");
        workflows.MapGet("/{id:long}/tasks", (long id, HttpRequest r, ListWorkflows list) => list.TasksAsync(id, r))
            .ListsUnder<TaskResponse>("The workflow's tasks the caller sees: all of them in its own account, the account's own elsewhere");
        workflows.MapGet("/{id:long}/phases", (long id, HttpRequest r, ListWorkflows list) => list.PhasesAsync(id, r))
            .ListsUnder<WorkflowPhaseResponse>("The workflow's phases, in order (in its own account only)");
        workflows.MapGet("/{id:long}/requests", (long id, HttpRequest r, ListWorkflows list) => list.RequestsAsync(id, r))
            .ListsUnder<RequestResponse>("The requests that wait or waited for the workflow, as the caller sees requests (in its own account only)");
        workflows.MapGet("/{id:long}/notes", (long id, HttpRequest r, WorkNotes notes) => notes.ListForWorkflowAsync(id, r))
            .ListsUnder<NoteResponse>("The workflow's notes (in its own account only)");
        workflows.MapPost("/{id:long}/notes", (long id, HttpRequest r, WorkNotes notes) => notes.AddToWorkflowAsync(id, r))
            .Acts<NoteInput, NoteResponse>("Add a note to a workflow (specialists of its account)", StatusCodes.Status201Created);

        var tasks = v1.MapGroup("/tasks").WithTags("Tasks");
        tasks.MapGet("/", (HttpRequest r, ListTasks list) => list.ListAsync(r, null))
            .Lists<TaskResponse>("The tasks the account sees: those of its workflows, and those assigned to its teams by accounts that trust it with tasks");
        foreach (var filter in ListTasks.Predefined.Keys)
            tasks.MapGet($"/{filter}", (HttpRequest r, ListTasks list) => list.ListAsync(r, filter))
                .Lists<TaskResponse>(TaskLists[filter]);
        tasks.MapGet("/{id:long}", (long id, HttpRequest r, ListTasks list) => list.GetAsync(id, r))
            .Reads<TaskResponse>("A task: all of it for the accounts that work it; what to decide for a person who sees it only as one of its approvers");
        tasks.MapPost("/", (HttpRequest r, AddTask add) => add.HandleAsync(r))
            .Creates<TaskInput, FullTaskResponse>("Add a task to a workflow of the account that is not completed (workflow managers and administrators)");
        tasks.MapPatch("/{id:long}", (long id, HttpRequest r, UpdateTask update) => update.HandleAsync(id, r))
            .Updates<TaskUpdateInput, TaskResponse>("Work a task (specialists of its account, or of its team's account), or approve or reject it "
                + "(its approvers, from any account, with status approved or rejected)");
        tasks.MapGet("/{id:long}/notes", (long id, HttpRequest r, WorkNotes notes) => notes.ListForTaskAsync(id, r))
            .ListsUnder<NoteResponse>("The task's notes the caller may read: the public ones wherever the task is seen, internal ones in the account they were written in");
        tasks.MapPost("/{id:long}/notes", (long id, HttpRequest r, WorkNotes notes) => notes.AddToTaskAsync(id, r))
            .Acts<NoteInput, NoteResponse>("Add a note to a task (specialists of an account that works it)", StatusCodes.Status201Created);
        tasks.MapGet("/{id:long}/approvals", (long id, HttpRequest r, ListTasks list) => list.ApprovalsAsync(id, r))
            .ListsUnder<TaskApprovalResponse>("The answers of an approval task's approvers (whoever sees the task reads them, its approvers too)");
        tasks.MapGet("/{id:long}/predecessors", (long id, HttpRequest r, ListTasks list) => list.NeighboursAsync(id, r, predecessors: true))
            .ListsUnder<TaskResponse>("The tasks this task waits for, as far as the caller sees them");
        tasks.MapGet("/{id:long}/successors", (long id, HttpRequest r, ListTasks list) => list.NeighboursAsync(id, r, predecessors: false))
            .ListsUnder<TaskResponse>("The tasks that wait for this task, as far as the caller sees them");
    }
}
